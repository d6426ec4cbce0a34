"""The privacy page says how long each kind of personal data is kept, and it is the same period the nightly
`purge_personal_data` deletes after: the page prints the registered retention rules themselves."""

import pytest
from django.utils import translation

from core.retention import retention_rules
from home.models import StandardPage
from tests.helpers import soup_of, text_of

pytestmark = pytest.mark.django_db


def retention_rows(response):
    table = soup_of(response).select_one("table.retention-table")
    assert table is not None, "the privacy page has no retention table"
    return [[text_of(cell) for cell in row.find_all("td")] for row in table.select("tbody tr")]


def period_in_danish(days):
    return f"{days} dag" if days == 1 else f"{days} dage"


def test_the_demo_privacy_page_states_every_rules_period_in_danish(client, demo):
    response = client.get("/privatlivspolitik/")
    assert response.status_code == 200
    with translation.override("da"):
        expected = [[str(rule.description), period_in_danish(rule.days)] for rule in retention_rules()]
    assert retention_rows(response) == expected
    assert ["Beskeder sendt til en forening via dens kontaktformular, regnet fra de blev sendt", "90 dage"] in expected


def test_a_changed_setting_shows_on_the_privacy_page_at_once(client, demo, settings):
    settings.RETENTION_CONTACT_MESSAGE_DAYS = 60
    settings.RETENTION_SEARCH_LOG_DAYS = 0
    rows = dict(map(tuple, retention_rows(client.get("/privatlivspolitik/"))))
    assert rows["Beskeder sendt til en forening via dens kontaktformular, regnet fra de blev sendt"] == "60 dage"
    assert rows["Søgninger, der ikke fandt noget, talt pr. dag til medarbejdernes rapport"] == "Slettes ikke automatisk"


def test_the_english_privacy_page_has_the_same_table_in_english(client, demo):
    rows = retention_rows(client.get("/en/privacy/"))
    mail_log = "The log of emails the portal has sent, with their content, counted from when they were sent"
    assert [mail_log, "30 days"] in rows


def test_the_content_api_gives_the_table_as_data(client, demo):
    page = StandardPage.objects.get(slug="privatlivspolitik")
    body = client.get(f"/api/v2/pages/{page.pk}/").json()["body"]
    table = next(block["value"] for block in body if block["type"] == "retention_table")
    contact_messages = next(row for row in table if row["name"] == "contact-messages")
    assert contact_messages["days"] == 90
    assert [row["name"] for row in table] == [rule.name for rule in retention_rules()]


def test_the_privacy_page_renders_with_a_bounded_number_of_queries(client, demo, django_assert_max_num_queries):
    client.get("/privatlivspolitik/")
    with django_assert_max_num_queries(25):
        assert client.get("/privatlivspolitik/").status_code == 200

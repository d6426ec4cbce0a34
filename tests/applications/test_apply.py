"""An association applies to join the directory through "Tilmeld jeres forening".

Karen of Fjordlund Seniordans fills in the form; the application is stored, she gets a receipt
and Kommunikation a notice with a link to the admin, and she lands on a receipt page whose
address says nothing about her. Whatever goes wrong (her typing, her speed, too many forms,
our database) she gets the form back as she filled it in, with a message; a bot that fills in
the honeypot gets the receipt and nothing is stored or sent.
"""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from mailer.models import Message

from applications.factories import AssociationApplicationFactory
from applications.models import AssociationApplication
from core.forms import STARTED_FIELD
from core.ratelimit import RATE_LIMITED_MESSAGE
from directory.factories import AssociationPageFactory, category, localities, target_group
from tests.helpers import closed_port, field_errors, in_danish, member_of, queries_for, soup_of, text_of
from tests.mail import deliver_queued_mail, new_mail

from .conftest import RECEIPT_URL, URL, application_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue", "directory", "portal_settings")]


def stored():
    return AssociationApplication.objects.all()


def form_html(response):
    html = response.content.decode()
    start = html.index('<form class="applications-form"')
    return html[start : html.index("</form>", start)]


# The happy path -------------------------------------------------------------------------------------------------


def test_an_association_applies_gets_a_receipt_and_kommunikation_is_told(client, towns):
    sofie = member_of("Kommunikation", "sofie", email="sofie@testrup.dk")
    member_of("Kommunikation", "gammel", email="gammel@testrup.dk", is_active=False)  # has left: not told
    assert reverse("applications:apply") == URL

    response = client.post(URL, application_data(towns))

    assert response.status_code == 303
    assert response["Location"] == RECEIPT_URL  # nothing about Karen in the address
    application = stored().get()
    assert application.name == "Fjordlund Seniordans"
    assert application.cvr == "35123407"
    assert application.summary == "Vi danser folkedans for seniorer hver onsdag."
    assert set(application.categories.values_list("name", flat=True)) == {"Kultur og musik", "Ældre"}
    assert list(application.target_groups.values_list("name", flat=True)) == ["Ældre"]
    assert application.locality == towns["Fjordlund"]
    assert application.website == "https://www.seniordans.dk"
    assert (application.contact_name, application.email, application.phone) == (
        "Karen Holm",
        "karen@seniordans.dk",
        "21 43 65 87",
    )
    assert application.status == AssociationApplication.NEW
    assert application.terms_accepted_at and application.data_consent_at

    receipt, notice = sorted(deliver_queued_mail(), key=lambda email: email.to != ["karen@seniordans.dk"])
    assert receipt.to == ["karen@seniordans.dk"]
    # Anyone can type Karen's address: the receipt says an application came, with its number, and echoes nothing.
    assert receipt.subject == f"Vi har modtaget jeres ansøgning (nummer {application.pk})"
    assert f"nummer {application.pk}" in receipt.body
    for typed in ("Karen Holm", "Fjordlund Seniordans", "Vi danser folkedans", "Kultur og musik", "seniordans.dk"):
        assert typed not in receipt.body
    assert "frivillig@testrup.dk" in receipt.body  # whom to ask

    assert notice.to == [sofie.email]
    assert notice.reply_to == ["karen@seniordans.dk"]
    assert notice.subject == "Ny forening vil med i foreningsoversigten: Fjordlund Seniordans"
    admin_link = f"/admin/applications/inspect/{application.pk}/"
    assert admin_link in notice.body
    assert "karen@seniordans.dk" in notice.body

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Tak for jeres ansøgning" in text_of(soup_of(page).find("h1"))
    assert "Karen" not in page.content.decode()


def test_without_anyone_in_kommunikation_the_kommunes_contact_point_is_told(client, towns):
    client.post(URL, application_data(towns))
    notice = next(email for email in deliver_queued_mail() if email.to != ["karen@seniordans.dk"])
    assert notice.to == ["frivillig@testrup.dk"]


def test_the_form_offers_the_directorys_own_words_and_says_what_is_kept_and_for_how_long(client, towns, settings):
    settings.RETENTION_REJECTED_APPLICATION_DAYS = 30
    settings.RETENTION_APPROVED_APPLICATION_CONTACT_DAYS = 90
    response = client.get(URL)
    assert response.status_code == 200
    html = form_html(response)
    soup = soup_of(response)
    assert text_of(soup.find("h1")) == "Tilmeld jeres forening"
    categories = soup.select('input[name="categories"]')
    assert len(categories) == 12 and {box["type"] for box in categories} == {"checkbox"}
    assert f'value="{category("Idræt og motion").pk}"' in html
    assert len(soup.select('input[name="target_groups"]')) == 10
    legends = [text_of(legend) for legend in soup.select("fieldset legend")]
    assert legends == ["Kategorier (valgfrit)", "Målgrupper (valgfrit)"]
    towns_offered = [text_of(option) for option in soup.select('select[name="locality"] option')]
    assert towns_offered == ["Vælg en by", "Egebjerg", "Fjordlund"]
    consent = text_of(soup.find("label", attrs={"for": "application-consent"}))
    assert "30 dage efter et afslag" in consent and "90 dage efter en godkendelse" in consent
    assert "navn" in consent and "e-mail" in consent and "telefon" in consent
    assert "holdes opdateret" in text_of(soup.find(id="application-accept_terms-hint"))
    # The honeypot and the signed "shown at" travel with the form.
    assert '<div class="directory-hp" aria-hidden="true">' in html
    assert re.search(rf'<input type="hidden" name="{STARTED_FIELD}" value="ApplicationForm:[^"]+"', html)


def test_the_association_directory_invites_associations_that_are_not_there_to_apply(client):
    soup = soup_of(client.get("/foreninger/"))
    link = soup.find("a", href=URL)
    assert text_of(link) == "Tilmeld jeres forening"
    assert "Er I en forening, der ikke står her?" in text_of(link.find_parent("div"))


def test_the_form_is_there_in_english_too(client):
    # LocaleMiddleware leaves English active in this thread after the request; override puts Danish back.
    with translation.override("da"):
        response = client.get("/en" + URL)
    assert response.status_code == 200
    assert text_of(soup_of(response).find("h1")) == "Register your association"


def test_the_form_is_protected_against_cross_site_requests(towns):
    assert Client(enforce_csrf_checks=True).post(URL, application_data(towns)).status_code == 403
    assert not stored().exists()


def test_the_form_and_the_receipt_take_a_bounded_number_of_queries(client, towns, directory):
    form_queries, receipt_queries = queries_for(URL), queries_for(RECEIPT_URL)
    assert form_queries <= 13
    assert receipt_queries <= 10
    # More towns, associations and applications cost no more queries.
    localities(*[f"By {number}" for number in range(15)])
    for number in range(10):
        AssociationPageFactory(parent=directory, title=f"Forening {number}", slug=f"forening-{number}")
        AssociationApplicationFactory()
    assert queries_for(URL) == form_queries
    assert queries_for(RECEIPT_URL) == receipt_queries


# When something is wrong ---------------------------------------------------------------------------------------


def test_errors_come_back_with_a_summary_and_everything_typed_kept(client, towns):
    response = client.post(
        URL, application_data(towns, email="karen@", cvr="12345678", accept_terms=None, summary="Vi\ndanser")
    )
    assert response.status_code == 400
    assert set(field_errors(response, "application")) == {"email", "cvr", "accept_terms"}
    html = response.content.decode()
    summary = html[html.index('data-module="error-summary"') : html.index("</ul>", html.index("error-summary"))]
    assert re.findall(r'href="#application-(\w+)"', summary) == ["cvr", "email", "accept_terms"]
    assert "<title>Fejl: Tilmeld jeres forening" in html
    form = form_html(response)
    for value in ["Fjordlund Seniordans", "12345678", "Karen Holm", "karen@", "21 43 65 87", "www.seniordans.dk"]:
        assert f'value="{value}"' in form, value
    assert ">Vi\ndanser</textarea>" in form
    for box in [category("Kultur og musik"), category("Ældre"), target_group("Ældre")]:
        assert re.search(rf'value="{box.pk}" checked', form)
    assert re.search(rf'<option value="{towns["Fjordlund"].pk}" selected>Fjordlund</option>', form)
    assert re.search(r'id="application-consent" name="consent" value="on" required checked', form)
    assert not stored().exists()
    assert deliver_queued_mail() == []


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"cvr": "35123408"}, "cvr", "This is not a valid CVR number. Check the digits."),  # check digit off by one
        ({"cvr": "1234567"}, "cvr", "A CVR number is exactly 8 digits."),
        ({"cvr": "ABCDEFGH"}, "cvr", "A CVR number is exactly 8 digits."),
        ({"name": "   "}, "name", None),
        ({"summary": "S" * 301}, "summary", None),
        ({"email": "karen@seniordans.dk\nBcc: alle@example.dk"}, "email", None),
        ({"phone": "ring efter kl. 17"}, "phone", None),
        ({"web_address": "ikke en adresse"}, "web_address", None),
        ({"consent": None}, "consent", "Tick the box to let us store your contact details while we handle it."),
        ({"accept_terms": None}, "accept_terms", "Tick the box to accept the terms for being in the directory."),
        ({"locality": "999999"}, "locality", None),
        # A script's ids beyond any key's range: SQLite cannot even compare them (OverflowError, once a 500).
        ({"locality": "9" * 40}, "locality", None),
        ({"categories": ["9" * 40]}, "categories", None),
        ({"target_groups": ["-" + "9" * 25, "1"]}, "target_groups", None),
    ],
)
def test_bad_input_is_refused_next_to_the_field(client, towns, changes, field, message):
    response = client.post(URL, application_data(towns, **changes))
    assert response.status_code == 400
    errors = field_errors(response, "application")
    assert list(errors) == [field]
    if message:
        assert errors[field] == in_danish(message)
    assert not stored().exists()


def test_a_cvr_number_written_in_pairs_is_stored_as_eight_digits(client, towns):
    assert client.post(URL, application_data(towns, cvr="35 12 34 07")).status_code == 303
    assert stored().get().cvr == "35123407"


def test_only_name_summary_contact_and_the_two_consents_are_required(client):
    minimal = {
        "name": "Lyngå Strikkeklub",
        "summary": "Vi strikker til nyfødte.",
        "contact_name": "Inge",
        "email": "inge@example.dk",
        "accept_terms": "on",
        "consent": "on",
        STARTED_FIELD: application_data()[STARTED_FIELD],
    }
    assert client.post(URL, minimal).status_code == 303
    application = stored().get()
    assert (application.cvr, application.website, application.phone, application.locality) == ("", "", "", None)


# Duplicates ------------------------------------------------------------------------------------------------------


def test_an_association_already_in_the_directory_is_told_so_instead_of_applying_twice(client, towns, directory):
    AssociationPageFactory(parent=directory, title="Fjordlund Seniordans", slug="seniordans")
    response = client.post(URL, application_data(towns, name="fjordlund  seniordans"))
    assert response.status_code == 400
    assert field_errors(response, "application")["name"].startswith(
        "fjordlund seniordans står allerede i foreningsoversigten."
    )
    assert not stored().exists()


def test_the_same_cvr_number_as_an_association_in_the_directory_is_refused(client, towns, directory):
    AssociationPageFactory(parent=directory, title="Seniordansen", slug="seniordansen", cvr="35123407")
    response = client.post(URL, application_data(towns))
    assert field_errors(response, "application") == {
        "cvr": "En forening med CVR-nummer 35123407 står allerede i foreningsoversigten: Seniordansen."
    }


def test_a_second_application_while_the_first_waits_is_refused_with_a_friendly_word(client, towns):
    assert client.post(URL, application_data(towns)).status_code == 303
    response = client.post(URL, application_data(towns, cvr=""))
    assert response.status_code == 400
    assert field_errors(response, "application")["name"] == (
        "Vi har allerede modtaget en ansøgning fra Fjordlund Seniordans og er ved at behandle den. "
        "Du hører fra os på e-mail."
    )
    response = client.post(URL, application_data(towns, name="Seniordans i Fjordlund"))
    assert list(field_errors(response, "application")) == ["cvr"]
    assert stored().count() == 1


def test_after_a_rejection_the_association_may_apply_again(client, towns):
    AssociationApplicationFactory(name="Fjordlund Seniordans", cvr="35123407", status=AssociationApplication.REJECTED)
    assert client.post(URL, application_data(towns)).status_code == 303
    assert stored().count() == 2


# Spam defences --------------------------------------------------------------------------------------------------


def test_a_bot_that_fills_in_the_honeypot_gets_the_receipt_and_nothing_is_stored_or_sent(client, towns):
    response = client.post(URL, application_data(towns, website="http://spam.example"))
    assert response.status_code == 303
    assert response["Location"] == RECEIPT_URL
    assert not stored().exists()
    assert deliver_queued_mail() == []


def test_a_form_sent_faster_than_a_person_types_comes_back_filled_in_to_send_again(client, towns):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        html = client.get(URL).content.decode()
        shown = re.search(rf'name="{STARTED_FIELD}" value="([^"]+)"', html).group(1)

        clock.shift(1)  # a second later: filled in by a machine
        response = client.post(URL, application_data(towns, **{STARTED_FIELD: shown}))

        assert response.status_code == 400
        assert "Det gik lidt hurtigt" in text_of(soup_of(response).find(class_="applications-error-summary"))
        form = form_html(response)
        assert 'value="Fjordlund Seniordans"' in form and 'value="karen@seniordans.dk"' in form
        fresh = re.search(rf'name="{STARTED_FIELD}" value="([^"]+)"', form).group(1)
        assert fresh != shown
        assert not stored().exists()

        clock.shift(4)  # she reads the message and sends it again
        response = client.post(URL, application_data(towns, **{STARTED_FIELD: fresh}))
    assert response.status_code == 303
    assert stored().count() == 1


@pytest.mark.parametrize("token", [None, "", "ApplicationForm:1tE3xk:forfalsket"])
def test_a_form_without_a_genuine_timestamp_comes_back_too(client, towns, token):
    response = client.post(URL, application_data(towns, **{STARTED_FIELD: token}))
    assert response.status_code == 400
    assert (
        in_danish(
            "That went a little fast, so we could not tell you from a robot. Check the details and send the form again."
        )
        in response.content.decode()
    )
    assert not stored().exists()


def test_more_than_five_applications_an_hour_from_one_address_wait_with_the_form_filled_in(client, towns):
    for number in range(5):
        response = client.post(URL, application_data(towns, name=f"Forening {number}", cvr=""))
        assert response.status_code == 303
    response = client.post(URL, application_data(towns, name="Forening 6", cvr=""))
    assert response.status_code == 429
    notice = soup_of(response).find(id="application-notice")
    assert text_of(notice) == in_danish(str(RATE_LIMITED_MESSAGE))
    assert notice["role"] == "alert"
    assert 'value="Forening 6"' in form_html(response)
    assert stored().count() == 5
    # Another address is not held back, and an hour later neither is this one.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert (
        other.post(URL, application_data(towns, name="Forening 7", cvr="", email="ole@example.dk")).status_code == 303
    )
    # Karen's address typed from another machine is held back too: it has had its five receipts this hour.
    assert other.post(URL, application_data(towns, name="Forening 8", cvr="")).status_code == 429
    with time_machine.travel(timedelta(hours=1, minutes=1)):
        assert client.post(URL, application_data(towns, name="Forening 6", cvr="")).status_code == 303


def test_mistakes_do_not_count_towards_the_limit(client, towns):
    for _attempt in range(6):
        assert client.post(URL, application_data(towns, email="karen@")).status_code == 400
    assert client.post(URL, application_data(towns)).status_code == 303


# Our own faults -------------------------------------------------------------------------------------------------


def test_when_the_database_fails_the_form_comes_back_filled_in_with_503(client, towns, monkeypatch):
    def fail(**fields):
        raise OperationalError("the database server closed the connection")

    monkeypatch.setattr(AssociationApplication.objects, "create", fail)
    response = client.post(URL, application_data(towns))
    assert response.status_code == 503
    notice = text_of(soup_of(response).find(id="application-notice"))
    assert notice.startswith("Vi kunne ikke modtage jeres ansøgning lige nu")
    form = form_html(response)
    assert 'value="Fjordlund Seniordans"' in form and 'value="karen@seniordans.dk"' in form
    assert deliver_queued_mail() == []


def test_html_in_the_fields_is_text_not_markup(client, towns):
    evil = '<script>alert("hej")</script>'
    response = client.post(URL, application_data(towns, name=evil, email="ikke-en-adresse"))
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;hej&quot;)&lt;/script&gt;" in html


def test_with_the_mail_server_down_the_application_is_kept_and_the_emails_go_out_later(client, towns, settings):
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False

    response = client.post(URL, application_data(towns))

    assert response.status_code == 303 and response["Location"] == RECEIPT_URL  # Karen sees her receipt page
    assert stored().count() == 1
    call_command("send_mail")  # the worker's pass fails: both emails are deferred, not lost
    assert Message.objects.deferred().count() == 2
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the server is back
    call_command("retry_deferred")
    assert {tuple(email.to) for email in new_mail()} == {("karen@seniordans.dk",), ("frivillig@testrup.dk",)}

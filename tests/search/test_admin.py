"""The search in the admin, as the communications staff use it, and closed to everyone else.

Kommunikation keeps the synonyms, promotes results for queries and reads two reports over a
period they choose: the most frequent searches and the searches that found nothing, both
downloadable. Policy owners (Politikejere) and association representatives see none of it and
are refused at every address: the reports show what citizens typed, which can be personal.
"""

import csv
import datetime
import io
import json
import re

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, representative_of
from search.models import SynonymGroup, ZeroResultQuery
from tests.helpers import days_ago, in_danish, member_of

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def communications(client):
    client.force_login(member_of("Kommunikation", "kommunikation"))
    return client


@pytest.fixture
def policy_owner(client):
    client.force_login(member_of("Politikejere", "politik"))
    return client


@pytest.fixture
def representative(client, home):
    """The representative of an association, as directory.access makes one."""
    directory = DirectoryIndexPageFactory(parent=home)
    association = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
    client.force_login(representative_of(association, "formand@ajax.dk"))
    return client


def menu(response):
    """The admin sidebar's menu as the browser receives it: {name: url or {name: url}}."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', response.content.decode(), re.S
    )
    data = json.loads(props.group(1))
    found = {}

    def walk(node, into):
        if isinstance(node, dict):
            if node.get("_type") == "wagtail.sidebar.SubMenuItem":
                label, children = plain(node["_args"][0]["name"]), node["_args"][1]
                into[label] = {}
                for child in children:
                    walk(child, into[label])
                return
            if node.get("_type") == "wagtail.sidebar.LinkMenuItem":
                into[plain(node["_args"][0]["name"])] = plain(node["_args"][0]["url"])
                return
            for value in node.values():
                walk(value, into)
        elif isinstance(node, list):
            for value in node:
                walk(value, into)

    walk(data, found)
    return found


def plain(value):
    """Telepath packs a repeated value as {"_val": value, "_id": n} (and later as {"_ref": n})."""
    return value.get("_val", json.dumps(value)) if isinstance(value, dict) else value


def searched(text, *days_and_hits):
    query = Query.get(text)
    for days, hits in days_and_hits:
        QueryDailyHits.objects.create(query=query, date=days_ago(days), hits=hits)


def found_nothing(text, *days_and_hits):
    for days, hits in days_and_hits:
        ZeroResultQuery.objects.create(query_string=text, date=days_ago(days), hits=hits)


def exported_csv(client, url, **params):
    response = client.get(url, {**params, "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text))), response


@pytest.fixture
def urls():
    return {
        "frequent": reverse("search_reports:frequent"),
        "frequent_results": reverse("search_reports:frequent_results"),
        "zero": reverse("search_reports:zero_results"),
        "zero_results": reverse("search_reports:zero_results_results"),
        "synonyms": reverse("wagtailsnippets_search_synonymgroup:list"),
        "add_synonyms": reverse("wagtailsnippets_search_synonymgroup:add"),
        "synonym_chooser": reverse("wagtailsnippetchoosers_search_synonymgroup:choose"),
        "promotions": reverse("wagtailsearchpromotions:index"),
        "add_promotion": reverse("wagtailsearchpromotions:add"),
        "query_chooser": reverse("wagtailsearchpromotions:chooser"),
        "query_chooser_results": reverse("wagtailsearchpromotions:chooserresults"),
        "search_terms": reverse("wagtailsearchpromotions:search_terms"),
    }


# The menu --------------------------------------------------------------------------------------------------------


def test_communications_staff_find_everything_about_the_search_in_one_menu(communications, urls):
    found = menu(communications.get(reverse("wagtailadmin_home")))
    assert found["search"] == {
        "synonyms": urls["synonyms"],
        "promoted-search-results": urls["promotions"],
        "frequent-searches": urls["frequent"],
        "searches-that-found-nothing": urls["zero"],
    }
    assert "promoted-search-results" not in found.get("settings", {})  # moved, not shown twice


@pytest.mark.parametrize("who", ["policy_owner", "representative"])
def test_policy_owners_and_representatives_have_no_search_menu(request, urls, who):
    client = request.getfixturevalue(who)
    found = menu(client.get(reverse("wagtailadmin_home")))
    assert "search" not in found
    assert urls["promotions"] not in json.dumps(found)


@pytest.mark.parametrize("who", ["policy_owner", "representative"])
@pytest.mark.parametrize(
    "address",
    [
        "frequent",
        "frequent_results",
        "zero",
        "zero_results",
        "synonyms",
        "add_synonyms",
        "synonym_chooser",
        "promotions",
        "add_promotion",
        "query_chooser",
        "query_chooser_results",
        "search_terms",
    ],
)
def test_policy_owners_and_representatives_are_refused_at_every_address(request, urls, who, address):
    searched("min mand er død", (0, 3))  # what a citizen typed: never shown to them
    client = request.getfixturevalue(who)
    response = client.get(urls[address], follow=True)
    assert "min mand er død" not in response.content.decode()
    landed_elsewhere = response.redirect_chain and response.request["PATH_INFO"] != urls[address]
    assert response.status_code in (403, 404) or landed_elsewhere


def test_policy_owners_and_representatives_cannot_export_a_report(policy_owner, urls):
    found_nothing("min mand er død", (0, 3))
    response = policy_owner.get(urls["zero"], {"export": "csv"})
    assert response.status_code in (302, 403)
    assert response.get("Content-Type", "").startswith("text/html")


def test_a_superuser_reaches_everything(client, urls):
    admin = get_user_model().objects.create_superuser("admin", "admin@kommune.dk", "pw")
    client.force_login(admin)
    for name in ["frequent", "zero", "synonyms", "promotions", "query_chooser", "search_terms"]:
        assert client.get(urls[name]).status_code == 200, name


# The most frequent searches ------------------------------------------------------------------------------------------


@pytest.fixture
def history():
    searched("sorg", (0, 5), (10, 3), (40, 100))
    searched("lektiehjælp", (0, 7))
    searched("besøgsven", (200, 2), (400, 50))


def test_the_most_frequent_searches_of_the_last_30_days_come_first(communications, urls, history):
    response = communications.get(urls["frequent"])
    html = response.content.decode()
    assert response.status_code == 200
    assert in_danish("Most frequent searches") in html
    assert html.index("sorg") < html.index("lektiehjælp")
    assert "besøgsven" not in html
    rows, _ = exported_csv(communications, urls["frequent"])
    assert rows == [[in_danish("Query"), in_danish("Searches")], ["sorg", "8"], ["lektiehjælp", "7"]]


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("7", [["lektiehjælp", "7"], ["sorg", "5"]]),
        ("30", [["sorg", "8"], ["lektiehjælp", "7"]]),
        ("365", [["sorg", "108"], ["lektiehjælp", "7"], ["besøgsven", "2"]]),
    ],
)
def test_staff_choose_the_last_week_month_or_year(communications, urls, history, period, expected):
    rows, _ = exported_csv(communications, urls["frequent"], period=period)
    assert rows[1:] == expected


def test_staff_choose_their_own_dates(communications, urls, history):
    rows, response = exported_csv(
        communications, urls["frequent"], dates_from=days_ago(500).isoformat(), dates_to=days_ago(30).isoformat()
    )
    assert rows[1:] == [["sorg", "100"], ["besøgsven", "52"]]
    assert f"most-frequent-searches-{days_ago(500)}-{days_ago(30)}.csv" in response["Content-Disposition"]
    rows, _ = exported_csv(communications, urls["frequent"], dates_from=days_ago(11).isoformat())
    assert rows[1:] == [["sorg", "8"], ["lektiehjælp", "7"]]  # from a date up to today


def counted(start, stop):
    with translation.override("da"):
        return gettext("Counted from %(start)s to %(stop)s.") % {"start": date_format(start), "stop": date_format(stop)}


def test_the_page_says_which_days_were_counted(communications, urls, history):
    html = communications.get(urls["frequent"], {"period": "7"}).content.decode()
    assert counted(days_ago(6), TODAY()) in html
    html = communications.get(
        urls["frequent_results"], {"dates_from": "2026-01-01", "dates_to": "2026-01-31"}
    ).content.decode()
    assert counted(datetime.date(2026, 1, 1), datetime.date(2026, 1, 31)) in html


def test_staff_sort_by_query_and_search_within_the_report(communications, urls, history):
    rows, _ = exported_csv(communications, urls["frequent"], period="365", ordering="query_string")
    assert [row[0] for row in rows[1:]] == ["besøgsven", "lektiehjælp", "sorg"]
    rows, _ = exported_csv(communications, urls["frequent"], period="365", q="LEKTIE")
    assert rows[1:] == [["lektiehjælp", "7"]]


@pytest.mark.parametrize(
    "params",
    [
        {"period": "abc"},
        {"period": "99999999999999999999"},
        {"dates_from": "yesterday", "dates_to": "2026-13-45"},
        {"dates_from": "2026-12-31", "dates_to": "2026-01-01"},
        {"ordering": "password"},
        {"p": "9999"},
        {"export": "exe"},
        {"q": "\x00" * 10},
    ],
)
def test_odd_parameters_give_a_normal_page(communications, urls, history, params):
    for name in ("frequent", "frequent_results", "zero", "zero_results"):
        response = communications.get(urls[name], params)
        assert response.status_code == 200, (name, params)


def test_the_report_downloads_as_excel(communications, urls, history):
    response = communications.get(urls["frequent"], {"export": "xlsx", "period": "365"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [[cell.value for cell in row] for row in sheet.iter_rows()] == [
        [in_danish("Query"), in_danish("Searches")],
        ["sorg", 108],
        ["lektiehjælp", 7],
        ["besøgsven", 2],
    ]


def test_a_citizens_query_never_becomes_a_spreadsheet_formula(communications, urls):
    searched('=HYPERLINK("http://evil.example","klik")', (0, 1))
    searched("-1+1", (0, 1))
    rows, _ = exported_csv(communications, urls["frequent"], ordering="query_string")
    assert [row[0] for row in rows[1:]] == ["'-1+1", '\'=hyperlink("http://evil.example","klik")']


# Searches that found nothing --------------------------------------------------------------------------------------


def test_searches_that_found_nothing_show_how_often_and_when_last(communications, urls):
    found_nothing("xylofon", (0, 2), (3, 4), (60, 10))
    found_nothing("padel", (1, 9))
    found_nothing("curling", (45, 1))
    response = communications.get(urls["zero"])
    html = response.content.decode()
    assert response.status_code == 200
    assert in_danish("Searches that found nothing") in html
    assert html.index("padel") < html.index("xylofon")
    assert "curling" not in html
    rows, _ = exported_csv(communications, urls["zero"])
    assert rows == [
        [in_danish("Query"), in_danish("Times"), in_danish("Last searched")],
        ["padel", "9", str(days_ago(1))],
        ["xylofon", "6", str(TODAY())],
    ]
    rows, _ = exported_csv(communications, urls["zero"], period="365", ordering="-last_searched")
    assert [row[0] for row in rows[1:]] == ["xylofon", "padel", "curling"]


def test_an_empty_period_says_so(communications, urls):
    html = communications.get(urls["zero"]).content.decode()
    assert in_danish("No search came back empty in this period.") in html


# Synonyms -----------------------------------------------------------------------------------------------------------


def test_communications_staff_add_change_and_delete_synonyms(communications, urls):
    response = communications.post(
        urls["add_synonyms"],
        {"terms": "Ældre, seniorer,\npensionister", "note": "Borgere siger begge dele."},
        follow=True,
    )
    assert response.status_code == 200
    group = SynonymGroup.objects.get()
    assert group.terms == "ældre, seniorer, pensionister"
    shown = [str(message) for message in response.context["messages"]]
    assert any(in_danish("The search uses the change at once.") in message for message in shown), shown

    listing = communications.get(urls["synonyms"]).content.decode()
    assert "ældre, seniorer, pensionister" in listing and "Borgere siger begge dele." in listing
    assert "ældre" in communications.get(urls["synonyms"], {"q": "senior"}).content.decode()

    edit = reverse("wagtailsnippets_search_synonymgroup:edit", args=[group.pk])
    form = communications.get(edit).content.decode()
    assert "update_index" in form  # the form tells when Elasticsearch applies them
    communications.post(edit, {"terms": "ældre, seniorer", "note": ""})
    group.refresh_from_db()
    assert group.terms == "ældre, seniorer"

    delete = reverse("wagtailsnippets_search_synonymgroup:delete", args=[group.pk])
    assert communications.post(delete).status_code == 302
    assert not SynonymGroup.objects.exists()


def test_with_elasticsearch_staff_are_told_to_update_the_index(communications, urls, settings):
    settings.ELASTICSEARCH_URL = "http://elasticsearch.invalid:9200"
    response = communications.post(urls["add_synonyms"], {"terms": "besøgsven, besøgsvenner"}, follow=True)
    shown = " ".join(str(message) for message in response.context["messages"])
    assert escape(in_danish("Elasticsearch applies the change after the next 'manage.py update_index'.")) in shown


@pytest.mark.parametrize("terms", ["seniorer", "seniorer, seniorer", " , ,"])
def test_one_word_is_not_a_synonym_group(communications, urls, terms):
    response = communications.post(urls["add_synonyms"], {"terms": terms})
    assert response.status_code == 200
    assert in_danish("Give at least two words, separated by commas.") in response.content.decode()
    assert not SynonymGroup.objects.exists()


# Promoted results -----------------------------------------------------------------------------------------------------


def test_communications_staff_promote_a_result_for_a_query(communications, urls, home):
    searched("sorg", (0, 3))
    assert communications.get(urls["promotions"]).status_code == 200
    chooser = communications.get(urls["query_chooser"])
    assert chooser.status_code == 200 and "sorg" in chooser.content.decode()
    response = communications.post(
        urls["add_promotion"],
        {
            "query_string": "Sorg",
            "editors_picks-TOTAL_FORMS": "1",
            "editors_picks-INITIAL_FORMS": "0",
            "editors_picks-MIN_NUM_FORMS": "0",
            "editors_picks-MAX_NUM_FORMS": "1000",
            "editors_picks-0-page": str(home.pk),
            "editors_picks-0-external_link_url": "",
            "editors_picks-0-external_link_text": "",
            "editors_picks-0-description": "Start her.",
            "editors_picks-0-ORDER": "0",
            "editors_picks-0-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    promotion = SearchPromotion.objects.get()
    assert promotion.query.query_string == "sorg" and promotion.page_id == home.pk


def test_an_administrator_can_give_the_reports_to_another_group(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@kommune.dk", "pw")
    client.force_login(admin)
    policy_owners = Group.objects.get(name="Politikejere")
    html = client.get(reverse("wagtailusers_groups:edit", args=[policy_owners.pk])).content.decode()
    assert "Can view the search reports" in html
    communications = Group.objects.get(name="Kommunikation")
    assert set(
        communications.permissions.filter(content_type__app_label="search").values_list("codename", flat=True)
    ) == {
        "add_synonymgroup",
        "change_synonymgroup",
        "delete_synonymgroup",
        "view_synonymgroup",
        "view_search_reports",
    }
    assert not policy_owners.permissions.filter(content_type__app_label__in=["search", "wagtailsearchpromotions"])

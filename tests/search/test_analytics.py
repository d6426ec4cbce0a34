"""What the communications staff learn from the search, and the results they put in front of it.

Every search from the search page or the API is counted for the "most frequent searches"
report, and every search that found nothing for the "searches that found nothing" report, per
day. Counting never gets in a citizen's way. Staff promote pages or links for a query; a
citizen sees only promoted pages that are live and public, in their own language.
"""

import datetime
import logging
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory
from home.factories import StandardPageFactory
from search import analytics
from search.analytics import normalise, promotions_for, record_search
from search.models import ZeroResultQuery
from search.service import run_search
from tests.helpers import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def grief_group(home):
    directory = publish(DirectoryIndexPageFactory(parent=home))
    return publish(
        AssociationPageFactory(
            parent=directory,
            title="Sorggruppen i Fjordlund",
            slug="sorggruppen",
            summary="Vi mødes, når man har mistet en, man holdt af.",
        )
    )


def searches_today(text):
    query = Query.objects.get(query_string=text)
    return QueryDailyHits.objects.get(query=query, date=timezone.localdate()).hits


# Counting --------------------------------------------------------------------------------------------------------


def test_every_search_a_citizen_makes_is_counted_for_today(grief_group, danish_locale):
    for _ in range(2):
        outcome = run_search("Sorggruppen", danish_locale, record=True)
        assert outcome.count == 1
    assert searches_today("sorggruppen") == 2
    assert not ZeroResultQuery.objects.exists()


def test_suggestions_as_you_type_are_not_counted(grief_group, danish_locale):
    run_search("Sorggruppen", danish_locale)  # record=False: the autocomplete and other internal uses
    assert not Query.objects.exists()


def test_a_search_that_found_nothing_is_counted_once_a_day_with_how_often(grief_group, danish_locale):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    ZeroResultQuery.objects.create(query_string="xylofonkursus", date=yesterday, hits=4)
    for _ in range(3):
        assert run_search("Xylofonkursus", danish_locale, record=True).count == 0
    rows = {row.date: row.hits for row in ZeroResultQuery.objects.filter(query_string="xylofonkursus")}
    assert rows == {yesterday: 4, timezone.localdate(): 3}
    assert searches_today("xylofonkursus") == 3  # it also counts among all searches


def test_queries_are_counted_in_one_form_whatever_the_case_and_spacing(grief_group, danish_locale):
    record_search("Lektiehjælp  for BØRN", 0)
    record_search("  lektiehjælp for børn\t", 0)
    record_search("LEKTIEHJÆLP\nFOR\u00a0børn", 0)
    assert searches_today("lektiehjælp for børn") == 3
    assert ZeroResultQuery.objects.get(query_string="lektiehjælp for børn").hits == 3


def test_nul_and_other_control_characters_are_never_stored():
    # PostgreSQL refuses NUL in text; escape sequences and invisible characters would garble the report.
    record_search("sorg\x00gruppe \x1b[31mrød\u200b tekst\x7f", 0)
    (stored,) = Query.objects.values_list("query_string", flat=True)
    assert stored == "sorg gruppe [31mrød tekst"
    assert ZeroResultQuery.objects.get().query_string == stored
    assert all(ch.isprintable() for ch in stored)


def test_an_empty_query_or_one_of_only_control_characters_is_not_counted():
    for text in ["", "   ", "\x00\x01\n", None]:
        record_search(text, 0)
    assert not Query.objects.exists()
    assert not ZeroResultQuery.objects.exists()


def test_a_very_long_query_is_clipped_to_255_characters():
    record_search("frivillig " * 1000, 0)
    stored = ZeroResultQuery.objects.get().query_string
    assert len(stored) <= 255 and stored.startswith("frivillig frivillig")
    assert Query.objects.get().query_string == stored
    assert normalise("a" * 300) == "a" * 255


def test_a_search_still_answers_when_counting_fails(grief_group, danish_locale, caplog):
    # The counters' tables are gone (a failed migration, a full disk): the citizen still gets results.
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {QueryDailyHits._meta.db_table}")
        cursor.execute(f"DROP TABLE {ZeroResultQuery._meta.db_table}")
    with caplog.at_level(logging.ERROR, logger="search.analytics"):
        found = run_search("Sorggruppen", danish_locale, record=True)
        nothing = run_search("xylofonkursus", danish_locale, record=True)
    assert found.count == 1 and found.results[0].title == "Sorggruppen i Fjordlund"
    assert nothing.count == 0
    assert "Could not record a search for the reports" in caplog.text
    assert "xylofonkursus" not in caplog.text  # what citizens type stays out of the logs
    # The database connection is still usable for the rest of the request.
    assert run_search("Sorggruppen", danish_locale).count == 1


def test_one_counter_failing_does_not_stop_the_other(grief_group, danish_locale):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {QueryDailyHits._meta.db_table}")
    assert run_search("xylofonkursus", danish_locale, record=True).count == 0
    assert ZeroResultQuery.objects.get().query_string == "xylofonkursus"


# Promoted results ------------------------------------------------------------------------------------------------


@pytest.fixture
def promoted(home, grief_group):
    """For "sorg": the grief group, a guide (later unpublished or made private), and the national helpline."""
    guide = publish(StandardPageFactory(parent=home, title="Når du har mistet", slug="naar-du-har-mistet"))
    query = Query.get("sorg")
    SearchPromotion.objects.create(query=query, page=guide, description="Vores guide til sorg.", sort_order=1)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.sorg.dk/",
        external_link_text="Sorgens Hus",
        description="Landsdækkende rådgivning.",
        sort_order=2,
    )
    SearchPromotion.objects.create(query=query, page=grief_group, description="Mød andre.", sort_order=0)
    return guide


def test_promoted_results_come_in_the_staffs_order_with_title_address_and_description(promoted, danish_locale):
    shown = promotions_for("Sorg", danish_locale)
    assert [(p.title, p.url, p.description, p.external) for p in shown] == [
        ("Sorggruppen i Fjordlund", "/foreninger/sorggruppen/", "Mød andre.", False),
        ("Når du har mistet", "/naar-du-har-mistet/", "Vores guide til sorg.", False),
        ("Sorgens Hus", "https://www.sorg.dk/", "Landsdækkende rådgivning.", True),
    ]


def test_the_search_shows_the_promotions_on_its_first_page(promoted, danish_locale):
    outcome = run_search("  SORG ", danish_locale, record=True)
    assert [p.title for p in outcome.promotions] == ["Sorggruppen i Fjordlund", "Når du har mistet", "Sorgens Hus"]


def test_an_unpublished_page_is_not_promoted(promoted, danish_locale):
    promoted.unpublish()
    assert [p.title for p in promotions_for("sorg", danish_locale)] == ["Sorggruppen i Fjordlund", "Sorgens Hus"]


def test_a_private_page_or_a_page_in_a_private_section_is_not_promoted(promoted, grief_group, danish_locale):
    PageViewRestriction.objects.create(page=promoted, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(
        page=grief_group.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    assert [p.title for p in promotions_for("sorg", danish_locale)] == ["Sorgens Hus"]


def test_an_english_visitor_gets_the_english_translation_or_nothing(promoted, grief_group, english_locale):
    assert [p.title for p in promotions_for("sorg", english_locale)] == ["Sorgens Hus"]  # nothing translated yet
    translation = grief_group.copy_for_translation(english_locale, copy_parents=True)
    translation.title = "Grief group in Fjordlund"
    publish(translation)
    shown = promotions_for("sorg", english_locale)
    assert [(p.title, p.url) for p in shown] == [
        ("Grief group in Fjordlund", translation.get_url()),
        ("Sorgens Hus", "https://www.sorg.dk/"),
    ]
    assert shown[0].url.startswith("/en/")


def test_looking_for_promotions_creates_no_query_and_costs_three_database_queries_at_most(
    promoted, danish_locale, django_assert_max_num_queries
):
    promotions_for("sorg", danish_locale)  # the site's root paths are cached from here on, as in a running site
    queries_before = Query.objects.count()
    # Outside a request the promoted query texts are read each time (in one they are kept: the next test).
    with django_assert_max_num_queries(3):
        assert len(promotions_for("sorg", danish_locale)) == 3
    with django_assert_max_num_queries(1):
        assert promotions_for("nothing promoted for this", danish_locale) == []
    assert Query.objects.count() == queries_before


def test_a_search_nobody_promoted_anything_for_asks_nothing_about_promotions(promoted, portal_settings, client):
    """Most searches have no promotion: the search page knows it from the promoted texts it keeps."""
    assert "Sorgens Hus" in client.get("/search/", {"q": "sorg"}).content.decode()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/search/", {"q": "sorggruppe fjordlund"}).status_code == 200
    promotions = SearchPromotion._meta.db_table
    assert [query["sql"] for query in queries.captured_queries if promotions in query["sql"]] == []
    # A promotion staff add shows at once, on a search page shown before too.
    SearchPromotion.objects.create(query=Query.get("sorggruppe fjordlund"), external_link_url="https://www.sorg.dk/")
    assert "www.sorg.dk" in client.get("/search/", {"q": "sorggruppe fjordlund"}).content.decode()


def test_no_promotions_for_an_empty_query(promoted, danish_locale, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert promotions_for(" \x00 ", danish_locale) == []


# Counting off the critical path ------------------------------------------------------------------------------------

WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture
def batching(client, settings):
    """Batching on, as in production (every 30 s there; an hour here), with nothing counted yet and the last write
    just now. The first request to the site makes its settings row (a write of its own): done here."""
    settings.SEARCH_COUNT_FLUSH_SECONDS = 3600
    client.get("/")
    analytics._pending.clear()
    analytics._last_flush = time.monotonic()
    yield settings
    analytics._pending.clear()


def writes(queries):
    return [query["sql"] for query in queries if query["sql"].lstrip().upper().startswith(WRITES)]


def test_a_search_page_writes_nothing_and_its_counts_arrive_together(client, grief_group, batching):
    """The search answers without a database write; the counts of four searches reach the reports in one flush,
    none lost."""
    for _ in range(3):
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/search/", {"q": "Sorggruppen"}).status_code == 200
        assert not writes(queries)
    with CaptureQueriesContext(connection) as queries:
        client.get("/search/", {"q": "ingen forening hedder sådan"})
    assert not writes(queries)
    assert not Query.objects.exists()

    analytics.flush()
    assert searches_today("sorggruppen") == 3
    assert ZeroResultQuery.objects.get(query_string="ingen forening hedder sådan").hits == 1
    assert searches_today("ingen forening hedder sådan") == 1


def test_the_counts_are_written_after_a_response_once_the_interval_has_passed(client, grief_group, batching):
    client.get("/search/", {"q": "Sorggruppen"})
    assert not Query.objects.exists()
    batching.SEARCH_COUNT_FLUSH_SECONDS = 1
    analytics._last_flush -= 2  # the last write was two seconds ago
    client.get("/search/", {"q": "Sorggruppen"})  # written after this response went out
    assert searches_today("sorggruppen") == 2

"""What citizens searched for is kept for the staff's reports for RETENTION_SEARCH_LOG_DAYS (default 365), then goes."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from search.analytics import record_search
from search.models import ZeroResultQuery

pytestmark = pytest.mark.django_db

SEARCHED = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)


def nightly_purge_on(moment, *args):
    output = io.StringIO()
    with time_machine.travel(moment, tick=False):
        call_command("purge_personal_data", *args, stdout=output)
    return output.getvalue()


@pytest.fixture
def searches():
    with time_machine.travel(SEARCHED, tick=False):
        record_search("sorggruppe efter min søns død", hits=0)
        record_search("fodbold", hits=4)
    with time_machine.travel(SEARCHED + datetime.timedelta(days=200), tick=False):
        record_search("fodbold", hits=4)


def logged_texts():
    return (
        sorted(Query.objects.values_list("query_string", flat=True)),
        list(ZeroResultQuery.objects.values_list("query_string", flat=True)),
    )


def test_searches_are_kept_for_a_year(searches, settings):
    assert settings.RETENTION_SEARCH_LOG_DAYS == 365
    nightly_purge_on(SEARCHED + datetime.timedelta(days=364))
    assert logged_texts() == (["fodbold", "sorggruppe efter min søns død"], ["sorggruppe efter min søns død"])


def test_after_a_year_the_free_text_is_gone_and_newer_counts_stay(searches):
    output = nightly_purge_on(SEARCHED + datetime.timedelta(days=366))
    assert "search-counts: 2 deleted (after 365 days)" in output
    assert "search-zero-results: 1 deleted (after 365 days)" in output
    assert logged_texts() == (["fodbold"], [])
    assert QueryDailyHits.objects.get().date == datetime.date(2026, 9, 17)


def test_a_query_staff_promoted_a_page_for_keeps_its_promotion(searches):
    SearchPromotion.objects.create(
        query=Query.objects.get(query_string="sorggruppe efter min søns død"),
        external_link_url="https://www.sorg.dk/",
        external_link_text="Sorgens hus",
        sort_order=0,
    )
    nightly_purge_on(SEARCHED + datetime.timedelta(days=366))
    assert SearchPromotion.objects.count() == 1
    assert not QueryDailyHits.objects.filter(query__query_string__startswith="sorggruppe").exists()


def test_the_period_staff_choose(searches, settings):
    settings.RETENTION_SEARCH_LOG_DAYS = 30
    nightly_purge_on(SEARCHED + datetime.timedelta(days=31))
    assert logged_texts() == (["fodbold"], [])


def test_a_dry_run_deletes_nothing(searches):
    output = nightly_purge_on(SEARCHED + datetime.timedelta(days=366), "--dry-run")
    assert "search-zero-results: 1 would go" in output
    assert ZeroResultQuery.objects.count() == 1

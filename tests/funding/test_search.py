"""The search finds the pools, says which are closed, and its type facet offers "open for applications now"."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Locale

from search.counting import load_rows
from search.models import SearchDocument
from search.service import run_search
from tests.helpers import publish

pytestmark = pytest.mark.django_db


def danish():
    return Locale.objects.get(language_code="da")


def titles(outcome):
    return sorted(result.title for result in outcome.results)


def test_the_search_finds_an_open_pool_and_its_open_round(coffee_pool):
    outcome = run_search("kaffepuljen", danish())
    assert titles(outcome) == ["Kaffepuljen", "Kaffepuljen: Forår"]
    kinds = {doc.title: doc.kind for doc in SearchDocument.objects.filter(page=coffee_pool)}
    assert kinds == {"Kaffepuljen": SearchDocument.FUNDING, "Kaffepuljen: Forår": SearchDocument.FUNDING_ROUND}
    (round_doc,) = SearchDocument.objects.filter(kind=SearchDocument.FUNDING_ROUND)
    open_round = coffee_pool.rounds.get(name="Forår")
    assert round_doc.url == f"/puljer/kaffepuljen/#runde-{open_round.pk}"
    assert round_doc.open_until == timezone.localtime(open_round.deadline).date()
    assert "Ansøgningsfrist" in round_doc.summary and "kl. 12.00" in round_doc.summary


def test_the_type_facet_offers_pools_and_rounds_open_now(coffee_pool, closed_pool):
    outcome = run_search("pulje", danish())
    types = {option.value: option.count for option in {f.param: f for f in outcome.facets}["type"].options}
    assert types[SearchDocument.FUNDING] == 2
    assert types[SearchDocument.FUNDING_ROUND] == 1
    only_open = run_search("pulje", danish(), QueryDict("type=funding_round"))
    assert titles(only_open) == ["Kaffepuljen: Forår"]


def test_a_pool_whose_rounds_have_all_closed_is_found_and_marked_closed(closed_pool):
    outcome = run_search("idrætspuljen", danish())
    assert titles(outcome) == ["Idrætspuljen"]
    assert outcome.results[0].document.summary.startswith("Lukket")
    assert not SearchDocument.objects.filter(page=closed_pool, kind=SearchDocument.FUNDING_ROUND).exists()


def test_the_search_finds_a_pool_by_a_grant_recipient(coffee_pool):
    assert "Kaffepuljen" in titles(run_search("strikkeklubben", danish()))


def test_an_open_round_leaves_the_search_after_its_deadline_day(coffee_pool):
    open_round = coffee_pool.rounds.get(name="Forår")
    after = timezone.localtime(open_round.deadline).date() + datetime.timedelta(days=1)
    outcome = run_search("kaffepuljen", danish(), QueryDict("type=funding_round"))
    assert outcome.count == 1
    ids = list(SearchDocument.objects.filter(page=coffee_pool).values_list("pk", flat=True))
    assert [row["kind"] for row in load_rows(ids, danish(), today=after)] == [SearchDocument.FUNDING]


def test_unpublishing_a_pool_takes_it_out_of_the_search(coffee_pool):
    coffee_pool.unpublish()
    assert run_search("kaffepuljen", danish()).count == 0


def test_the_search_page_shows_the_new_types_in_danish(client, coffee_pool):
    html = client.get("/search/", {"q": "kaffepuljen"}).content.decode()
    assert "Åben for ansøgning nu" in html and "Pulje" in html


def test_publishing_again_keeps_one_document_per_open_round(coffee_pool):
    publish(coffee_pool)
    assert SearchDocument.objects.filter(page=coffee_pool).count() == 2

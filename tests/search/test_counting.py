"""The search's parts alone (filters, matching, ranking, counting, presenting), and exact totals and facet counts.

The backend used to be asked for at most 1,000 matches, so a broad query's total and facet counts
were silently short. Now every match is counted, whatever their number.
"""

import datetime
import math
from collections import Counter

import pytest
from django.http import QueryDict
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.models import Locale
from wagtail.search.backends import get_search_backends

from core.sites import site_id_of
from directory.factories import LocalityFactory, category
from home.factories import StandardPageFactory
from search import counting, documents
from search.counting import collapse, count_options, current, load_rows, select
from search.filters import Filters, Selection, vocabularies
from search.matching import all_ids, match
from search.models import SearchDocument
from search.presenting import page_of
from search.query import Clause, Plan, analyse
from search.ranking import RERANK, rerank
from search.service import run_search

ASSOCIATION, ACTIVITY, PAGE = SearchDocument.ASSOCIATION, SearchDocument.ACTIVITY, SearchDocument.PAGE
KINDS = [ASSOCIATION, SearchDocument.GUIDE, PAGE, SearchDocument.TASK]
MANY = 1_100  # More than the 1,000 matches the search used to stop at.


def danish():
    return Locale.objects.get(language_code="da")


def row(pk, kind=PAGE, page_id=None, **values):
    facet_values = {
        "type": {kind},
        "category": set(),
        "target_group": set(),
        "locality": set(),
        "free": set(),
        "no_danish": set(),
        "accessible": set(),
    }
    facet_values.update(values)
    return {"id": pk, "kind": kind, "page_id": page_id or pk, "values": facet_values}


# Filters


def test_a_selection_names_the_facets_a_document_fails():
    selection = Selection({"type": {PAGE}, "category": {1, 2}, "target_group": set(), "locality": set()}, ["free"])
    assert selection.failing(row(1, category={2}, free={True})["values"]) == []
    assert selection.failing(row(1, ASSOCIATION, category={3})["values"]) == ["type", "category", "free"]


@pytest.mark.django_db
def test_filters_read_from_the_address_become_the_ids_documents_hold():
    sport = category("Idræt og motion")
    filters = Filters.from_params(QueryDict("category=idraet-og-motion&category=nope&free=1"), vocabularies())
    assert filters.unknown == {"category": ["nope"]}
    selection = filters.selection(vocabularies())
    assert selection.wanted["category"] == {sport.pk} and selection.flags == ["free"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "ticked", "unknown"),
    [
        ("free=ja&no_danish=Yes&accessible=+on+", ["free", "no_danish", "accessible"], {}),
        ("free=nej&no_danish=0&accessible=", [], {}),
        ("free=maybe", [], {"free": ["maybe"]}),
    ],
)
def test_a_flag_reads_the_same_words_as_the_directorys_listings(query, ticked, unknown):
    """?gratis=ja ticks "free" in the directory; ?free=ja does the same in the search (one reader: core.listing)."""
    filters = Filters.from_params(QueryDict(query), vocabularies())
    assert filters.flags == ticked
    assert filters.unknown == unknown


# Matching


class Results(list):
    pass


def test_the_ids_come_from_the_index_when_the_backend_can_give_them_alone():
    class Doc:
        def __init__(self, pk):
            self.pk = pk

    assert all_ids(Results([Doc(3), Doc(1)])) == [3, 1]
    from_index = Results()
    from_index.all_pks = lambda: [5, 4]
    assert all_ids(from_index) == [5, 4]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["fodbold", "fodbold alle", "fodbold OR tennis"])
def test_the_database_backends_give_the_ids_in_the_order_of_their_results(home, query):
    for n in range(5):
        intro = "Fodbold for alle." if n % 2 else "Fodbold og tennis, fodbold og fodbold."
        StandardPageFactory(parent=home, title=f"Hold {n}", intro=intro).save_revision().publish()
    plan = analyse(query)
    for each, _left_out in plan.attempts():
        results = SearchDocument.objects.filter(locale=danish()).only("id").search(each, backend="default")
        assert all_ids(results) == [doc.pk for doc in results]


@pytest.mark.django_db
def test_matching_gives_every_id_best_first_and_who_answered(home):
    for n in range(3):
        StandardPageFactory(parent=home, title=f"Fodbold {n}", intro="Fodbold for alle.").save_revision().publish()
    found = match("fodbold", analyse("fodbold"), danish())
    assert len(found.ids) == 3 and found.backend == "default" and not found.fell_back
    assert match("fodbold", analyse("xyzzyx"), danish()).ids == []


# Ranking


def test_titles_that_say_what_was_asked_come_first_and_deep_results_keep_the_backends_order():
    plan = Plan("frivilligpolitik", clauses=[Clause("frivilligpolitik", alternatives=["frivilligpolitik"])])
    rows = [{"id": n, "title": f"Side {n}", "summary": "", "keywords": ""} for n in range(RERANK + 5)]
    rows[3]["title"] = "Idéfase – ny frivilligpolitik"
    rows[7]["title"] = "Frivilligpolitik"
    rows[RERANK + 2]["title"] = "Frivilligpolitik igen"
    ranked = [r["id"] for r in rerank(rows, plan)]
    assert ranked[:2] == [7, 3]
    assert ranked[RERANK:] == list(range(RERANK, RERANK + 5))


# Counting


def test_expired_and_stale_documents_are_not_counted():
    today = datetime.date(2026, 6, 1)
    old = timezone.now() - datetime.timedelta(days=1000)
    rows = [
        {"id": 1, "kind": PAGE, "open_until": None, "updated_at": old},
        {"id": 2, "kind": ASSOCIATION, "open_until": None, "updated_at": old},
        {"id": 3, "kind": SearchDocument.TASK, "open_until": datetime.date(2026, 5, 31), "updated_at": None},
    ]
    assert [r["id"] for r in current(rows, today, timezone.now() - datetime.timedelta(days=730))] == [1]


@pytest.mark.django_db
def test_the_matches_read_are_the_documents_current_keeps(home, settings):
    settings.SEARCH_STALE_AFTER_DAYS = 730
    today, now = timezone.localdate(), timezone.now()
    old, recent = now - datetime.timedelta(days=1000), now - datetime.timedelta(days=10)
    specs = [
        (kind, open_until, updated_at)
        for kind in (ASSOCIATION, ACTIVITY, SearchDocument.TASK, PAGE)
        for open_until in (None, today, today - datetime.timedelta(days=1))
        for updated_at in (None, old, recent)
    ]
    for n, (kind, open_until, updated_at) in enumerate(specs):
        SearchDocument.objects.create(
            key=f"test:{n}",
            page=home,
            locale=danish(),
            kind=kind,
            title="x",
            url="/",
            open_until=open_until,
            updated_at=updated_at,
        )
    rows = SearchDocument.objects.values("id", "kind", "open_until", "updated_at")
    kept = {row["id"] for row in current(rows, today, counting.stale_before())}
    assert {row["id"] for row in load_rows([row["id"] for row in rows], danish(), today)} == kept
    assert 0 < len(kept) < len(specs)


def test_an_associations_activities_are_one_result_with_it_and_counted_so():
    association = row(1, ASSOCIATION, page_id=10, category={1})
    with_it = row(2, ACTIVITY, page_id=10, category={1}, free={True})
    alone = row(3, ACTIVITY, page_id=11, category={1})
    rows = [with_it, alone, association]
    select(rows, Selection({"type": set(), "category": set(), "target_group": set(), "locality": set()}, []))

    assert [(entry["id"], [a["id"] for a in nested]) for entry, nested in collapse(rows)] == [(1, [2]), (3, [])]
    counts = count_options(rows)
    assert counts["category"] == {1: 2}
    assert counts["type"] == {ASSOCIATION: 1, ACTIVITY: 2}  # ticking "activity" lists both activities alone
    assert counts["free"] == {True: 1}


def reference_counts(rows, selection):
    """The counting as the search did it before: for each option, fold the rows that tick it and count."""

    def passes(r, skip):
        return all(facet == skip for facet in selection.failing(r["values"]))

    counts = {}
    for param in counting.FACETS:
        candidates = [r for r in rows if passes(r, param)]
        values = {value for r in candidates for value in r["values"][param]}
        counts[param] = {
            value: len(collapse([r for r in candidates if value in r["values"][param]])) for value in values
        }
    return counts


facet_rows = st.lists(
    st.tuples(
        st.sampled_from([ASSOCIATION, ACTIVITY, PAGE]),
        st.integers(1, 4),  # page
        st.sets(st.integers(1, 3), max_size=2),  # categories
        st.sets(st.integers(1, 2), max_size=1),  # locality
        st.booleans(),  # free
    ),
    max_size=25,
)
choices = st.tuples(
    st.sets(st.sampled_from([ASSOCIATION, ACTIVITY, PAGE]), max_size=2),
    st.sets(st.integers(1, 3), max_size=2),
    st.sets(st.integers(1, 2), max_size=1),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(specs=facet_rows, chosen=choices)
def test_the_one_pass_counting_counts_what_folding_each_option_counts(specs, chosen):
    rows, seen_associations = [], set()
    for pk, (kind, page, categories, locality, free) in enumerate(specs, start=1):
        if kind == ASSOCIATION and page in seen_associations:
            kind = PAGE  # One association document per page, as the documents are built.
        seen_associations |= {page} if kind == ASSOCIATION else set()
        rows.append(row(pk, kind, page, category=categories, locality=locality, free={True} if free else set()))
    types, categories, localities, free = chosen
    wanted = {"type": types, "category": categories, "target_group": set(), "locality": localities}
    selection = Selection(wanted, ["free"] if free else [])
    select(rows, selection)
    got = count_options(rows)
    expected = reference_counts(rows, selection)
    assert {param: dict(got[param]) for param in counting.FACETS} == expected


# Presenting


def test_a_page_of_entries():
    entries = list(range(25))
    assert page_of(entries, 3, 10) == [20, 21, 22, 23, 24]
    assert page_of(entries, 4, 10) == []


# Exact totals and counts, past the old cap


@pytest.fixture
def many_documents(home, directory_vocabulary):
    """MANY documents that all mention football, with kinds, categories, places and flags in turn."""
    sports, places = directory_vocabulary
    locale = danish()
    documents_ = SearchDocument.objects.bulk_create(
        SearchDocument(
            key=f"test:{n}",
            page=home,
            site_id=site_id_of(home),  # as the builder records it: the API keeps to the site it serves
            locale=locale,
            kind=KINDS[n % len(KINDS)],
            title=f"Fodboldhold nummer {n}",
            summary="Fodbold hver uge.",
            url=f"/hold-{n}/",
            locality=places[n % len(places)],
            is_free=n % 3 == 0,
            updated_at=timezone.now(),
        )
        for n in range(MANY)
    )
    through = SearchDocument.categories.through
    through.objects.bulk_create(
        through(searchdocument_id=doc.pk, category_id=sports[n % len(sports)].pk) for n, doc in enumerate(documents_)
    )
    for backend in get_search_backends():
        backend.add_bulk(SearchDocument, documents_)
    documents.rebuild_terms()
    return documents_


@pytest.fixture
def directory_vocabulary(db):
    sports = [category(name) for name in ("Idræt og motion", "Kultur og musik", "Spejder")]
    places = [LocalityFactory(name=name) for name in ("Birkely", "Egebjerg")]
    return sports, places


def option_counts(outcome):
    return {facet.param: {option.value: option.count for option in facet.options} for facet in outcome.facets}


@pytest.mark.django_db
def test_the_total_and_every_facet_count_are_exact_past_a_thousand_matches(many_documents, directory_vocabulary):
    sports, places = directory_vocabulary
    docs = SearchDocument.objects.all()

    outcome = run_search("fodbold", danish())
    assert outcome.count == MANY and outcome.pages == math.ceil(MANY / 10)
    counts = option_counts(outcome)
    assert counts["type"] == dict(Counter(docs.values_list("kind", flat=True)))
    assert counts["category"] == {sport.slug: docs.filter(categories=sport).count() for sport in sports}
    assert counts["locality"] == {place.slug: docs.filter(locality=place).count() for place in places}
    assert counts["flags"] == {"free": docs.filter(is_free=True).count()}

    narrowed = run_search("fodbold", danish(), QueryDict(f"category={sports[1].slug}&free=1"))
    assert narrowed.count == docs.filter(categories=sports[1], is_free=True).count()
    assert option_counts(narrowed)["flags"] == {"free": narrowed.count}
    assert (
        option_counts(narrowed)["category"][sports[0].slug] == docs.filter(categories=sports[0], is_free=True).count()
    )

    last = run_search("fodbold", danish(), page=outcome.pages)
    assert len(last.results) == MANY - (outcome.pages - 1) * 10


@pytest.mark.django_db
def test_reading_the_matches_by_id_or_by_locale_gives_the_same(many_documents, monkeypatch):
    ids = list(reversed(SearchDocument.objects.values_list("pk", flat=True)[:700]))
    by_locale = load_rows(ids, danish())
    monkeypatch.setattr(counting, "IN_LIST_LIMIT", 10_000)
    by_id = load_rows(ids, danish())
    assert by_locale == by_id and [r["id"] for r in by_id] == ids


@pytest.mark.django_db
def test_the_api_gives_the_exact_total(client, many_documents):
    body = client.get("/api/search", {"q": "fodbold"}).json()
    assert body["count"] == MANY and body["pages"] == math.ceil(MANY / 10)

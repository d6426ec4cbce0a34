"""The search's parts alone: filters, matching, ranking, counting, presenting."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.models import Locale

from directory.factories import category
from home.factories import StandardPageFactory
from search import counting
from search.counting import collapse, count_options, current, select
from search.filters import Filters, Selection, vocabularies
from search.matching import match
from search.models import SearchDocument
from search.presenting import page_of
from search.query import Clause, Plan, analyse
from search.ranking import RERANK, rerank

ASSOCIATION, ACTIVITY, PAGE = SearchDocument.ASSOCIATION, SearchDocument.ACTIVITY, SearchDocument.PAGE


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


# Matching


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

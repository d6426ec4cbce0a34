"""Whatever anyone types or puts in the address, the search answers with a page or a clear 4xx, never a 500.

Citizens paste whole letters into the search box, hold down a key, type quotes they never
close, search in Arabic or with emoji; scripts try SQL and search-engine syntax; links carry
facet values that no longer exist and page numbers that are not numbers. Hypothesis throws
all of that at the search page (Danish and English) and at the search API (the content API at
/api/v2/ gets the same in tests/content_api/). Each answer must be a page (200) or a 4xx with a
message, never a server error and never a traceback. NUL characters matter most on
PostgreSQL, which refuses them in text: CI runs this on both databases.
"""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.hostile import BAD_INPUT, FuzzClient, assert_no_traceback, fragments, page_numbers, queries

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    """Hundreds of examples a minute from one address would meet the search's limit (120 a minute, a 429:
    tests/core/test_rate_limits.py tests it); here every example must reach the search."""
    settings.RATELIMIT_ENABLE = False


KINDS = ["association", "activity", "task", "guide", "policy", "event", "page"]
CATEGORIES = ["socialt-arbejde", "idraet-og-motion", "kultur-og-musik"]
TARGET_GROUPS = ["boern", "aeldre", "paaroerende"]
LOCALITIES = ["fjordlund", "birkely"]


def facet_values(valid):
    return st.lists(st.one_of(st.sampled_from(valid), fragments, st.text(max_size=30)), max_size=3)


flags = st.one_of(st.sampled_from(["1", "0", "", "true", "on", "yes", "no", "2", "maybe"]), st.text(max_size=6))
search_params = st.fixed_dictionaries(
    {"q": queries},
    optional={
        "type": facet_values(KINDS),
        "category": facet_values(CATEGORIES),
        "target_group": facet_values(TARGET_GROUPS),
        "locality": facet_values(LOCALITIES),
        "free": flags,
        "no_danish": flags,
        "accessible": flags,
        "page": page_numbers,
        "lang": st.one_of(st.sampled_from(["da", "en"]), st.text(max_size=4)),
        st.text(min_size=1, max_size=10): st.text(max_size=10),  # a parameter nobody knows
    },
)

NASTY_EXAMPLES = [
    {"q": "x" * 10_000},
    {"q": ("sorggruppe " * 1000)[:10_000]},
    {"q": "\x00"},
    {"q": "sorg\x00gruppe"},
    {"q": '"sorggruppe'},
    {"q": "sorg AND (roning OR NOT kajak*) ~ ^ : [ ] { } ?"},
    {"q": "'; DROP TABLE search_searchdocument;--"},
    {"q": "😀👨‍👩‍👧🇩🇰"},
    {"q": "مرحبا بالعالم"},
    {"q": "שלום עולם"},
    {"q": "roning", "category": ["svampejagt"], "locality": ["\x00"], "type": ["event"]},
    {"q": "roning", "free": "\x00", "no_danish": "maybe"},
    {"q": "roning", "page": "٣"},
    {"q": "roning", "page": "99999"},
    {"q": "roning", "page": str(10**30)},
    {"q": "roning", "page": "-1"},
    {"q": "roning", "page": "1.5"},
    {"q": "roning", "page": "1e309"},
    {"q": "roning", "page": "9" * 5000},
]


def assert_api_answer(response):
    """200 with results, or 400 with a message; JSON either way."""
    assert response.status_code in (200, 400), response.status_code
    assert_no_traceback(response)
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    if response.status_code == 400:
        assert set(body) == {"error"} and body["error"].strip()
    return body


def assert_page_answer(response):
    """A whole page (200), or a 4xx page that says what was wrong; never a 500."""
    assert response.status_code == 200 or 400 <= response.status_code < 500, response.status_code
    body = assert_no_traceback(response)
    assert response["Content-Type"].startswith("text/html")
    assert "<main" in body and "<h1" in body  # the portal's frame, with a heading that says what happened
    return body


def with_examples(function):
    for params in NASTY_EXAMPLES:
        function = example(params=params)(function)
    return function


@BAD_INPUT
@given(params=search_params)
@with_examples
def test_the_search_api_answers_any_input_with_results_or_a_400(searchable_pages, params):
    body = assert_api_answer(FuzzClient().get("/api/search", params))
    if "results" in body:
        assert body["count"] >= len(body["results"]) and body["page"] >= 1


@BAD_INPUT
@given(params=search_params.map(lambda params: {key: value for key, value in params.items() if key != "q"}))
def test_the_search_api_without_a_query_says_what_is_missing(searchable_pages, params):
    response = FuzzClient().get("/api/search", params)
    assert response.status_code == 400
    assert_api_answer(response)


@BAD_INPUT
@given(q=queries, lang=st.one_of(st.sampled_from(["da", "en"]), st.text(max_size=4)))
@example(q="x" * 10_000, lang="da")
@example(q="\x00sorg", lang="da")
@example(q="sorg\x00", lang="\x00")
def test_suggestions_answer_any_input_with_a_list_or_a_400(searchable_pages, q, lang):
    body = assert_api_answer(FuzzClient().get("/api/search/suggest", {"q": q, "lang": lang}))
    if "suggestions" in body:
        assert len(body["suggestions"]) <= 8


@BAD_INPUT
@given(params=search_params)
@with_examples
def test_the_search_page_answers_any_input_with_a_page(searchable_pages, params):
    assert_page_answer(FuzzClient().get("/search/", params))


@BAD_INPUT
@given(params=search_params)
def test_the_english_search_page_answers_any_input_with_a_page(searchable_pages, params):
    assert_page_answer(FuzzClient().get("/en/search/", params))

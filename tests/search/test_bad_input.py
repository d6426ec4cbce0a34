"""Whatever anyone types or puts in the address, the search answers with a page or a clear 4xx, never a 500.

Citizens paste whole letters into the search box, hold down a key, type quotes they never
close, search in Arabic or with emoji; scripts try SQL and search-engine syntax; links carry
facet values that no longer exist and page numbers that are not numbers. Hypothesis throws
all of that at the search page (Danish and English) and at the search API; Wagtail's API v2
gets the same for its search and filters. Each answer must be a page (200) or a 4xx with a
message, never a server error and never a traceback. NUL characters matter most on
PostgreSQL, which refuses them in text: CI runs this on both databases.
"""

import pytest
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from directory.factories import (
    ActivityFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    LocalityFactory,
    category,
    target_group,
)
from policy.factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db

# Few examples each, no deadline (the first request warms caches), and the `db` fixture's one
# transaction shared by the examples of a test: the searches only read, apart from the counts
# of queries, which are what a real visitor's searches would leave too.
BAD_INPUT = settings(
    max_examples=60,
    deadline=None,
    database=None,  # nothing written to .hypothesis/ in the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

FRAGMENTS = [
    '"',
    "'",
    '"sorg',
    "sorg'",
    "AND",
    "OR",
    "NOT",
    "*",
    "?",
    "~",
    "^",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "-",
    "+",
    "|",
    "\\",
    "/",
    "%",
    "&",
    "<script>alert(1)</script>",
    "'; DROP TABLE search_searchdocument;--",
    "1 OR 1=1",
    '" OR ""="',
    "title:sorg",
    "sorg~2",
    "roning^4",
    "rokl?b",
    "kaj*",
    "(sorg OR roning) AND NOT kajak",
    "😀",
    "👨‍👩‍👧",
    "🇩🇰",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eroning",
    "\u200b",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\ufeff",
    "\uffff",
    "sorggruppe",
    "ægtefælle",
    "AEBLE",
    "roning",
    "١٢٣",
]
KINDS = ["association", "activity", "task", "guide", "policy", "page"]
CATEGORIES = ["socialt-arbejde", "idraet-og-motion", "kultur-og-musik"]
TARGET_GROUPS = ["boern", "aeldre", "paaroerende"]
LOCALITIES = ["fjordlund", "birkely"]

fragments = st.sampled_from(FRAGMENTS)
words = st.lists(st.one_of(fragments, st.text(max_size=8)), min_size=1, max_size=12)
queries = st.one_of(
    st.text(max_size=80),  # any characters: control characters, NUL, every script
    words.map(" ".join),
    words.map("".join),
    # Very long queries, up to 10,000 characters.
    st.tuples(words.map(" ".join), st.integers(min_value=200, max_value=10_000)).map(
        lambda pair: (pair[0] * (pair[1] // max(len(pair[0]), 1) + 1))[: pair[1]]
    ),
)
page_numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.integers(min_value=1, max_value=20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["", "٣", "١٠", "²", "Ⅻ", "0", "-1", "1e3", "0x10", " 2", "2 ", "+3", "1_000", "9" * 5000, "\x00"]),
    st.text(max_size=10),
)


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


@pytest.fixture
def portal(home):
    """A few published things to find, so that each example searches real documents quickly."""
    directory = DirectoryIndexPageFactory(parent=home)
    lysglimt = AssociationPageFactory(
        parent=directory,
        title="Lysglimt sorggrupper",
        slug="lysglimt",
        summary="Sorggrupper for efterladte ægtefæller.",
        locality=LocalityFactory(name="Fjordlund"),
        categories=[category("Socialt arbejde")],
        target_groups=[target_group("Pårørende")],
    )
    ActivityFactory(association=lysglimt, name="Sorggruppe for forældre", accessible_venue=True)
    roklub = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        summary="Roning og kajak på fjorden.",
        locality=LocalityFactory(name="Birkely"),
        categories=[category("Idræt og motion")],
    )
    ActivityFactory(association=roklub, name="Morgenroning", is_free=True, no_danish_needed=True)
    guides = GuideIndexPageFactory(parent=home)
    guide = GuidePageFactory(parent=guides, title="Sådan starter du en sorggruppe", slug="sorggruppe")
    for page in (lysglimt, roklub, guide):
        page.save_revision().publish()


def assert_no_traceback(response):
    body = response.content.decode("utf-8", errors="replace")
    assert "Traceback" not in body and 'File "/' not in body, body[:500]
    return body


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
def test_the_search_api_answers_any_input_with_results_or_a_400(portal, params):
    body = assert_api_answer(Client().get("/api/search", params))
    if "results" in body:
        assert body["count"] >= len(body["results"]) and body["page"] >= 1


@BAD_INPUT
@given(params=search_params.map(lambda params: {key: value for key, value in params.items() if key != "q"}))
def test_the_search_api_without_a_query_says_what_is_missing(portal, params):
    response = Client().get("/api/search", params)
    assert response.status_code == 400
    assert_api_answer(response)


@BAD_INPUT
@given(q=queries, lang=st.one_of(st.sampled_from(["da", "en"]), st.text(max_size=4)))
@example(q="x" * 10_000, lang="da")
@example(q="\x00sorg", lang="da")
@example(q="sorg\x00", lang="\x00")
def test_suggestions_answer_any_input_with_a_list_or_a_400(portal, q, lang):
    body = assert_api_answer(Client().get("/api/search/suggest", {"q": q, "lang": lang}))
    if "suggestions" in body:
        assert len(body["suggestions"]) <= 8


@BAD_INPUT
@given(params=search_params)
@with_examples
def test_the_search_page_answers_any_input_with_a_page(portal, params):
    assert_page_answer(Client().get("/search/", params))


@BAD_INPUT
@given(params=search_params)
def test_the_english_search_page_answers_any_input_with_a_page(portal, params):
    assert_page_answer(Client().get("/en/search/", params))


wagtail_api_params = st.fixed_dictionaries(
    {},
    optional={
        "search": queries,
        "search_operator": st.one_of(st.sampled_from(["and", "or"]), st.text(max_size=5)),
        "order": st.one_of(st.sampled_from(["title", "-id", "random"]), st.text(max_size=10)),
        "limit": page_numbers,
        "offset": page_numbers,
        "fields": st.one_of(st.sampled_from(["*", "-title", "title,slug", "_"]), st.text(max_size=10)),
        "type": st.one_of(st.sampled_from(["home.StandardPage", "directory.AssociationPage"]), st.text(max_size=12)),
        "slug": st.text(max_size=12),
        "child_of": page_numbers,
        "locale": st.text(max_size=4),
    },
)


@pytest.mark.search_index  # the API's search reads Wagtail's index of pages, images and documents
@BAD_INPUT
@given(endpoint=st.sampled_from(["pages", "images", "documents"]), params=wagtail_api_params)
@example(endpoint="pages", params={"search": "\x00"})
@example(endpoint="pages", params={"search": '"unbalanced AND (sorg OR'})
@example(endpoint="pages", params={"slug": "\x00", "order": "title"})
@example(endpoint="documents", params={"search": "x" * 10_000})
def test_wagtail_api_answers_any_input_with_json_or_a_400(portal, endpoint, params):
    response = Client().get(f"/api/v2/{endpoint}/", params)
    assert response.status_code in (200, 400, 404), response.status_code  # 404: a locale that does not exist
    assert_no_traceback(response)
    if response.status_code != 200:
        assert response.json()["message"].strip()


@BAD_INPUT
@given(path=st.text(max_size=40))
@example(path="/lysglimt\x00/")
@example(path="/../../etc/passwd")
def test_wagtail_api_finds_pages_by_any_address_or_says_not_found(portal, path):
    response = Client().get("/api/v2/pages/find/", {"html_path": path})
    assert response.status_code in (302, 400, 404), response.status_code
    assert_no_traceback(response)

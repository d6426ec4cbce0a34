"""Hostile input for the property-based tests: what citizens paste and scripts try, in one place.

The search (tests/search/test_bad_input.py) and the content API (tests/content_api/test_bad_input.py)
get the same words, search-engine syntax and page numbers (and the same pages to search: the
``searchable_pages`` fixture in tests/conftest.py), so a fragment added here is thrown at both.
"""

import os
from collections import Counter

from django.test import Client
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# FUZZ_SCALE multiplies every property-based test's number of examples: `make fuzz` runs them with
# FUZZ_SCALE=8, over 10,000 generated requests in all; the suite's default (1) sends about 2,000.
FUZZ_SCALE = float(os.environ.get("FUZZ_SCALE", "1"))


def scaled(examples):
    return max(1, round(examples * FUZZ_SCALE))


# Few examples each, no deadline (the first request warms caches), and the `db` fixture's one
# transaction shared by the examples of a test: the searches only read, apart from the counts
# of queries, which are what a real visitor's searches would leave too.
BAD_INPUT = settings(
    max_examples=scaled(60),
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


# What the fuzzing sent this session: every generated request, and those answered 5xx. tests/conftest.py adds
# up the xdist workers' tallies and prints them at the end of the run ("Fuzzing: 10,412 generated requests, 0 5xx").
tally = Counter()


def record(response):
    tally["requests"] += 1
    if response.status_code >= 500:
        tally["server_errors"] += 1
    return response


class FuzzClient(Client):
    """Django's test client, tallying each request it sends (record) before the test looks at the answer."""

    def request(self, **request):
        return record(super().request(**request))


def assert_no_traceback(response):
    body = response.content.decode("utf-8", errors="replace")
    assert "Traceback" not in body and 'File "/' not in body, body[:500]
    return body


# Public forms: each field replaced, or not, by hostile text -----------------------------------------------------------

# Examples per public form; FUZZ_FORM_EXAMPLES raises it for a long run (e.g. 2500 each for the four forms).
# A POST takes 50-250 ms on a busy CI machine, so the default keeps each form's test around half a minute.
FORM_FUZZ = settings(BAD_INPUT, max_examples=int(os.environ.get("FUZZ_FORM_EXAMPLES", scaled(150))))

field_values = st.one_of(
    st.text(max_size=40),  # any characters: NUL, control characters, surrogates are not in st.text
    fragments,
    st.sampled_from(["", " ", "on", "off", "true", "0", "-1", "9" * 40, "a@b", "@", "x@y.dk", "+45 12345678"]),
    st.text(min_size=1, max_size=3).map(lambda text: text * 4000),  # long: over every max_length
)


def hostile_form(valid):
    """A valid form (a dict of field → value) with any of its fields replaced by hostile values, or dropped."""
    replacements = st.fixed_dictionaries(
        {},
        optional={name: st.one_of(field_values, st.just(None), st.lists(field_values, max_size=3)) for name in valid},
    )

    def apply(changes):
        data = dict(valid)
        for name, value in changes.items():
            if value is None:
                data.pop(name, None)
            else:
                data[name] = value
        return data

    return replacements.map(apply)


def assert_answered(response, allowed=(200, 302, 303, 400, 403, 410, 429)):
    """A form answers with itself (200/400/403/410/429) or the receipt (302/303), never 5xx or a traceback."""
    assert response.status_code in allowed, response.status_code
    assert_no_traceback(response)

"""Each of API v2's query parameters, given what a careless script or an attacker sends: 400 with a message.

The findings of issue 12 (``?search=a&search_operator=x`` was a ValueError, ``?offset=99999999999999999999``
an IntegrityError/overflow, both 500s on pages, images and documents) and their neighbours: a limit
that is huge or negative, an order, field list or type that does not exist, a ``child_of`` or
``descendant_of`` that is not a page id. tests/content_api/test_bad_input.py throws generated input at
the same parameters; these are the named cases, one each, so a failure says which one broke.
"""

import pytest
from django.test import Client

from tests.hostile import assert_no_traceback

pytestmark = pytest.mark.django_db

ENDPOINTS = ["pages", "images", "documents"]
HUGE = "99999999999999999999"

BAD = [
    {"search": "a", "search_operator": "x"},
    {"search": "a", "search_operator": ""},
    {"limit": HUGE},
    {"limit": "-1"},
    {"limit": "ti"},
    {"offset": "-5"},
    {"offset": "1e3"},
    {"order": "nonexistent_field"},
    {"order": "-"},
    {"order": "title;DROP TABLE wagtailcore_page"},
    {"fields": "nonexistent_field"},
    {"fields": "title("},
    {"fields": ",,,"},
]
PAGES_ONLY = [
    {"type": "nonexistent.Model"},
    {"type": "wagtailcore"},
    {"type": "auth.User"},
    {"child_of": "abc"},
    {"child_of": HUGE},
    {"child_of": "-1"},
    {"descendant_of": "abc"},
    {"descendant_of": HUGE},
    {"descendant_of": "0"},
    {"translation_of": HUGE},
]
# Accepted as they are: a valid query with nothing to show is a 200 with an empty list, not an error.
EMPTY = [{"offset": HUGE}, {"offset": str(2**63)}, {"search": "a", "search_operator": "and", "offset": HUGE}]


def get(endpoint, params):
    return Client().get(f"/api/v2/{endpoint}/", params)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("params", BAD, ids=lambda params: "&".join(f"{k}={v}" for k, v in params.items()))
def test_a_bad_parameter_is_a_400_with_a_message(searchable_pages, endpoint, params):
    response = get(endpoint, params)
    assert response.status_code == 400, (response.status_code, response.content[:200])
    assert response.json()["message"].strip()
    assert_no_traceback(response)


@pytest.mark.parametrize("params", PAGES_ONLY, ids=lambda params: "&".join(f"{k}={v}" for k, v in params.items()))
def test_a_bad_page_filter_is_a_400_or_404_with_a_message(searchable_pages, params):
    response = get("pages", params)
    assert response.status_code in (400, 404), (response.status_code, response.content[:200])
    assert response.json()["message"].strip()
    assert_no_traceback(response)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("params", EMPTY, ids=lambda params: "&".join(f"{k}={v}" for k, v in params.items()))
def test_an_offset_past_the_end_is_an_empty_page(searchable_pages, endpoint, params):
    response = get(endpoint, params)
    assert response.status_code == 200, (response.status_code, response.content[:200])
    assert response.json()["items"] == []

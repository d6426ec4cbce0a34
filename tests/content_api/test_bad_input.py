"""Whatever a script puts in the address, the content API answers with JSON or a 400, never a 500.

Reusers' code builds addresses from user input and from guesses: search words with quotes
and operators, a search operator that does not exist, offsets and limits that are not numbers
or are far too large, field lists with typos, page types that do not exist, addresses with NUL
characters. Hypothesis throws that at /api/v2/pages/, /images/ and /documents/. Each answer must
be 200 with JSON, a 400 with a message (or a 404 for a locale or page that does not exist),
never a server error and never a traceback. NUL characters matter most on PostgreSQL, which
refuses them in text: CI runs this on both databases.
"""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.hostile import BAD_INPUT, FuzzClient, assert_no_traceback, page_numbers, queries

pytestmark = pytest.mark.django_db

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


@BAD_INPUT
@given(endpoint=st.sampled_from(["pages", "images", "documents"]), params=wagtail_api_params)
@example(endpoint="pages", params={"search": "\x00"})
@example(endpoint="pages", params={"search": '"unbalanced AND (sorg OR'})
@example(endpoint="pages", params={"slug": "\x00", "order": "title"})
@example(endpoint="documents", params={"search": "x" * 10_000})
@example(endpoint="pages", params={"offset": str(10**30)})
@example(endpoint="images", params={"offset": str(2**63), "limit": "5"})
def test_wagtail_api_answers_any_input_with_json_or_a_400(searchable_pages, endpoint, params):
    response = FuzzClient().get(f"/api/v2/{endpoint}/", params)
    assert response.status_code in (200, 400, 404), response.status_code  # 404: a locale that does not exist
    assert_no_traceback(response)
    if response.status_code != 200:
        assert response.json()["message"].strip()


@BAD_INPUT
@given(path=st.text(max_size=40))
@example(path="/lysglimt\x00/")
@example(path="/../../etc/passwd")
def test_wagtail_api_finds_pages_by_any_address_or_says_not_found(searchable_pages, path):
    response = FuzzClient().get("/api/v2/pages/find/", {"html_path": path})
    assert response.status_code in (302, 400, 404), response.status_code
    assert_no_traceback(response)


@BAD_INPUT
@given(endpoint=st.sampled_from(["pages", "images", "documents"]), value=page_numbers)
@example(endpoint="pages", value="x")
@example(endpoint="documents", value=str(10**30))
def test_wagtail_api_finds_anything_by_any_id_or_says_not_found(searchable_pages, endpoint, value):
    response = FuzzClient().get(f"/api/v2/{endpoint}/find/", {"id": value})
    assert response.status_code in (302, 400, 404), response.status_code
    assert_no_traceback(response)


@pytest.mark.parametrize(
    ("endpoint", "params"),
    [
        ("pages", {"search": "sorg", "search_operator": "x"}),
        ("pages", {"offset": "9" * 5000}),
        ("pages", {"offset": "-1"}),
        ("pages", {"limit": "1000"}),
        ("pages", {"limit": "ti"}),
        ("pages", {"order": "random", "offset": "2"}),
        ("pages", {"order": "nonsense"}),
        ("pages", {"fields": "title,("}),
        ("pages", {"fields": "nonsense"}),
        ("pages", {"type": "directory.Nothing"}),
        ("pages", {"type": "nothing"}),
        ("pages", {"child_of": "-4"}),
        ("pages", {"wrong_parameter": "1"}),
        ("pages", {"rich_text_format": "latex"}),
        ("images", {"offset": "x"}),
        ("documents", {"search": "sorg", "search_operator": "nand"}),
        ("pages/find", {"id": "x"}),
        ("images/find", {"id": "1.5"}),
        ("documents/find", {"id": ""}),
    ],
)
def test_a_bad_parameter_is_a_400_with_a_message(client, searchable_pages, endpoint, params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 400, (params, response.status_code)
    assert response.json()["message"].strip()


@pytest.mark.parametrize("offset", [10**12, 2**63 - 1, 2**63, 10**30, 10**4000])
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_an_offset_past_the_end_is_an_empty_list_with_the_real_count_however_large(
    client, searchable_pages, endpoint, offset
):
    response = client.get(f"/api/v2/{endpoint}/", {"offset": str(offset)})
    assert response.status_code == 200, response.content[:300]
    body = response.json()
    assert body["items"] == []
    assert body["meta"]["total_count"] == client.get(f"/api/v2/{endpoint}/").json()["meta"]["total_count"]


# Each page type's own fields can be filtered by (?type=…&deadline=2026-05-01): any value gives JSON or a 400.

TYPED_FIELDS = {
    "directory.AssociationPage": [
        "categories",
        "target_groups",
        "locality",
        "logo",
        "has_free_offer",
        "cvr",
        "website",
        "activities",
        "contacts",
        "social_links",
        "description",
        "unconfirmed",
        "last_confirmed_at",
    ],
    "directory.VolunteerTaskPage": [
        "hours",
        "deadline",
        "start_date",
        "end_date",
        "minimum_age",
        "status",
        "time_commitment",
        "locality",
        "no_danish_needed",
        "what_you_do",
    ],
    "policy.PolicyPage": ["adopted_on", "next_evaluation_on", "revises", "replaced_by", "versions", "principles"],
    "policy.ConsultationPage": ["opens_at", "closes_at", "body"],
    "policy.GuidePage": ["topic", "audiences", "last_reviewed_on", "related_guides"],
    "home.HomePage": ["hero_image", "entry_points"],
}
field_values = st.one_of(
    page_numbers,
    st.text(max_size=12),
    st.sampled_from(
        [
            "2026-05-01",
            "2026-13-01",
            "2026-02-30",
            "0001-01-01",
            "0001-01-01T00:00:00",
            "9999-12-31T23:59:59",
            "2026-05-01T10:00:00+14:00",
            "1e999",
            "NaN",
            "Infinity",
            "-0",
            "999.95",
            "[]",
            "{}",
            "null",
            "true",
        ]
    ),
)


@BAD_INPUT
@given(data=st.data(), model=st.sampled_from(sorted(TYPED_FIELDS)), value=field_values)
@example(data=None, model="policy.ConsultationPage", value="0001-01-01T00:00:00")
@example(data=None, model="directory.VolunteerTaskPage", value="1e999")
def test_a_page_types_fields_can_be_filtered_by_any_value_without_a_server_error(searchable_pages, data, model, value):
    field = data.draw(st.sampled_from(TYPED_FIELDS[model])) if data else TYPED_FIELDS[model][0]
    for params in ({field: value}, {field: value, "fields": "*"}, {"order": field, field: value}):
        response = FuzzClient().get("/api/v2/pages/", {"type": model, **params})
        assert response.status_code in (200, 400), (params, response.status_code)
        assert_no_traceback(response)
        if response.status_code == 400:
            assert response.json()["message"].strip()


@pytest.mark.parametrize("value", ["9223372036854775808", "-9223372036854775809", "1" * 30])
def test_a_link_to_a_page_filtered_by_a_number_no_database_holds_is_refused(searchable_pages, value):
    """Found by the fuzzing above on SQLite: ``revises`` links a policy to a PolicyPage, whose key links on to
    Page's id; the range was checked only one link deep, so 2**63 reached the database (a 500)."""
    response = FuzzClient().get("/api/v2/pages/", {"type": "policy.PolicyPage", "revises": value})
    assert response.status_code == 400
    assert "revises" in response.json()["message"]

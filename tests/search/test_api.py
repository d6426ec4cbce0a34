"""Developers reuse the portal's search: the JSON search API and its OpenAPI description.

A kommune's intranet, a neighbouring portal or an app asks ``/api/search`` what a citizen would
find on the search page, gets the same facets to narrow it, and reads ``/api/openapi.json`` (or
the reference at ``/api/docs``) to know how. The content API at ``/api/v2/`` has its own tests
in tests/content_api/.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from directory.factories import (
    ActivityFactory,
    AssociationPageFactory,
    LocalityFactory,
    VolunteerTaskPageFactory,
    category,
    target_group,
)
from search.api import SearchResponse, SuggestResponse
from search.models import SearchDocument
from tests.helpers import publish

pytestmark = pytest.mark.django_db

SEARCH_PARAMETERS = {
    "q",
    "type",
    "category",
    "target_group",
    "locality",
    "free",
    "no_danish",
    "accessible",
    "page",
    "lang",
}


@pytest.fixture
def lysglimt(directory):
    page = AssociationPageFactory(
        parent=directory,
        title="Lysglimt sorggrupper",
        slug="lysglimt",
        summary="Samtalegrupper for voksne, der har mistet en ægtefælle.",
        locality=LocalityFactory(name="Fjordlund"),
        categories=[category("Socialt arbejde"), category("Sundhed og handicap")],
        target_groups=[target_group("Pårørende")],
    )
    ActivityFactory(
        association=page,
        name="Sorggruppe for efterladte",
        description="For dig, der har mistet din mand eller kone.",
        accessible_venue=True,
    )
    publish(page)
    VolunteerTaskPageFactory(
        parent=page, title="Frivillig samtaleleder i sorggruppe", slug="samtaleleder", summary="Led en sorggruppe."
    )
    publish(page.get_children().get().specific)
    return page


@pytest.fixture
def roklub(directory):
    page = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        summary="Roning og kajak på fjorden for alle fra 14 år.",
        locality=LocalityFactory(name="Birkely"),
        categories=[category("Idræt og motion")],
    )
    ActivityFactory(association=page, name="Morgenroning", description="Roning tirsdag og torsdag.", is_free=True)
    ActivityFactory(association=page, name="Kajak for begyndere", description="Roning i kajak.", no_danish_needed=True)
    return publish(page)


@pytest.fixture
def portal(lysglimt, roklub):
    return {"lysglimt": lysglimt, "roklub": roklub}


def search(client, **params):
    return client.get("/api/search", params)


# The search API


def test_a_search_answers_with_the_count_results_and_facets_a_client_can_show(client, portal):
    response = search(client, q="sorggruppe")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Cache-Control"] == "public, max-age=60"
    body = response.json()
    SearchResponse.model_validate(body)  # the documented schema
    assert set(body) == {"query", "count", "page", "pages", "suggestion", "results", "facets"}
    assert body["query"] == "sorggruppe" and body["page"] == 1 and body["pages"] == 1
    assert body["count"] == len(body["results"]) >= 2
    association = next(result for result in body["results"] if result["type"] == "association")
    assert association == {
        "title": "Lysglimt sorggrupper",
        "url": "http://testserver/foreninger/lysglimt/",
        "type": "association",
        "type_label": association["type_label"],
        "summary": "Samtalegrupper for voksne, der har mistet en ægtefælle.",
        "association": "Lysglimt sorggrupper",
        "categories": ["Socialt arbejde", "Sundhed og handicap"],
        "locality": "Fjordlund",
        "language": "da",
        "activities": association["activities"],
    }
    assert association["type_label"]
    task = next(result for result in body["results"] if result["type"] == "task")
    assert task["url"] == "http://testserver/foreninger/lysglimt/samtaleleder/"
    assert task["association"] == "Lysglimt sorggrupper" and task["categories"] == association["categories"]
    assert set(body["facets"]) == {"type", "category", "target_group", "locality", "flags"}
    types = {option["value"]: option for option in body["facets"]["type"]}
    assert types["association"]["count"] == 1 and not types["association"]["selected"]
    assert {option["value"] for option in body["facets"]["category"]} == {"socialt-arbejde", "sundhed-og-handicap"}
    assert [option["value"] for option in body["facets"]["locality"]] == ["fjordlund"]
    assert [option["value"] for option in body["facets"]["flags"]] == ["accessible"]


def test_facets_narrow_the_results_and_say_what_is_chosen(client, portal):
    everything = search(client, q="roning").json()
    roklub = next(result for result in everything["results"] if result["title"] == "Fjordlund Roklub")
    assert {activity["title"] for activity in roklub["activities"]} == {"Morgenroning", "Kajak for begyndere"}
    assert all(
        activity["url"].startswith("http://testserver/foreninger/roklub/#aktivitet-")
        for activity in roklub["activities"]
    )

    activities = search(client, q="roning", type="activity").json()
    assert activities["results"] and {result["type"] for result in activities["results"]} == {"activity"}
    chosen = {option["value"]: option for option in activities["facets"]["type"]}
    assert chosen["activity"]["selected"] and chosen["association"]["count"] == 1  # what choosing it would give

    free = search(client, q="roning", free="1").json()
    roklub = next(result for result in free["results"] if result["title"] == "Fjordlund Roklub")
    assert [activity["title"] for activity in roklub["activities"]] == ["Morgenroning"]
    assert next(option for option in free["facets"]["flags"] if option["value"] == "free")["selected"]

    rowing_in_birkely = search(client, q="roning", category="idraet-og-motion", locality="birkely", type="activity")
    assert {result["title"] for result in rowing_in_birkely.json()["results"]} == {
        "Morgenroning",
        "Kajak for begyndere",
    }
    nowhere = search(client, q="roning", locality="fjordlund").json()
    assert nowhere["count"] == 0 and nowhere["results"] == [] and nowhere["pages"] == 0


def test_several_values_of_one_facet_mean_either(client, portal):
    body = client.get("/api/search?q=sorggruppe&type=task&type=activity").json()
    assert {(result["type"], result["title"]) for result in body["results"]} == {
        ("task", "Frivillig samtaleleder i sorggruppe"),
        ("activity", "Sorggruppe for efterladte"),
    }


def test_a_page_past_the_end_is_empty_with_the_real_number_of_pages(client, portal):
    response = search(client, q="roning", page="7")
    assert response.status_code == 200
    body = response.json()
    assert body["results"] == [] and body["page"] == 7 and body["pages"] == 1 and body["count"] > 0


def test_the_results_categories_cost_one_query_however_many_results(client, directory):
    def queries_for(query):
        with CaptureQueriesContext(connection) as context:
            body = search(client, q=query).json()
        return len(context.captured_queries), len(body["results"])

    for n in range(8):
        publish(
            AssociationPageFactory(
                parent=directory,
                title=f"Strikkeklub {n}" if n else "Havelauget",
                slug=f"forening-{n}",
                categories=[category("Kultur og musik"), category("Lokalsamfund")],
            )
        )
    search(client, q="havelauget")  # the first search for a query counts it in a new row
    search(client, q="strikkeklub")
    few, one = queries_for("havelauget")
    many, eight = queries_for("strikkeklub")
    assert (one, eight) == (1, 7)
    assert few == many


def test_drafts_and_private_pages_are_never_in_the_search(client, directory, portal):
    draft = AssociationPageFactory(parent=directory, title="Hemmelig sorggruppe", slug="hemmelig", live=False)
    draft.save_revision()
    private = publish(AssociationPageFactory(parent=directory, title="Lukket sorggruppe", slug="lukket"))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="hemmeligt")
    titles = {result["title"] for result in search(client, q="sorggruppe").json()["results"]}
    assert "Hemmelig sorggruppe" not in titles and "Lukket sorggruppe" not in titles
    assert "Lysglimt sorggrupper" in titles


def test_each_search_is_counted_for_the_staff_reports_but_suggestions_are_not(client, portal):
    search(client, q="roning")
    search(client, q="roning")
    client.get("/api/search/suggest", {"q": "kajak"})
    assert Query.objects.get(query_string="roning").hits == 2
    assert not Query.objects.filter(query_string="kajak").exists()


def test_english_asks_for_the_english_content_and_labels(client, portal):
    body = search(client, q="roning", lang="en").json()
    # Nothing is translated in this fixture: the Danish pages are found through their Danish text, marked so.
    assert body["count"] >= 1 and {result["language"] for result in body["results"]} == {"da"}
    response = search(client, q="roning", type="nothing", lang="en")
    assert response.status_code == 400 and "type" in response.json()["error"]


# Suggestions as you type (the search box's combobox reads exactly this)


def test_suggestions_give_titles_that_begin_with_what_was_typed(client, portal):
    response = client.get("/api/search/suggest", {"q": "sorg"})
    assert response.status_code == 200 and response["Cache-Control"] == "public, max-age=60"
    body = response.json()
    SuggestResponse.model_validate(body)
    assert body["query"] == "sorg"
    assert body["suggestions"]
    for suggestion in body["suggestions"]:
        assert set(suggestion) == {"title", "url", "type", "type_label", "association"}
        assert suggestion["url"].startswith("http://testserver/")
    assert "Sorggruppe for efterladte" in {suggestion["title"] for suggestion in body["suggestions"]}


def test_a_suggestion_asked_again_is_answered_without_sql_on_redis(client, portal, shared_cache):
    """Each keystroke asks: the site, the freshness of the words and the answer all come from Redis."""
    first = client.get("/api/search/suggest", {"q": "sorg"})
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/api/search/suggest", {"q": "sorg"})
    assert again.status_code == 200 and again.json() == first.json()
    assert [query["sql"] for query in queries.captured_queries] == []


def test_one_letter_suggests_nothing_yet(client, portal):
    assert client.get("/api/search/suggest", {"q": "s"}).json() == {"query": "s", "suggestions": []}
    assert client.get("/api/search/suggest", {"q": ""}).json() == {"query": "", "suggestions": []}


# Errors: a 400 with a message naming the parameter


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"q": "roning", "category": "svampejagt"}, ["category", "svampejagt", "idraet-og-motion", "socialt-arbejde"]),
        ({"q": "roning", "target_group": "robotter"}, ["target_group", "robotter", "paaroerende"]),
        ({"q": "roning", "locality": "atlantis"}, ["locality", "atlantis", "fjordlund"]),
        ({"q": "roning", "type": "koncert"}, ["type", "koncert", "association", "activity", "task", "event"]),
        ({"q": "roning", "free": "maybe"}, ["free", "maybe"]),
        ({"q": "roning", "page": "0"}, ["page", "0"]),
        ({"q": "roning", "page": "-3"}, ["page", "-3"]),
        ({"q": "roning", "page": "2.5"}, ["page", "2.5"]),
        ({"q": "roning", "page": "to"}, ["page", "to"]),
        ({"q": "roning", "lang": "sv"}, ["lang", "sv", "da", "en"]),
        ({"q": "r" * 201}, ["q", "200", "201"]),
        ({}, ["q"]),
        ({"q": "   "}, ["q"]),
        ({"q": "\x00\x07"}, ["q"]),
    ],
)
def test_bad_parameters_get_a_400_that_names_them(client, portal, params, words):
    response = search(client, **params)
    assert response.status_code == 400
    assert "Cache-Control" not in response or "public" not in response["Cache-Control"]
    message = response.json()["error"]
    assert set(response.json()) == {"error"}
    for word in words:
        assert word in message, (word, message)


def test_a_bad_facet_value_is_not_counted_as_a_search(client, portal):
    search(client, q="roning", category="svampejagt")
    assert not Query.objects.filter(query_string="roning").exists()


def test_a_suggestion_for_a_too_long_text_is_a_400(client, portal):
    response = client.get("/api/search/suggest", {"q": "x" * 201})
    assert response.status_code == 400 and "200" in response.json()["error"]
    assert client.get("/api/search/suggest").status_code == 400


# The OpenAPI description and the reference page


@pytest.fixture
def openapi(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_openapi_description_lists_both_operations_with_their_parameters(openapi):
    assert openapi["openapi"].startswith("3.1")
    assert openapi["info"]["title"] and openapi["info"]["version"]
    assert set(openapi["paths"]) == {"/api/search", "/api/search/suggest"}
    search_op = openapi["paths"]["/api/search"]["get"]
    suggest_op = openapi["paths"]["/api/search/suggest"]["get"]
    assert {param["name"] for param in search_op["parameters"]} == SEARCH_PARAMETERS
    assert {param["name"] for param in suggest_op["parameters"]} == {"q", "lang"}
    for operation in (search_op, suggest_op):
        assert operation["summary"] and operation["description"]
        assert set(operation["responses"]) == {"200", "400", "429"}  # 429: over RATELIMIT_SEARCH_PER_IP
        for param in operation["parameters"]:
            assert param["in"] == "query" and param["description"], param
        q = next(param for param in operation["parameters"] if param["name"] == "q")
        assert q["required"] is True and q["schema"]["maxLength"] == 200
    params = {param["name"]: param["schema"] for param in search_op["parameters"]}
    # Every kind the search knows, in its order, each app's included.
    assert params["type"]["items"]["enum"] == [value for value, _label in SearchDocument.KIND_CHOICES]
    assert params["page"]["minimum"] == 1 and params["lang"]["enum"] == ["da", "en", "uk", "ar"]


def test_every_reference_in_the_openapi_description_resolves_and_every_field_is_described(openapi):
    schemas = openapi["components"]["schemas"]

    def refs(node):
        if isinstance(node, dict):
            if "$ref" in node:
                yield node["$ref"]
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    found = set(refs(openapi))
    assert found and all(ref.startswith("#/components/schemas/") for ref in found)
    assert {ref.rsplit("/", 1)[1] for ref in found} <= set(schemas)
    for name, schema in schemas.items():
        assert schema["type"] == "object" and schema["required"], name
        for field, spec in schema["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"
    assert set(schemas["SearchResult"]["properties"]) == {
        "title",
        "url",
        "type",
        "type_label",
        "summary",
        "association",
        "categories",
        "locality",
        "language",
        "activities",
    }
    assert set(schemas["Facets"]["properties"]) == {"type", "category", "target_group", "locality", "flags"}


def test_the_reference_page_describes_the_api_without_scripts_from_elsewhere(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "GET /api/search" in html and "GET /api/search/suggest" in html
    assert 'href="/api/openapi.json"' in html
    assert "<script" not in html and "https://" not in html

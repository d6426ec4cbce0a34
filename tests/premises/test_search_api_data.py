"""The search finds premises with their town and flags as facets; the content API and the schema.org data
carry what the page shows."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from premises.factories import PremisesPageFactory, RoomFactory, facility
from search.models import SearchDocument
from search.service import run_search
from tests.helpers import publish

pytestmark = pytest.mark.django_db


def danish():
    return Locale.objects.get(language_code="da")


def test_the_search_finds_premises_by_name_facility_and_town(places):
    assert [r.title for r in run_search("forsamlingshus", danish()).results] == ["Kløvermose Forsamlingshus"]
    found = {r.title for r in run_search("lokale wifi", danish()).results}
    assert {"Egebjerg Medborgerhus", "Mødelokalerne på biblioteket"} <= found
    (doc,) = SearchDocument.objects.filter(page=places["library"])
    assert doc.kind == SearchDocument.PREMISES
    assert (doc.locality.name, doc.is_free, doc.accessible_venue) == ("Fjordlund", True, True)


def test_the_search_facets_narrow_premises_by_type_town_and_flags(places):
    outcome = run_search("lokaler", danish())
    facets = {facet.param: facet for facet in outcome.facets}
    assert {o.value: o.count for o in facets["type"].options}[SearchDocument.PREMISES] == 3
    assert {o.value: o.count for o in facets["locality"].options}["kloevermose"] == 1
    assert {r.title for r in run_search("lokaler", danish(), QueryDict("locality=egebjerg")).results} == {
        "Egebjerg Medborgerhus"
    }
    free_and_accessible = run_search("lokaler", danish(), QueryDict("type=premises&free=1&accessible=1"))
    assert {r.title for r in free_and_accessible.results} == {"Egebjerg Medborgerhus", "Mødelokalerne på biblioteket"}


def test_the_content_api_serves_a_places_fields(client, places):
    params = {"type": "premises.PremisesPage", "fields": "*", "slug": "forsamlingshuset"}
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["address"] == {"street": "Mosevej 3", "postcode": "4792", "city": "Kløvermose"}
    assert item["locality"] == {"name": "Kløvermose", "slug": "kloevermose"}
    assert item["capacity"] == 120
    assert [f["slug"] for f in item["facilities"]] == ["koekken", "parkering"]
    assert (item["is_free"], item["step_free"], item["price"]) == (False, False, "500 kr. i weekenden")
    assert item["booking"]["email"] == "booking@kommune.dk"
    assert item["rooms"] == [] and item["photos"] == []
    assert set(item["contact"]) == {"name", "email", "phone"}


def test_the_api_listing_costs_the_same_with_more_places(client, places, premises_page):
    url = "/api/v2/pages/?type=premises.PremisesPage&fields=*"

    def count():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    three = count()
    for _ in range(3):
        place = PremisesPageFactory(parent=premises_page, facilities=[facility("Wifi")])
        RoomFactory(premises=place)
        publish(place)
    assert count() == three


def test_structured_data_is_a_place_with_address_capacity_and_amenities(places):
    data = places["library"].structured_data(RequestFactory().get("/lokaler/biblioteket/"))
    (place,) = data
    assert place["@context"] == "https://schema.org" and place["@type"] == "Place"
    assert place["name"] == "Mødelokalerne på biblioteket" and place["url"].endswith("/lokaler/biblioteket/")
    assert place["address"]["@type"] == "PostalAddress"
    assert place["address"]["postalCode"] == "4790" and place["address"]["addressLocality"] == "Fjordlund"
    assert place["maximumAttendeeCapacity"] == 40
    assert place["isAccessibleForFree"] is True
    features = {feature["name"] for feature in place["amenityFeature"]}
    assert {"Wifi", "Projektor/skærm", "Handicaptoilet"} <= features
    assert all(f["@type"] == "LocationFeatureSpecification" and f["value"] is True for f in place["amenityFeature"])

"""A citizen searches the portal and finds the events, filtered by type, town, price and language."""

import pytest

from portal_events.factories import EventPageFactory, in_days
from portal_events.models import EventPage
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(calendar, association, places):
    course = EventPageFactory(
        parent=calendar,
        title="Førstehjælpskursus for trænere",
        summary="Lær hjerte-lunge-redning og brug af hjertestarter.",
        event_type=EventPage.COURSE,
        locality=places["Egebjerg"],
        is_free=True,
        no_danish_needed=True,
    )
    club = EventPageFactory(
        parent=association,
        title="Førstehjælp i klubhuset",
        summary="Klubbens egen aften om førstehjælp.",
        event_type=EventPage.ASSOCIATION_EVENT,
        locality=places["Fjordlund"],
        is_free=False,
        price="50 kr.",
    )
    past = EventPageFactory(
        parent=calendar,
        title="Førstehjælp sidste år",
        summary="Et kursus om førstehjælp.",
        dates=[(in_days(-40), None)],
    )
    for page in (course, club, past):
        page.save_revision().publish()
    return {"course": course, "club": club, "past": past}


def search(client, **params):
    response = client.get("/api/search", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_the_search_finds_upcoming_events_and_not_past_ones(client, events):
    body = search(client, q="førstehjælp")
    titles = {result["title"] for result in body["results"] if result["type"] == "event"}
    assert titles == {"Førstehjælpskursus for trænere", "Førstehjælp i klubhuset"}
    types = {option["value"]: option["count"] for option in body["facets"]["type"]}
    assert types["event"] == 2


def test_event_facets_narrow_the_results(client, events):
    only = lambda body: {result["title"] for result in body["results"]}  # noqa: E731
    assert only(search(client, q="førstehjælp", type="event", locality="egebjerg")) == {
        "Førstehjælpskursus for trænere"
    }
    assert only(search(client, q="førstehjælp", type="event", free="1")) == {"Førstehjælpskursus for trænere"}
    assert only(search(client, q="førstehjælp", type="event", no_danish="1")) == {"Førstehjælpskursus for trænere"}
    body = search(client, q="førstehjælp", type="event")
    assert {option["value"] for option in body["facets"]["locality"]} >= {"egebjerg", "fjordlund"}


def test_an_association_event_names_its_association(client, events):
    body = search(client, q="klubhuset")
    result = next(result for result in body["results"] if result["type"] == "event")
    assert result["association"] == "Egebjerg Boldklub"


def test_an_event_leaves_the_search_the_day_after_its_last_date(events):
    document = SearchDocument.objects.get(page=events["course"])
    assert document.kind == SearchDocument.EVENT
    assert document.open_until == in_days(7).date()
    assert not SearchDocument.objects.filter(page=events["past"]).exists()


def test_the_search_page_offers_events_as_a_type(client, events):
    response = client.get("/search/", {"q": "førstehjælp", "type": "event"})
    assert response.status_code == 200
    assert "Førstehjælpskursus for trænere" in response.content.decode()

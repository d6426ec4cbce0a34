"""A citizen reads an event: when, where, for whom, what it costs, how to sign up; and the machines read it too."""

import pytest

from directory.factories import category, target_group
from portal_events.factories import EventPageFactory, in_days
from portal_events.models import EventPage
from tests.helpers import queries_for, soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(calendar, places):
    return EventPageFactory(
        parent=calendar,
        title="Kursusrække for nye bestyrelser",
        slug="kursusraekke",
        event_type=EventPage.COURSE,
        summary="Fire aftener om foreningsdrift.",
        dates=[(in_days(7, 19), in_days(7, 21)), (in_days(14, 19), in_days(14, 21)), (in_days(21, 19), None)],
        place_name="Fjordlund Bibliotek",
        street="Torvet 4",
        postcode="4790",
        city="Fjordlund",
        locality=places["Fjordlund"],
        accessible_venue=True,
        accessibility_note="Teleslynge i salen.",
        is_free=False,
        price="150 kr. for hele rækken",
        no_danish_needed=True,
        categories=[category("Uddannelse og læring")],
        target_groups=[target_group("Voksne")],
        contact_name="Maja Lund",
        contact_email="maja@fjordlund.dk",
        signup_method=EventPage.FORM,
        signup_capacity=20,
    )


def facts(response):
    article = soup_of(response).find("article")
    return {text_of(dt): text_of(dd) for dt, dd in zip(article.select("dl dt"), article.select("dl dd"), strict=True)}


def test_the_event_page_shows_dates_place_accessibility_price_language_and_audience(client, course):
    response = client.get("/arrangementer/kursusraekke/")
    assert response.status_code == 200
    shown = facts(response)
    assert shown["Datoer"].count("kl.") == 3
    assert "Fjordlund Bibliotek" in shown["Hvor"] and "4790 Fjordlund" in shown["Hvor"]
    assert "Tilgængelige lokaler" in shown["Tilgængelighed"] or "Teleslynge i salen." in shown["Tilgængelighed"]
    assert shown["Pris"] == "150 kr. for hele rækken"
    assert shown["Sprog"] == "Dansk ikke nødvendigt" or "dansk" in shown["Sprog"].lower()
    assert shown["For"] == "Voksne"
    assert "Kursus for frivillige" in text_of(soup_of(response).find("article"))


def test_a_form_sign_up_links_to_the_sign_up_page_and_a_link_sign_up_to_the_other_site(client, course, calendar):
    button = soup_of(client.get(course.url)).find(id="signup-button")
    assert button["href"] == f"/tilmelding/{course.pk}/"
    elsewhere = EventPageFactory(
        parent=calendar, signup_method=EventPage.LINK, signup_url="https://billetter.example.dk/temadag"
    )
    section = soup_of(client.get(elsewhere.url)).find(id="tilmelding")
    assert section.find("a", href="https://billetter.example.dk/temadag")
    plain = EventPageFactory(parent=calendar)
    assert "mød bare op" in text_of(soup_of(client.get(plain.url)).find(id="tilmelding"))


def test_a_cancelled_event_is_clearly_marked_and_takes_no_sign_ups(client, course):
    course.is_cancelled = True
    course.cancellation_note = "Aflyst på grund af sygdom."
    course.save_revision().publish()
    soup = soup_of(client.get(course.url))
    assert text_of(soup.find("h1")).startswith("Aflyst")
    assert "Aflyst på grund af sygdom." in text_of(soup.find(id="aflyst"))
    assert soup.find(id="signup-button") is None
    assert soup.title.get_text().startswith("Aflyst")


def test_the_page_offers_add_to_calendar(client, course):
    link = soup_of(client.get(course.url)).find("a", href=f"{course.url}ical/")
    assert link is not None and ".ics" in text_of(link)


def test_the_sign_up_contract_is_kept(course, association, places):
    assert course.event_starts_at() == in_days(7, 19)
    assert course.event_ends_at() == in_days(21, 19)  # the last date has no end: its start
    assert course.organiser_page() is None
    assert course.contact_recipients() == ["maja@fjordlund.dk"]
    own = EventPageFactory(parent=association)
    assert own.organiser_page().pk == association.pk
    assert own.contact_recipients() == ["formand@egebjerg-boldklub.dk"]


def test_a_kommune_event_without_a_contact_goes_to_the_kommunes_contact_point(calendar, portal_settings):
    event = EventPageFactory(parent=calendar)
    assert event.contact_recipients() == [portal_settings.contact_email]


def test_structured_data_is_a_schema_org_event(course, rf):
    request = rf.get("/")
    [data] = course.structured_data(request)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    for required in ("name", "startDate", "endDate", "location", "eventStatus", "eventAttendanceMode", "organizer"):
        assert data[required], required
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["@type"] == "PostalAddress"
    assert data["location"]["address"]["postalCode"] == "4790"
    assert data["offers"]["price"] == "150" and data["offers"]["priceCurrency"] == "DKK"
    assert len(data["subEvent"]) == 3
    assert data["startDate"].startswith(in_days(7).date().isoformat())
    course.is_cancelled = True
    course.is_free, course.price = True, ""
    [data] = course.structured_data(request)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["offers"]["price"] == "0"


def test_an_association_event_names_the_association_as_organizer(association, rf):
    [data] = EventPageFactory(parent=association).structured_data(rf.get("/"))
    assert data["organizer"]["@type"] == "NGO" and data["organizer"]["name"] == "Egebjerg Boldklub"


def test_the_content_api_serves_the_event(client, course):
    response = client.get("/api/v2/pages/", {"type": "events.EventPage", "fields": "*"})
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["event_type"] == "course" and item["price"] == "150 kr. for hele rækken"
    assert len(item["dates"]) == 3 and item["dates"][2]["end"] is None
    assert item["place"]["postcode"] == "4790" and item["locality"]["slug"] == "fjordlund"
    assert item["signup"]["method"] == "form" and item["signup"]["form_url"] == f"/tilmelding/{course.pk}/"
    assert item["categories"] == [{"name": "Uddannelse og læring", "slug": "uddannelse-og-laering"}]
    assert item["is_cancelled"] is False


def test_the_event_page_costs_the_same_queries_with_many_dates_and_terms(calendar, places):
    few = EventPageFactory(parent=calendar, slug="faa", dates=[(in_days(3), None)])
    many = EventPageFactory(
        parent=calendar,
        slug="mange",
        dates=[(in_days(n), in_days(n, 19)) for n in range(1, 13)],
        categories=[category("Ældre"), category("Spejder"), category("Lokalsamfund")],
        target_groups=[target_group("Børn"), target_group("Unge")],
        locality=places["Egebjerg"],
    )
    assert queries_for(few.url) == queries_for(many.url)
    assert queries_for(many.url) <= 30

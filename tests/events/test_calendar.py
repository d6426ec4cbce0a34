"""A citizen looks through the calendar: what is coming, filtered, page by page, and what has been."""

import pytest
from django.test import Client

from directory.factories import category
from portal_events.factories import EventPageFactory, in_days
from portal_events.models import EventPage
from tests.helpers import card_titles, filter_counts, in_danish, soup_of, text_of, ticked_filters

pytestmark = pytest.mark.django_db


def event(parent, title, days=7, **kwargs):
    dates = kwargs.pop("dates", None) or [(in_days(days, 17), in_days(days, 19))]
    return EventPageFactory(parent=parent, title=title, dates=dates, **kwargs)


@pytest.fixture
def events(calendar, association, places):
    return {
        "temadag": event(
            calendar,
            "Temadag om frivillighed",
            3,
            event_type=EventPage.THEME_DAY,
            locality=places["Fjordlund"],
            categories=[category("Socialt arbejde")],
        ),
        "kursus": event(
            calendar,
            "Kursus i førstehjælp",
            10,
            event_type=EventPage.COURSE,
            is_free=False,
            price="100 kr.",
            locality=places["Egebjerg"],
            no_danish_needed=True,
        ),
        "stævne": event(
            association,
            "Sommerstævne",
            20,
            event_type=EventPage.ASSOCIATION_EVENT,
            locality=places["Egebjerg"],
            categories=[category("Idræt og motion")],
        ),
        "fortid": event(calendar, "Dialogmøde i foråret", -30, event_type=EventPage.DIALOGUE_MEETING),
    }


def test_the_calendar_lists_upcoming_events_of_the_kommune_and_the_associations_soonest_first(client, events):
    response = client.get("/arrangementer/")
    assert response.status_code == 200
    assert card_titles(response) == ["Temadag om frivillighed", "Kursus i førstehjælp", "Sommerstævne"]
    assert "Egebjerg Boldklub" in text_of(soup_of(response).find(id=f"arrangement-{events['stævne'].pk}"))


def test_past_events_are_in_the_archive_latest_first(client, events, calendar):
    event(calendar, "Statusmøde sidste år", -300, event_type=EventPage.STATUS_MEETING)
    response = client.get("/arrangementer/arkiv/")
    assert response.status_code == 200
    assert card_titles(response) == ["Dialogmøde i foråret", "Statusmøde sidste år"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=kursus", ["Kursus i førstehjælp"]),
        ("type=kursus&type=temadag", ["Temadag om frivillighed", "Kursus i førstehjælp"]),
        ("sted=egebjerg", ["Kursus i førstehjælp", "Sommerstævne"]),
        ("kategori=idraet-og-motion", ["Sommerstævne"]),
        ("gratis=ja", ["Temadag om frivillighed", "Sommerstævne"]),
        ("uden-dansk=ja", ["Kursus i førstehjælp"]),
        ("sted=egebjerg&gratis=ja", ["Sommerstævne"]),
    ],
)
def test_citizen_filters_the_calendar(client, events, query, expected):
    response = client.get(f"/arrangementer/?{query}")
    assert card_titles(response) == expected
    assert ticked_filters(response)


def test_the_month_filter_finds_events_with_a_date_in_that_month(client, calendar, places):
    course = event(calendar, "Kursusrække", dates=[(in_days(40, 17), None), (in_days(80, 17), None)])
    event(calendar, "Snart", 1)
    month = f"{in_days(80).year:04d}-{in_days(80).month:02d}"
    response = client.get(f"/arrangementer/?maaned={month}")
    assert card_titles(response) == ["Kursusrække"]
    assert filter_counts(response, "maaned")[month] == 1
    assert course.pk


def test_counts_show_what_each_type_gives(client, events):
    counts = filter_counts(client.get("/arrangementer/"), "type")
    assert counts == {"temadag": 1, "kursus": 1, "foreningsarrangement": 1}


def test_the_kept_counts_show_a_new_event_at_once(client, events, calendar, settings):
    """The calendar's counts are kept for the minute (portal_events/listing.py), but never past a publish."""
    settings.PAGE_CACHE_SECONDS = 0  # each request renders: the kept counts are what is tested
    assert filter_counts(client.get("/arrangementer/"), "type")["kursus"] == 1
    event(calendar, "Kursus for nye trænere", days=9, event_type=EventPage.COURSE)
    assert filter_counts(client.get("/arrangementer/"), "type")["kursus"] == 2


def test_a_course_series_shows_its_next_date_and_how_many_more(client, calendar):
    event(
        calendar,
        "Kursus for nye frivillige",
        dates=[
            (in_days(-7, 17), in_days(-7, 20)),
            (in_days(7, 17), in_days(7, 20)),
            (in_days(14, 17), in_days(14, 20)),
        ],
    )
    response = client.get("/arrangementer/")
    card = text_of(soup_of(response).find(class_="event-card"))
    assert (
        in_danish("(and %(counter)s more date)", counter=1).replace("%(counter)s", "1") in card or "1 dato mere" in card
    )


def test_a_cancelled_event_stays_marked_until_its_date_then_leaves_the_listings(client, calendar):
    cancelled = event(calendar, "Aflyst temadag", 5, is_cancelled=True, cancellation_note="Aflyst på grund af sygdom.")
    response = client.get("/arrangementer/")
    card = soup_of(response).find(id=f"arrangement-{cancelled.pk}")
    assert "Aflyst" in text_of(card)
    page = client.get(cancelled.url)
    assert page.status_code == 200 and "Aflyst" in text_of(soup_of(page).find("h1"))
    old = event(calendar, "Aflyst og forbi", -5, is_cancelled=True)
    assert "Aflyst og forbi" not in card_titles(client.get("/arrangementer/"))
    assert "Aflyst og forbi" not in card_titles(client.get("/arrangementer/arkiv/"))
    assert client.get(old.url).status_code == 200  # still reachable by its address


def test_the_calendar_pages_twelve_at_a_time(client, calendar):
    for n in range(14):
        event(calendar, f"Møde {n:02d}", 1 + n)
    first, second = client.get("/arrangementer/"), client.get("/arrangementer/?page=2")
    assert len(card_titles(first)) == 12 and len(card_titles(second)) == 2


@pytest.mark.parametrize(
    "query",
    [
        "maaned=garbage",
        "maaned=2026-13",
        "page=999999999999",
        "page=-1",
        "page=abc",
        "type=unknown",
        "sted=%00",
        "kategori=" + "x" * 500,
        "gratis=maybe",
        "maaned=9999-99&type=kursus&type=kursus",
    ],
)
def test_bad_addresses_never_break_the_calendar(events, query):
    client = Client(raise_request_exception=False)
    for path in ("/arrangementer/", "/arrangementer/arkiv/"):
        assert client.get(f"{path}?{query}").status_code in (200, 404)

"""Calendars subscribe to the events: every event, one type, one association's, or one event ("add to calendar").

Each feed is parsed back with the icalendar library, as a calendar program would read it.
"""

import pytest
from icalendar import Calendar

from portal_events.factories import EventPageFactory, in_days
from portal_events.models import EventPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(calendar, association):
    return {
        "temadag": EventPageFactory(parent=calendar, title="Temadag", slug="temadag", event_type=EventPage.THEME_DAY),
        "kursus": EventPageFactory(
            parent=calendar,
            title="Kursus",
            slug="kursus",
            event_type=EventPage.COURSE,
            dates=[(in_days(5, 18), in_days(5, 21)), (in_days(12, 18), in_days(12, 21))],
        ),
        "aflyst": EventPageFactory(
            parent=calendar, title="Aflyst møde", slug="aflyst", is_cancelled=True, cancellation_note="Sygdom."
        ),
        "klub": EventPageFactory(
            parent=association, title="Klubfest", slug="klubfest", event_type=EventPage.ASSOCIATION_EVENT
        ),
        "gammelt": EventPageFactory(parent=calendar, title="Gammelt", slug="gammelt", dates=[(in_days(-200), None)]),
    }


def read_feed(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].endswith('.ics"')
    calendar = Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


def test_the_feed_of_all_events_has_one_entry_per_date(client, events):
    calendar, entries = read_feed(client, "/arrangementer/ical/")
    assert str(calendar["X-WR-CALNAME"]) == "Arrangementer"
    summaries = sorted(str(entry["SUMMARY"]) for entry in entries)
    assert summaries == ["Aflyst møde", "Klubfest", "Kursus", "Kursus", "Temadag"]  # long past events left out
    assert len({str(entry["UID"]) for entry in entries}) == 5


def test_an_entry_carries_time_place_link_and_status(client, events):
    _, entries = read_feed(client, "/arrangementer/ical/kursus/")
    first = min(entries, key=lambda entry: entry.decoded("DTSTART"))
    assert first.decoded("DTSTART") == in_days(5, 18)
    assert first.decoded("DTEND") == in_days(5, 21)
    assert "Torvet 1" in str(first["LOCATION"])
    assert str(first["URL"]).endswith("/arrangementer/kursus/")
    assert str(first["STATUS"]) == "CONFIRMED"


def test_a_cancelled_event_is_cancelled_in_the_calendar(client, events):
    _, entries = read_feed(client, "/arrangementer/ical/")
    cancelled = next(entry for entry in entries if str(entry["SUMMARY"]) == "Aflyst møde")
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert "Sygdom." in str(cancelled["DESCRIPTION"])


def test_the_feed_of_one_type(client, events):
    _, entries = read_feed(client, "/arrangementer/ical/kursus/")
    assert {str(entry["SUMMARY"]) for entry in entries} == {"Kursus"}
    _, entries = read_feed(client, "/arrangementer/ical/temadag/")
    assert {str(entry["SUMMARY"]) for entry in entries} == {"Temadag", "Aflyst møde"}


def test_the_feed_of_one_association(client, events):
    calendar, entries = read_feed(client, "/arrangementer/ical/forening/egebjerg-boldklub/")
    assert str(calendar["X-WR-CALNAME"]) == "Egebjerg Boldklub"
    assert [str(entry["SUMMARY"]) for entry in entries] == ["Klubfest"]


def test_add_to_calendar_gives_the_one_event(client, events):
    _, entries = read_feed(client, "/arrangementer/kursus/ical/")
    assert [str(entry["SUMMARY"]) for entry in entries] == ["Kursus", "Kursus"]
    _, entries = read_feed(client, "/foreninger/egebjerg-boldklub/klubfest/ical/")
    assert [str(entry["SUMMARY"]) for entry in entries] == ["Klubfest"]


@pytest.mark.parametrize(
    "path", ["/arrangementer/ical/ukendt/", "/arrangementer/ical/forening/findes-ikke/", "/arrangementer/ical/x/y/"]
)
def test_an_unknown_feed_is_not_found(client, events, path):
    assert client.get(path).status_code == 404


def test_a_draft_event_is_in_no_feed(client, calendar):
    draft = EventPageFactory(parent=calendar, title="Kladde", live=False)
    _, entries = read_feed(client, "/arrangementer/ical/")
    assert entries == []
    assert client.get(f"{draft.url or '/arrangementer/kladde/'}ical/").status_code == 404

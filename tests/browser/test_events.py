"""A citizen uses the calendar and reads an event in a real browser, with no barriers on a desktop or a phone.

axe-core checks the calendar with filters applied, its archive, an event with a course's dates and
a sign-up button, and a cancelled event, at desktop width and at a phone's 390 px.
"""

import pytest

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, LocalityFactory, category
from home.factories import fill_portal_settings, site_home_page
from portal_events.factories import EventIndexPageFactory, EventPageFactory, in_days
from portal_events.models import EventPage
from tests.database import snapshotted

from .conftest import assert_accessible

FILTERED = "/arrangementer/?type=kursus&type=temadag&gratis=ja"


@snapshotted
def events_site():
    """The calendar with a dozen and a half events of the kommune and an association, past and upcoming."""
    home = site_home_page()
    fill_portal_settings()
    calendar = EventIndexPageFactory(parent=home, show_in_menus=True)
    directory = DirectoryIndexPageFactory(parent=home, show_in_menus=True)
    egebjerg, fjordlund = LocalityFactory(name="Egebjerg"), LocalityFactory(name="Fjordlund")
    club = AssociationPageFactory(parent=directory, title="Egebjerg Boldklub", slug="egebjerg-boldklub")
    types = [EventPage.COURSE, EventPage.THEME_DAY, EventPage.DIALOGUE_MEETING]
    for n in range(16):
        EventPageFactory(
            parent=club if n % 4 == 0 else calendar,
            title=f"Arrangement {n:02d}",
            event_type=types[n % 3],
            locality=[egebjerg, fjordlund][n % 2],
            dates=[(in_days(2 + n, 17), in_days(2 + n, 19))],
            is_free=n % 3 != 0,
            no_danish_needed=n % 5 == 0,
            accessible_venue=n % 2 == 0,
            categories=[category("Lokalsamfund")],
        )
        EventPageFactory(parent=calendar, title=f"Tidligere {n:02d}", dates=[(in_days(-3 - n, 10), None)])
    EventPageFactory(
        parent=calendar,
        title="Kursusrække for nye bestyrelser",
        slug="kursusraekke",
        event_type=EventPage.COURSE,
        summary="Fire aftener om foreningsdrift.",
        body=[("paragraph", "<p>Økonomi, GDPR, rekruttering og generalforsamlingen.</p>")],
        dates=[(in_days(n, 19), in_days(n, 21)) for n in (5, 12, 19, 26)],
        accessible_venue=True,
        accessibility_note="Teleslynge i salen.",
        is_free=False,
        price="150 kr.",
        no_danish_needed=True,
        signup_method=EventPage.FORM,
        signup_capacity=20,
        contact_name="Maja Lund",
        contact_email="maja@fjordlund.dk",
        contact_phone="72 10 20 30",
    )
    EventPageFactory(
        parent=calendar,
        title="Temadag om unge frivillige",
        slug="aflyst-temadag",
        is_cancelled=True,
        cancellation_note="Aflyst på grund af sygdom.",
        signup_method=EventPage.LINK,
        signup_url="https://billetter.example.dk/temadag",
    )
    return calendar


PAGES = {
    "calendar": (FILTERED, "Arrangementer"),
    "archive": ("/arrangementer/arkiv/", "Arrangementer"),
    "course": ("/arrangementer/kursusraekke/", "Kursusrække for nye bestyrelser"),
    "cancelled": ("/arrangementer/aflyst-temadag/", "Aflyst Temadag om unge frivillige"),
}


@pytest.mark.parametrize("name", PAGES)
def test_event_pages_have_no_accessibility_violations_on_a_desktop(browser_page, events_site, name):
    path, heading = PAGES[name]
    browser_page.goto(path)
    assert " ".join(browser_page.locator("h1").inner_text().split()) == heading
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


@pytest.mark.parametrize("name", PAGES)
def test_event_pages_have_no_accessibility_violations_on_a_phone(phone_page, events_site, name):
    path, heading = PAGES[name]
    phone_page.goto(path)
    assert " ".join(phone_page.locator("h1").inner_text().split()) == heading
    if name in ("calendar", "archive"):
        phone_page.locator("#filter-panel > summary").click()
        phone_page.locator("#filter-panel form").wait_for(state="visible")
    assert_accessible(phone_page)


def test_the_calendar_filters_and_pages_in_the_browser(browser_page, events_site):
    browser_page.goto("/arrangementer/")
    assert browser_page.locator(".event-card").count() == 12
    browser_page.locator("label[for=filter-type-kursus]").click()
    browser_page.locator(".directory-filters button[type=submit]").click()
    browser_page.wait_for_url("**/arrangementer/?*type=kursus*")
    titles = browser_page.locator(".directory-card-link").all_inner_texts()
    assert "Kursusrække for nye bestyrelser" in titles and "Arrangement 01" not in titles
    assert_accessible(browser_page)

"""Upcoming events show where citizens already are: the home page, the association's page, the policy's initiatives."""

import pytest

from policy.factories import FocusAreaPageFactory, PolicyPageFactory, initiative
from portal_events.factories import EventPageFactory, in_days
from tests.helpers import soup_of, text_of

pytestmark = pytest.mark.django_db


def section(response, key, prefix):
    heading = soup_of(response).find(id=f"{prefix}-section-{key}")
    return heading.find_parent("section") if heading else None


def test_the_home_page_shows_the_next_three_upcoming_events(client, calendar, association):
    for days in (9, 2, 5, 30):
        EventPageFactory(parent=calendar, title=f"Om {days} dage", dates=[(in_days(days), None)])
    EventPageFactory(parent=calendar, title="Aflyst", is_cancelled=True, dates=[(in_days(1), None)])
    EventPageFactory(parent=calendar, title="Forbi", dates=[(in_days(-1), None)])
    events = section(client.get("/"), "events", "home")
    titles = [text_of(link) for link in events.select("h3 a")]
    assert titles == ["Om 2 dage", "Om 5 dage", "Om 9 dage"]
    assert events.find("a", href="/arrangementer/")


def test_the_home_page_has_no_event_section_without_events(client, calendar):
    assert section(client.get("/"), "events", "home") is None


def test_an_association_page_shows_its_own_upcoming_events(client, calendar, association):
    EventPageFactory(parent=association, title="Klubfest", dates=[(in_days(4, 18), None)])
    EventPageFactory(parent=association, title="Generalforsamling", is_cancelled=True, dates=[(in_days(6), None)])
    EventPageFactory(parent=association, title="Sidste års fest", dates=[(in_days(-6), None)])
    EventPageFactory(parent=calendar, title="Kommunens temadag")
    events = section(client.get(association.url), "events", "association")
    assert [text_of(link) for link in events.select("h3 a")] == ["Klubfest", "Generalforsamling"]
    assert "kl. 18.00" in text_of(events)
    assert "Aflyst:" in text_of(events.select("li")[1])


def test_an_initiative_carried_out_by_an_event_shows_its_date(client, home, calendar):
    event = EventPageFactory(parent=calendar, title="Temadag om frivillighed", dates=[(in_days(10, 9), None)])
    policy = PolicyPageFactory(parent=home)
    FocusAreaPageFactory(parent=policy, slug="fokus", initiatives=[initiative("Temadage", links=[event])])
    response = client.get(f"{policy.url}fokus/")
    assert response.status_code == 200
    links = text_of(soup_of(response).find(class_="policy-links"))
    assert "Temadag om frivillighed" in links and "kl. 9.00" in links or "kl. 09.00" in links

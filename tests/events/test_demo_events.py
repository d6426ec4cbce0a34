"""The demo (make run) has a calendar worth browsing: the kommune's and the associations' events, past and to come."""

import pytest
from django.utils import timezone

from portal_events.demo.content import FULL_EVENT
from portal_events.models import EventIndexPage, EventPage
from tests.helpers import card_titles

pytestmark = pytest.mark.django_db


def test_the_demo_has_at_least_twenty_events_of_every_kind(demo):
    events = EventPage.objects.live()
    now = timezone.now()
    assert events.count() >= 20
    assert events.filter(ends_at__lt=now).exists() and events.filter(ends_at__gte=now).count() >= 12
    assert events.child_of(EventIndexPage.objects.get()).count() >= 8  # the kommune's own
    assert events.exclude(path__startswith=EventIndexPage.objects.get().path).count() >= 6  # associations
    assert events.filter(is_cancelled=True).count() == 1
    assert events.filter(signup_method=EventPage.LINK).count() >= 2
    assert events.filter(is_free=True).exists() and events.filter(is_free=False).exists()
    assert events.filter(no_danish_needed=True).count() >= 3
    assert {value for value, _label in EventPage.TYPE_CHOICES} == set(events.values_list("event_type", flat=True))
    series = [event for event in events if event.dates.count() > 1]
    assert any(event.event_type == EventPage.COURSE for event in series)
    full = events.get(slug=FULL_EVENT)
    assert full.signup_method == EventPage.FORM and full.signup_capacity <= 5 and full.ends_at > now


def test_the_demo_calendar_home_page_and_an_association_show_events(demo, client):
    response = client.get("/arrangementer/")
    assert response.status_code == 200 and len(card_titles(response)) == 12
    assert client.get("/arrangementer/arkiv/").status_code == 200
    assert "Kommende arrangementer" in client.get("/").content.decode()
    assert "Åben træning for nye spillere" in client.get("/foreninger/egebjerg-boldklub/").content.decode()
    assert client.get("/arrangementer/ical/").status_code == 200


def test_the_demo_representative_sees_their_association_events_in_the_admin(demo):
    club = EventPage.objects.get(slug="aaben-traening")
    assert club.get_parent().slug == "egebjerg-boldklub"


def test_the_demo_policy_initiatives_name_the_events_that_carry_them_out(demo, client):
    response = client.get("/frivilligpolitik/flere-unge-frivillige/")
    assert response.status_code == 200
    links = " ".join(response.content.decode().split())
    assert "Kursusrække: Ny i bestyrelsen" in links and "(Arrangement: " in links

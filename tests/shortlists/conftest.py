"""Fixtures the shortlists' tests share: offers in a small kommune, and the staff who match citizens to them."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from directory.factories import (
    ActivityFactory,
    AssociationContactFactory,
    AssociationPageFactory,
    KommuneUnitPageFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    representative_of,
)
from portal_events.factories import EventIndexPageFactory, EventPageFactory, in_days
from tests.helpers import logged_in, member_of, publish

GUIDES = "Frivilligvejledere"


@pytest.fixture
def offers(portal_settings, home, directory):
    """A rowing club (an activity, contacts, a task, an event), a grief group that takes messages by form only,
    and a kommune unit's task."""
    club = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        summary="Roning og kajak på fjorden.",
        meeting_place="Bådehuset",
        meeting_times="Tirsdage og torsdage kl. 18",
        street="Havnevej 4",
        postcode="4790",
        city="Fjordlund",
    )
    rowing = ActivityFactory(association=club, name="Morgenroning", when="Lørdage kl. 8", where="Fjorden")
    AssociationContactFactory(association=club, role="Formand", email="formand@roklub.dk", phone="12 34 56 78")
    # A person's name without consent on record (imported data): never shown or sent.
    AssociationContactFactory(
        association=club, role="Kasserer", email="kasserer@roklub.dk", person_name="Jens Hemmelig"
    )
    AssociationContactFactory(
        association=club,
        role="Træner",
        email="traener@roklub.dk",
        person_name="Mette Åben",
        person_phone="87 65 43 21",
        consent_given_by="Mette Åben",
        consent_given_on=date(2026, 1, 5),
    )
    grief = AssociationPageFactory(
        parent=directory,
        title="Lysglimt sorggrupper",
        slug="lysglimt",
        summary="Sorggrupper for efterladte.",
        contact_form_enabled=True,
    )
    AssociationContactFactory(association=grief, role="Koordinator", email="skjult@lysglimt.dk")
    tasks = VolunteerTaskIndexPageFactory(parent=home)
    task = VolunteerTaskPageFactory(
        parent=club,
        title="Hjælp ved kaproningen",
        slug="kaproning",
        start_date=date(2027, 5, 1),
        end_date=date(2027, 5, 2),
        deadline=date(2027, 4, 15),
        where="Havnen",
    )
    unit = KommuneUnitPageFactory(parent=directory, title="Fjordlund Bibliotek", slug="bibliotek")
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=club, title="Prøv roning", slug="proev-roning", dates=[(in_days(10, 10), in_days(10, 12))]
    )
    for page in (club, grief, task, event):
        publish(page)
    return {
        "club": club,
        "rowing": rowing,
        "grief": grief,
        "task": task,
        "unit": unit,
        "event": event,
        "tasks": tasks,
        "events": events,
    }


@pytest.fixture
def guide(db):
    """A volunteer guide (Frivilligvejleder) of the kommune."""
    return member_of(GUIDES, "vejleder", first_name="Vera", last_name="Vejleder")


@pytest.fixture
def guide_client(guide):
    return logged_in(guide)


@pytest.fixture
def communications(db):
    return member_of("Kommunikation", "kommunikation")


@pytest.fixture
def representative(offers):
    return representative_of(offers["club"], "formand@roklub.dk", password="en-lang-og-sikker-adgangskode")


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("chef", "chef@kommune.dk", "en-lang-og-sikker-adgangskode")

"""An association with a task to offer help with, and the people around it."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from directory.factories import (
    AssociationContactFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    LocalityFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
)
from enquiries.models import Enquiry


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each story starts with no sendings counted against the test client's address (core.ratelimit)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def club(home, portal_settings):
    """Fjordlund Roklub, with two role addresses, in Fjordlund, a sports club."""
    directory = DirectoryIndexPageFactory(parent=home)
    VolunteerTaskIndexPageFactory(parent=home)
    club = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="fjordlund-roklub",
        locality=LocalityFactory(name="Fjordlund"),
        categories=[category("Idræt og motion")],
    )
    AssociationContactFactory(association=club, role="Formand", email="formand@fjordlund-roklub.dk")
    AssociationContactFactory(association=club, role="Sekretær", email="sekretaer@fjordlund-roklub.dk")
    return club


@pytest.fixture
def task(club):
    return VolunteerTaskPageFactory(
        parent=club,
        title="Hjælper til kaproningen",
        slug="kaproning",
        deadline=timezone.localdate() + datetime.timedelta(days=30),
    )


def enquiry_data(**changes):
    data = {
        "name": "Maja Jensen",
        "email": "maja@example.dk",
        "phone": "+45 12 34 56 78",
        "message": "Hej!\nJeg kan hjælpe lørdag formiddag.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def make_enquiry(page, organiser=None, **fields):
    """An enquiry as the form stores it, without the emails."""
    organiser = organiser or (
        page.get_parent().specific if page.specific_class.__name__ == "VolunteerTaskPage" else page
    )
    values = {
        "page": page,
        "page_title": page.title,
        "organiser": organiser,
        "organiser_title": organiser.title,
        "name": "Maja Jensen",
        "email": "maja@example.dk",
        "consent_at": timezone.now(),
    }
    values.update(fields)
    return Enquiry.objects.create(**values)

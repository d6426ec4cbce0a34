"""An association's event with two seats and a waiting list, and the citizens who sign up for it."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from core.forms import STARTED_FIELD
from directory.factories import AssociationContactFactory, AssociationPageFactory, DirectoryIndexPageFactory
from portal_events.factories import EventPageFactory, in_days
from signups.forms import SignupForm
from signups.models import Signup, SignupFields
from signups.seats import hash_token, new_token


@pytest.fixture
def club(home, portal_settings):
    directory = DirectoryIndexPageFactory(parent=home)
    club = AssociationPageFactory(parent=directory, title="Fjordlund Roklub", slug="fjordlund-roklub")
    AssociationContactFactory(association=club, role="Formand", email="formand@fjordlund-roklub.dk")
    return club


def form_event(parent, **fields):
    values = {
        "title": "Prøv roning",
        "slug": "proev-roning",
        "place_name": "Roklubbens bådehus",
        "street": "Havnevej 4",
        "postcode": "4790",
        "city": "Fjordlund",
        "signup_method": SignupFields.FORM,
        "signup_capacity": 2,
        "signup_waiting_list": True,
        "dates": [(in_days(14, 10), in_days(14, 12))],
    }
    values.update(fields)
    return EventPageFactory(parent=parent, **values)


@pytest.fixture
def event(club):
    """ "Prøv roning" at Fjordlund Roklub in two weeks: two seats and a waiting list."""
    return form_event(club)


def shown_seconds_ago(seconds=30):
    """The form's hidden "shown at", as if the citizen opened the page that long ago."""
    with time_machine.travel(timezone.now() - timedelta(seconds=seconds), tick=False):
        return SignupForm.started_token()


def signup_data(**changes):
    data = {
        "name": "Maja Jensen",
        "email": "maja@example.dk",
        "phone": "+45 12 34 56 78",
        "note": "Jeg bruger kørestol.",
        "consent": "on",
        "website": "",
        STARTED_FIELD: shown_seconds_ago(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def make_signup(event, name="Maja Jensen", email="maja@example.dk", status=Signup.CONFIRMED, token=None, **fields):
    """A sign-up as the form stores it, without the emails; returns (sign-up, raw token)."""
    token = token or new_token()
    signup = Signup.objects.create(
        page=event,
        name=name,
        email=email,
        status=status,
        consent_at=timezone.now(),
        token_hash=hash_token(token),
        **fields,
    )
    return signup, token


def form_url(page):
    return f"/tilmelding/{page.pk}/"


def receipt_url(page):
    return f"/tilmelding/{page.pk}/tak/"


def cancel_url(token):
    return f"/tilmelding/afmeld/{token}/"

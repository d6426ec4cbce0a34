"""A small directory to publish as open data: two associations with activities, contacts and a task, and a
second kommune on the same installation whose associations must never show up in the first one's feed."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Site

from directory.factories import (
    ActivityFactory,
    AssociationContactFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
    localities,
    target_group,
)
from home.factories import HomePageFactory, root_page
from tests.helpers import publish


@pytest.fixture
def places(db):
    return localities("Fjordlund", "Egebjerg")


@pytest.fixture
def clubs(portal_settings, directory, places):
    """A rowing club (CVR, full address, map position, activities, a person who consented, a task) and a choir
    behind the contact form, with an activity at the choir's own address."""
    roklub = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="fjordlund-roklub",
        summary="Roning på fjorden for alle aldre.",
        categories=[category("Idræt og motion"), category("Natur og miljø")],
        target_groups=[target_group("Unge")],
        locality=places["Fjordlund"],
        cvr="31068142",
        website="https://roklub.example.dk",
        meeting_place="Bådehuset",
        latitude="55.123456",
        longitude="10.654321",
        external_id="R-1",
    )
    ActivityFactory(
        association=roklub, name="Motionsroning", description="Ro med på tirsdage.", where="Bådehuset, Havnevej 2"
    )
    ActivityFactory(association=roklub, name="Kajak for begyndere", is_free=True, where="  bådehuset ")
    AssociationContactFactory(
        association=roklub,
        role="Formand",
        email="formand@roklub.example.dk",
        phone="70 11 22 33",
        person_name="Mette Hansen",
        person_phone="20 30 40 50",
        consent_given_by="Mette Hansen",
        consent_given_on=datetime.date(2025, 1, 2),
    )
    AssociationContactFactory(
        association=roklub, role="Kasserer", email="kasserer@roklub.example.dk", person_name="Ole Uden Samtykke"
    )
    VolunteerTaskPageFactory(
        parent=roklub,
        title="Hjælp til kajakstævnet",
        summary="Vi mangler hjælpere til stævnet.",
        where="Havnen",
        locality=places["Fjordlund"],
        minimum_age=15,
    )
    kor = AssociationPageFactory(
        parent=directory,
        title="Egebjerg Kor",
        slug="egebjerg-kor",
        summary="Et kor for alle, der kan lide at synge.",
        categories=[category("Kultur og musik")],
        locality=places["Egebjerg"],
        contact_form_enabled=True,
        external_id="K-2",
    )
    ActivityFactory(association=kor, name="Korprøve", when="Onsdage kl. 19–21", where="")
    AssociationContactFactory(association=kor, role="Dirigent", email="dirigent@kor.example.dk")
    clubs = {"roklub": publish(roklub), "kor": publish(kor)}
    # A published association that is not in the feed: it went unconfirmed (directory/freshness.py).
    AssociationPageFactory(parent=directory, title="Glemt Forening", unconfirmed=True)
    return clubs


@pytest.fixture
def other_kommune(db):
    """A second site (another kommune, another host name) with a directory and an association of its own."""
    home = HomePageFactory(parent=root_page(), title="Nabokommune", slug="nabokommune")
    Site.objects.create(hostname="nabo.example.dk", port=80, root_page=home, site_name="Nabokommune")
    directory = DirectoryIndexPageFactory(parent=home)
    nabo = AssociationPageFactory(
        parent=directory,
        title="Naboforeningen",
        slug="naboforeningen",
        categories=[category("Idræt og motion")],
        last_published_at=timezone.now(),
    )
    ActivityFactory(association=nabo, name="Naboernes fodbold")
    VolunteerTaskPageFactory(parent=nabo, title="Nabohjælp")
    return {"home": home, "association": publish(nabo)}

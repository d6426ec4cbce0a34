"""A small directory to print: two associations in three categories, and a second kommune's site beside it."""

import datetime
import io
import re

import pytest
from pypdf import PdfReader
from wagtail.models import Site

from directory.factories import (
    ActivityFactory,
    AssociationContactFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    category,
    localities,
)
from home.factories import HomePageFactory, root_page
from home.models import PortalSettings
from tests.helpers import publish


@pytest.fixture(autouse=True)
def catalogue_storage(settings, tmp_path):
    """Each test stores its PDFs in a folder of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def associations(directory, portal_settings):
    """Fjordlund Spejderne (Natur og miljø and Spejder) with a consented and a private contact; Fjordlund Roklub
    (Idræt og motion), which takes messages through a form and so shows no addresses."""
    towns = localities("Egebjerg", "Fjordlund")
    spejderne = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Spejderne",
        slug="spejderne",
        summary="Spejder for børn og unge i skoven ved fjorden.",
        locality=towns["Egebjerg"],
        meeting_place="Spejderhytten",
        meeting_times="Onsdage kl. 18–20",
        street="Skovvej 12",
        postcode="4790",
        city="Fjordlund",
        categories=[category("Spejder"), category("Natur og miljø")],
    )
    ActivityFactory(association=spejderne, name="Ulvegruppen", when="Onsdage kl. 18–19.30", is_free=True)
    AssociationContactFactory(
        association=spejderne,
        role="Gruppeleder",
        email="leder@spejderne.dk",
        person_name="Karen Skovgaard",
        person_phone="22 33 44 55",
        consent_given_by="Karen Skovgaard",
        consent_given_on=datetime.date(2026, 3, 1),
    )
    # Typed in before consent was asked for (the admin refuses it now): never printed.
    AssociationContactFactory(
        association=spejderne,
        role="Kasserer",
        email="kasserer@spejderne.dk",
        person_name="Hemmelig Hansen",
        person_phone="87 65 43 21",
    )
    roklub = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        locality=towns["Fjordlund"],
        street="Havnevej 4",
        contact_form_enabled=True,
        categories=[category("Idræt og motion")],
    )
    ActivityFactory(association=roklub, name="Morgenroning", when="Lørdage kl. 8")
    AssociationContactFactory(association=roklub, role="Formand", email="formand@roklub.dk")
    return {"spejderne": publish(spejderne), "roklub": publish(roklub)}


@pytest.fixture
def andeby(database):
    """A second kommune on the same installation: its own site (andeby.test), home page, settings and directory."""
    home = HomePageFactory(parent=root_page(), title="Andeby", slug="andeby")
    site = Site.objects.create(hostname="andeby.test", port=80, root_page=home, site_name="Andeby")
    settings = PortalSettings.for_site(site)
    settings.kommune_name = "Andeby Kommune"
    settings.save()
    directory = DirectoryIndexPageFactory(parent=home)
    association = AssociationPageFactory(
        parent=directory,
        title="Andeby Andefodbold",
        slug="andefodbold",
        city="Andeby",
        categories=[category("Idræt og motion")],
    )
    ActivityFactory(association=association, name="Andebold")
    return publish(association)


def pdf_of(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(b"".join(response.streaming_content)))


def words(text):
    return " ".join(text.split())


def page_texts(reader):
    return [words(page.extract_text()) for page in reader.pages]


def full_text(reader):
    return " ".join(page_texts(reader))


def outline(reader, items=None, level=0):
    """The PDF's bookmarks as (level, title), in order."""
    found = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            found += outline(reader, item, level + 1)
        else:
            found.append((level, item.title))
    return found


def contents_entries(reader):
    """{chapter: page number} as the table of contents (the second page) prints them."""
    text = page_texts(reader)[1].removeprefix("Indhold")
    return {name.strip(): int(number) for name, number in re.findall(r"([A-ZÆØÅ][^.\d]+?)\s*\.+\s*(\d+)", text)}

"""Fixtures the premises' tests share: the listing and three places in three towns."""

import pytest

from directory.factories import localities
from premises.factories import PremisesIndexPageFactory, PremisesPageFactory, RoomFactory, facility
from tests.helpers import publish


@pytest.fixture
def towns(db):
    return localities("Egebjerg", "Fjordlund", "Kløvermose")


@pytest.fixture
def premises_page(home, portal_settings):
    return PremisesIndexPageFactory(parent=home)


@pytest.fixture
def places(premises_page, towns):
    """The library's meeting room (Fjordlund, 40, free, step-free), the village hall (Kløvermose, 120, a price,
    steps) and the community house (Egebjerg, 60, free, step-free)."""
    library = PremisesPageFactory(
        parent=premises_page,
        title="Mødelokalerne på biblioteket",
        slug="biblioteket",
        locality=towns["Fjordlund"],
        city="Fjordlund",
        capacity=40,
        is_free=True,
        step_free=True,
        facilities=[facility("Wifi"), facility("Projektor/skærm"), facility("Handicaptoilet")],
    )
    RoomFactory(premises=library, name="Fjordsalen", capacity=40)
    hall = PremisesPageFactory(
        parent=premises_page,
        title="Kløvermose Forsamlingshus",
        slug="forsamlingshuset",
        locality=towns["Kløvermose"],
        city="Kløvermose",
        street="Mosevej 3",
        postcode="4792",
        capacity=120,
        price="500 kr. i weekenden",
        facilities=[facility("Køkken"), facility("Parkering")],
    )
    house = PremisesPageFactory(
        parent=premises_page,
        title="Egebjerg Medborgerhus",
        slug="medborgerhuset",
        locality=towns["Egebjerg"],
        city="Egebjerg",
        capacity=60,
        is_free=True,
        step_free=True,
        facilities=[facility("Køkken"), facility("Wifi")],
    )
    return {"library": publish(library), "hall": publish(hall), "house": publish(house)}

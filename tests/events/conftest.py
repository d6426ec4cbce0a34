"""Fixtures the events' tests share: the kommune's calendar, a few towns and an association."""

import pytest

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, localities
from portal_events.factories import EventIndexPageFactory


@pytest.fixture
def places(db):
    return localities("Egebjerg", "Fjordlund", "Strandbæk")


@pytest.fixture
def calendar(home, portal_settings):
    """/arrangementer/: the kommune's calendar."""
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def directory(home):
    return DirectoryIndexPageFactory(parent=home)


@pytest.fixture
def association(directory, places):
    association = AssociationPageFactory(
        parent=directory, title="Egebjerg Boldklub", slug="egebjerg-boldklub", locality=places["Egebjerg"]
    )
    association.contacts.create(role="Formand", email="formand@egebjerg-boldklub.dk")
    return association

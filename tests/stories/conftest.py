"""Fixtures the stories' tests share: the story index ("Gode historier") and a lead image."""

import pytest
import wagtail_factories

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory
from stories.factories import StoryIndexPageFactory


@pytest.fixture
def stories(home, portal_settings):
    """The story index under the front page, /gode-historier/."""
    return StoryIndexPageFactory(parent=home)


@pytest.fixture
def directory(home):
    return DirectoryIndexPageFactory(parent=home)


@pytest.fixture
def rowing_club(directory):
    club = AssociationPageFactory(
        parent=directory, title="Fjordlund Roklub", slug="roklub", summary="Roning på fjorden."
    )
    club.save_revision().publish()
    return club


@pytest.fixture
def photo(database):
    return wagtail_factories.ImageFactory(title="Roere på fjorden", description="Fire roere i en båd.")

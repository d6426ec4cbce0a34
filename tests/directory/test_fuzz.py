"""Whatever is sent to an association's contact form, the answer is the page or the thank-you, never 5xx."""

import pytest
from hypothesis import given

from directory.factories import AssociationContactFactory, AssociationPageFactory, DirectoryIndexPageFactory
from tests.hostile import FORM_FUZZ, FuzzClient, assert_answered, hostile_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

VALID = {
    "name": "Maja Jensen",
    "email": "maja@example.dk",
    "phone": "+45 12 34 56 78",
    "message": "Hej! Kan jeg komme og prøve at ro på lørdag?",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def club(home, portal_settings):
    directory = DirectoryIndexPageFactory(parent=home)
    club = AssociationPageFactory(parent=directory, slug="fjordlund-roklub", contact_form_enabled=True)
    AssociationContactFactory(association=club, email="formand@fjordlund-roklub.dk")
    return club


@FORM_FUZZ
@given(data=hostile_form(VALID))
def test_the_contact_form_answers_any_input_with_the_page_or_the_thanks(club, settings, data):
    settings.RATELIMIT_ENABLE = False
    assert_answered(FuzzClient().post("/foreninger/fjordlund-roklub/", data))

"""No user's email hash goes to gravatar.com: the admin shows its own avatar, for staff and volunteers alike."""

import pytest
from django.urls import reverse

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, representative_of
from tests.helpers import PASSWORD, logged_in, member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def representative(home):
    association = AssociationPageFactory(parent=DirectoryIndexPageFactory(parent=home), title="Fjordlund Roklub")
    return representative_of(association, "formand@roklub.dk", PASSWORD)


@pytest.fixture
def editor(db):
    return member_of("Kommunikation", "kommunikation", email="kommunikation@fjordlund.dk")


@pytest.mark.parametrize("who", ["representative", "editor"])
@pytest.mark.parametrize("screen", ["wagtailadmin_home", "wagtailadmin_account", "wagtailadmin_explore_root"])
def test_no_admin_screen_links_to_gravatar(request, who, screen, settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    html = logged_in(request.getfixturevalue(who)).get(reverse(screen), follow=True).content.decode()
    assert "gravatar" not in html.lower()
    assert "avatar" in html.lower()  # the admin's own default avatar is still shown

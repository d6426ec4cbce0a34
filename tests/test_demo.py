"""An evaluator runs `make run` and meets a furnished portal and working logins.

The demo takes seconds to load, so the suite loads it once (the ``demo`` fixture, which is
also what load_demo printed then) and every test works on that data; each test's own
changes are rolled back as usual.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError
from wagtail.images.models import Image
from wagtail.models import Page, Revision

from home.models import HomePage, PortalSettings, StandardPage
from tests.helpers import load_demo

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "users": get_user_model().objects.count(),
        "latest": sorted(Page.objects.values_list("id", "latest_revision_id", "last_published_at")),
    }


def test_demo_furnishes_the_front_page_with_the_four_ways_in(demo, client):
    home = HomePage.objects.get(locale__language_code="da")
    titles = [block.value["title"] for block in home.entry_points]
    assert titles == ["Find en forening", "Bliv frivillig", "Politikken", "Guides"]
    assert all(block.value["link"]["page"].live for block in home.entry_points)
    assert home.hero_image is not None
    # The plain pages: about, contact and the two footer pages (the policy and guides are the policy app's).
    assert StandardPage.objects.live().filter(locale__language_code="da").count() >= 4
    response = client.get("/")
    assert response.status_code == 200
    assert "Fjordlund" in response.content.decode()


def test_demo_fills_in_the_contact_point_and_footer_pages(demo):
    settings = PortalSettings.objects.get()
    assert settings.kommune_name == "Fjordlund Kommune"
    assert settings.logo is not None
    assert settings.contact_email and settings.contact_phone and settings.contact_opening_hours
    assert settings.privacy_page.live and settings.accessibility_page.live


def test_demo_has_an_english_front_page(demo, client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()


def test_every_demo_page_of_the_frame_renders(demo, client):
    """The home page and the plain pages; the directory's pages are tested with the directory."""
    for page in Page.objects.live().type(HomePage, StandardPage).specific():
        url = page.get_url()
        assert client.get(url).status_code == 200, url


def test_a_second_run_changes_nothing(demo):
    before = snapshot()
    output = load_demo()
    assert snapshot() == before
    assert "Created" not in output


def test_demo_prints_working_logins_for_the_administrator_and_the_editor(demo, client):
    assert "admin" in demo and "fjordlund-admin" in demo
    assert "redaktoer" in demo and "fjordlund-redaktoer" in demo
    for username, password in [("admin", "fjordlund-admin"), ("redaktoer", "fjordlund-redaktoer")]:
        response = client.post("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302, username
        assert client.get("/admin/").status_code == 200
        client.logout()


def test_the_editor_belongs_to_communications_and_is_no_superuser(demo):
    editor = get_user_model().objects.get(username="redaktoer")
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Kommunikation"]


def test_demo_refuses_where_demo_content_is_not_allowed(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    before = snapshot()
    with pytest.raises(CommandError, match="not allowed"):
        load_demo()
    assert snapshot() == before

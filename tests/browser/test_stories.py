"""A citizen reads the good stories in a real browser, on a desktop and on a phone, with no barriers.

axe-core checks the story listing (with a category chosen and a second page) and a story with its
lead image, body blocks and about-cards, at desktop and phone width.
"""

import wagtail_factories

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, VolunteerTaskPageFactory, category
from home.factories import fill_portal_settings, site_home_page
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.database import snapshotted
from tests.helpers import days_ago

from .conftest import assert_accessible

STORY = "/gode-historier/nye-baade/"


@snapshotted
def story_site():
    home = site_home_page()
    fill_portal_settings()
    directory = DirectoryIndexPageFactory(parent=home)
    club = AssociationPageFactory(parent=directory, title="Fjordlund Roklub", summary="Roning på fjorden.")
    task = VolunteerTaskPageFactory(parent=club, title="Hjælper i følgebåden", summary="Sejl med til stævner.")
    index = StoryIndexPageFactory(parent=home, show_in_menus=True)
    photo = wagtail_factories.ImageFactory(title="Roere", description="Fire roere i en båd.")
    names = ["Idræt og motion", "Natur og miljø", "Ældre"]
    for n in range(12):
        StoryPageFactory(
            parent=index,
            title=f"Historie nummer {n:02d}",
            story_date=days_ago(n + 1),
            categories=[category(names[n % 3])],
            lead_image=photo if n % 2 else None,
            lead_image_alt="Fire roere i en båd" if n % 2 else "",
        )
    StoryPageFactory(
        parent=index,
        title="Roklubben fik nye både",
        slug="nye-baade",
        intro="Efter to års indsamling kunne roklubben søsætte to nye inriggere.",
        byline="Tekst: Mette Kragh",
        lead_image=photo,
        lead_image_alt="To nye både ved broen",
        lead_image_caption="Søsætningen i maj.",
        categories=[category("Idræt og motion")],
        body=[
            ("heading", {"text": "En stor dag på havnen", "level": "h2"}),
            ("paragraph", "<p>Hele klubben var mødt op.</p>"),
            ("quote", {"quote": "Vi har ventet længe på det her.", "attribution": "Formanden"}),
        ],
        about=[club, task],
    )
    return index


def test_story_listing_has_no_accessibility_violations(browser_page, story_site):
    browser_page.goto("/gode-historier/?kategori=idraet-og-motion")
    assert browser_page.locator(".story-card").count() >= 1
    assert_accessible(browser_page)
    browser_page.goto("/gode-historier/?page=2")
    assert browser_page.get_by_role("navigation", name="Sider").is_visible()
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_story_has_no_accessibility_violations(browser_page, story_site):
    browser_page.goto(STORY)
    assert browser_page.locator("h1").inner_text() == "Roklubben fik nye både"
    assert browser_page.locator(".story-about-card").count() == 2
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_on_a_phone_the_stories_have_no_accessibility_violations(phone_page, story_site):
    phone_page.goto("/gode-historier/")
    assert phone_page.locator(".story-card").first.is_visible()
    assert_accessible(phone_page)
    phone_page.goto(STORY)
    assert phone_page.locator(".story-lead-image img").is_visible()
    assert_accessible(phone_page)

"""A citizen meets a kommune unit's page, a unit's project and an association nobody has confirmed
for over a year, in a real browser, with no barriers (axe-core, zero violations)."""

import datetime

from django.utils import timezone

from directory.factories import (
    AssociationContactFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    KommuneUnitPageFactory,
    LocalityFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
    target_group,
)
from directory.models import AssociationPage
from home.factories import fill_portal_settings, site_home_page
from tests.database import snapshotted

from .conftest import assert_accessible


@snapshotted
def units_site():
    """A library with two projects, and an association gone "ikke bekræftet" with a task."""
    home = site_home_page()
    fill_portal_settings()
    directory = DirectoryIndexPageFactory(parent=home, show_in_menus=True)
    VolunteerTaskIndexPageFactory(parent=home, show_in_menus=True)
    fjordlund = LocalityFactory(name="Fjordlund")
    library = KommuneUnitPageFactory(
        parent=directory,
        title="Fjordlund Bibliotek",
        slug="fjordlund-bibliotek",
        summary="Kommunens bibliotek på Torvet.",
        description=[("paragraph", "<p>Frivillige læser højt og hjælper med it.</p>")],
        locality=fjordlund,
        categories=[category("Kultur og musik")],
        target_groups=[target_group("Ældre")],
        contact_name="Frivilligkoordinator",
        contact_email="frivillig@bibliotek.testrup.dk",
        contact_phone="70 10 20 40",
    )
    VolunteerTaskPageFactory(
        parent=library,
        title="It-hjælper for seniorer",
        slug="it-hjaelper",
        summary="Hjælp ældre med MitID.",
        requires_child_certificate=False,
        deadline=timezone.localdate() + datetime.timedelta(days=20),
    )
    VolunteerTaskPageFactory(parent=library, title="Højtlæsning for børn", slug="hoejtlaesning")
    club = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Krolfklub",
        slug="krolfklub",
        summary="Krolf på plænen ved hallen.",
        locality=fjordlund,
        categories=[category("Idræt og motion")],
    )
    AssociationContactFactory(association=club, email="formand@krolf.dk")
    VolunteerTaskPageFactory(parent=club, title="Banepasser", slug="banepasser")
    confirmed = timezone.now() - datetime.timedelta(days=420)
    AssociationPage.objects.filter(pk=club.pk).update(
        last_confirmed_at=confirmed, freshness_reminders_sent=2, freshness_reminded_at=confirmed, unconfirmed=True
    )
    return library


def test_the_kommune_units_page_has_no_accessibility_violations(browser_page, units_site):
    browser_page.goto("/foreninger/fjordlund-bibliotek/")
    assert browser_page.locator("h1").inner_text() == "Fjordlund Bibliotek"
    assert browser_page.locator(".directory-task-item").count() == 2
    assert browser_page.locator("#kontakt a[href^='mailto:']").is_visible()
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_a_units_project_page_has_no_accessibility_violations(browser_page, units_site):
    browser_page.goto("/foreninger/fjordlund-bibliotek/it-hjaelper/")
    assert "Fjordlund Bibliotek" in browser_page.locator(".directory-task-association").inner_text()
    assert_accessible(browser_page)


def test_an_unconfirmed_association_page_has_no_accessibility_violations(browser_page, units_site):
    browser_page.goto("/foreninger/krolfklub/")
    assert browser_page.locator("#ikke-bekraeftet").is_visible()
    assert browser_page.locator("#sidst-bekraeftet").is_visible()
    assert_accessible(browser_page)
    browser_page.goto("/foreninger/krolfklub/banepasser/")
    assert browser_page.locator("#ikke-bekraeftet").is_visible()
    assert_accessible(browser_page)

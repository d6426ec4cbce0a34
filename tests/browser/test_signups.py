"""Signing up for an event and cancelling in a real browser, at desktop and phone width, without barriers.

axe-core checks the sign-up form (also with its errors shown), the receipt ("you have a seat" and
"on the waiting list as number 1"), the cancel link's confirmation and its result. The form asks
for a few seconds between showing and sending it (core.forms.PublicForm's min_fill_seconds);
Playwright types faster than any person, so the clock is moved on (time_machine) before sending.
"""

from datetime import timedelta

import pytest
import time_machine

from directory.factories import AssociationContactFactory, AssociationPageFactory, DirectoryIndexPageFactory
from home.factories import fill_portal_settings, site_home_page
from portal_events.factories import EventPageFactory, in_days
from signups.models import Signup, SignupFields
from tests.database import snapshotted
from tests.signups.conftest import make_signup

from .conftest import assert_accessible

pytestmark = pytest.mark.usefixtures("mail_queue")

A_PERSONS_PACE = timedelta(seconds=5)
CANCEL_TOKEN = "browser-test-cancel-token-0123456789abcdefghijk"


@snapshotted
def signups_site():
    """Fjordlund Roklub's "Prøv roning" with one seat and a waiting list; Anna has a sign-up to cancel."""
    home = site_home_page()
    fill_portal_settings()
    directory = DirectoryIndexPageFactory(parent=home, title="Find en forening", slug="foreninger")
    club = AssociationPageFactory(parent=directory, title="Fjordlund Roklub", slug="fjordlund-roklub")
    AssociationContactFactory(association=club, role="Formand", email="formand@fjordlund-roklub.dk")
    roning = EventPageFactory(
        parent=club,
        title="Prøv roning",
        slug="proev-roning",
        place_name="Roklubbens bådehus",
        signup_method=SignupFields.FORM,
        signup_capacity=2,
        signup_waiting_list=True,
        dates=[(in_days(14, 10), in_days(14, 12))],
    )
    make_signup(roning, "Anna Andersen", "anna@example.dk", token=CANCEL_TOKEN)
    return roning


def sign_up(page, name, email):
    page.locator("#signup-name").fill(name)
    page.locator("#signup-email").fill(email)
    page.locator("#signup-consent").check()
    with time_machine.travel(A_PERSONS_PACE), page.expect_navigation():
        page.locator(".signup-form button[type=submit]").click()


@pytest.mark.parametrize("viewport", ["browser_page", "phone_page"])
def test_signing_up_until_the_waiting_list_has_no_accessibility_violations(request, viewport, signups_site):
    page = request.getfixturevalue(viewport)
    page.goto(signups_site.url)
    page.locator("#signup-button").click()
    page.wait_for_url("**/tilmelding/*/")
    assert "1 plads tilbage." in page.locator("#signup-seats").inner_text()
    assert_accessible(page)

    # Errors first: the summary, the fields marked, what was typed kept.
    page.locator("#signup-name").fill("Maja Jensen")
    page.locator("#signup-email").fill("maja@")
    with time_machine.travel(A_PERSONS_PACE), page.expect_navigation():
        page.locator(".signup-form button[type=submit]").click()
    assert page.locator(".signup-error-summary").is_visible()
    assert page.locator("#signup-name").input_value() == "Maja Jensen"
    assert page.locator("#signup-email").get_attribute("aria-invalid") == "true"
    assert_accessible(page)

    sign_up(page, "Maja Jensen", "maja@example.dk")
    page.wait_for_url("**/tilmelding/*/tak/")
    assert "Du er tilmeldt" in page.locator("#signup-sent").inner_text()
    assert_accessible(page)

    page.goto(signups_site.url)
    page.locator("#signup-button").click()
    sign_up(page, "Bo Berg", "bo@example.dk")
    page.wait_for_url("**/tilmelding/*/tak/")
    assert "ventelisten som nummer 1" in page.locator("#signup-sent").inner_text()
    assert_accessible(page)
    assert Signup.objects.waiting().count() == 1


@pytest.mark.parametrize("viewport", ["browser_page", "phone_page"])
def test_the_cancel_link_has_no_accessibility_violations(request, viewport, signups_site):
    page = request.getfixturevalue(viewport)
    page.goto(f"/tilmelding/afmeld/{CANCEL_TOKEN}/")
    assert page.locator("h1").inner_text() == "Meld afbud"
    assert_accessible(page)
    with page.expect_navigation():
        page.locator("#cancel-button").click()
    assert "Du er meldt fra" in page.locator("#cancel-result").inner_text()
    assert_accessible(page)

    page.goto("/tilmelding/afmeld/ikke-en-rigtig-noegle/")
    assert page.locator("h1").inner_text() == "Dette afmeldingslink virker ikke"
    assert_accessible(page)

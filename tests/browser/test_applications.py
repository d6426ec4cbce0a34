"""An association applies to join the directory in a real browser, by keyboard, with no barriers.

axe-core checks the form, the form after a failed attempt (with the error summary) and the
receipt; Grethe fills in and sends the whole form with the keyboard on a 390 px phone; and
Kommunikation's list of applications and one application in the admin are checked too.

The form asks for a few seconds between showing and sending it (core.forms.PublicForm's
min_fill_seconds); Playwright types faster than any person, so the clock is moved on
(time_machine, never sleep) before sending, as a person's few seconds would.
"""

from datetime import timedelta

import pytest
import time_machine

from applications.factories import AssociationApplicationFactory
from applications.models import AssociationApplication
from directory.factories import DirectoryIndexPageFactory, category, localities, target_group
from home.factories import fill_portal_settings, site_home_page
from tests.database import snapshotted
from tests.helpers import PASSWORD, member_of
from tests.mail import deliver_queued_mail

from .conftest import assert_accessible, axe_violations

pytestmark = pytest.mark.usefixtures("mail_queue")

URL = "/tilmeld-forening/"
A_PERSONS_PACE = timedelta(seconds=5)


@snapshotted
def applications_site():
    """The directory with its towns, the kommune's settings, and one application waiting in the admin."""
    home = site_home_page()
    fill_portal_settings()
    DirectoryIndexPageFactory(parent=home, title="Find en forening", slug="foreninger")
    towns = localities("Fjordlund", "Egebjerg", "Lyngå")
    AssociationApplicationFactory(
        name="Lyngå Strikkeklub",
        summary="Vi strikker tæpper og huer til nyfødte på Lyngå Sygehus.",
        categories=[category("Socialt arbejde")],
        target_groups=[target_group("Familier")],
        locality=towns["Lyngå"],
        contact_name="Inge Berg",
        email="inge@strikkeklub.dk",
    )
    member_of("Kommunikation", "sofie", email="sofie@testrup.dk")
    return towns


def tab_to(page, selector, limit=60):
    """Press Tab until the element is focused, as a keyboard user moves through the form."""
    for _press in range(limit):
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_the_form_has_no_accessibility_violations(browser_page, applications_site):
    browser_page.goto(URL)
    assert browser_page.locator("h1").inner_text() == "Tilmeld jeres forening"
    assert browser_page.locator("form.applications-form").is_visible()
    # Out of sight: its box is clipped to nothing where it stands (not moved left, which an RTL page scrolls to).
    honeypot = browser_page.locator(".directory-hp").filter(has=browser_page.locator("#application-website"))
    box = honeypot.bounding_box()
    assert box["width"] <= 1 and box["height"] <= 1
    assert honeypot.evaluate("element => getComputedStyle(element).clipPath") == "inset(50%)"
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_a_failed_attempt_shows_the_errors_without_accessibility_violations(browser_page, applications_site):
    browser_page.goto(URL)
    browser_page.locator("#application-name").fill("Fjordlund Seniordans")
    browser_page.locator("#application-email").fill("grethe@")
    with time_machine.travel(A_PERSONS_PACE), browser_page.expect_navigation():
        browser_page.locator(".applications-form button[type=submit]").click()
    summary = browser_page.locator(".applications-error-summary")
    assert summary.is_visible()
    browser_page.wait_for_function("document.activeElement.classList.contains('applications-error-summary')")
    assert browser_page.locator("#application-name").input_value() == "Fjordlund Seniordans"
    assert browser_page.locator("#application-email").get_attribute("aria-invalid") == "true"
    assert_accessible(browser_page)
    # The summary's links take the keyboard to the fields.
    browser_page.locator(".applications-error-summary a[href='#application-email']").focus()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "application-email"


def test_sent_too_fast_the_form_comes_back_filled_in_and_then_goes_through(browser_page, applications_site):
    browser_page.goto(URL)
    browser_page.locator("#application-name").fill("Fjordlund Seniordans")
    browser_page.locator("#application-summary").fill("Vi danser folkedans for seniorer.")
    browser_page.locator("#application-contact_name").fill("Grethe Holm")
    browser_page.locator("#application-email").fill("grethe@seniordans.dk")
    browser_page.locator("#application-accept_terms").check()
    browser_page.locator("#application-consent").check()
    with browser_page.expect_navigation():
        browser_page.locator(".applications-form button[type=submit]").click()
    assert "Det gik lidt hurtigt" in browser_page.locator(".applications-error-summary").inner_text()
    assert browser_page.locator("#application-email").input_value() == "grethe@seniordans.dk"
    assert browser_page.locator("#application-consent").is_checked()
    assert_accessible(browser_page)
    with time_machine.travel(A_PERSONS_PACE), browser_page.expect_navigation():
        browser_page.locator(".applications-form button[type=submit]").click()
    assert browser_page.url.endswith("/tilmeld-forening/tak/")


def test_an_association_applies_with_the_keyboard_on_a_phone(phone_page, applications_site):
    page = phone_page
    page.goto(URL)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing sticks out sideways

    tab_to(page, "#application-name")
    page.keyboard.type("Fjordlund Seniordans")
    page.keyboard.press("Tab")
    page.keyboard.type("35123407")
    page.keyboard.press("Tab")
    page.keyboard.type("Vi danser folkedans og linedance for seniorer hver onsdag.")
    for box in [
        f"input[name=categories][value='{category('Kultur og musik').pk}']",
        f"input[name=categories][value='{category('Ældre').pk}']",
        f"input[name=target_groups][value='{target_group('Ældre').pk}']",
    ]:
        tab_to(page, box)
        page.keyboard.press("Space")
    tab_to(page, "#application-locality")
    page.keyboard.type("Fjordlund")
    tab_to(page, "#application-web_address")
    page.keyboard.type("seniordans.dk")
    tab_to(page, "#application-contact_name")
    page.keyboard.type("Grethe Holm")
    page.keyboard.press("Tab")
    page.keyboard.type("grethe@seniordans.dk")
    page.keyboard.press("Tab")
    page.keyboard.type("21 43 65 87")
    tab_to(page, "#application-accept_terms")
    page.keyboard.press("Space")
    tab_to(page, "#application-consent")
    page.keyboard.press("Space")
    tab_to(page, ".applications-form button[type=submit]")  # the honeypot is skipped on the way
    with time_machine.travel(A_PERSONS_PACE), page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/tilmeld-forening/tak/")
    assert page.locator("h1").inner_text() == "Tak for jeres ansøgning"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page)
    application = AssociationApplication.objects.get(name="Fjordlund Seniordans")
    assert application.cvr == "35123407"
    assert application.locality == applications_site["Fjordlund"]
    assert set(application.categories.values_list("name", flat=True)) == {"Kultur og musik", "Ældre"}
    assert list(application.target_groups.values_list("name", flat=True)) == ["Ældre"]
    assert application.website == "https://seniordans.dk"
    assert application.email == "grethe@seniordans.dk"
    assert {tuple(email.to) for email in deliver_queued_mail()} == {("grethe@seniordans.dk",), ("sofie@testrup.dk",)}


def log_in(page, username):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


SIDEBAR_SEARCH = '<form role="search" class="w-h-[42px]'


def admin_violations(page):
    """axe-core's violations on an admin screen, but for one that is Wagtail's own on every admin screen.

    Wagtail's sidebar search and a screen's own search (the dashboard's, a listing's) are both
    role="search" with no name to tell them apart: axe's best-practice rule landmark-unique
    flags Wagtail's sidebar on its own dashboard too. That one node is left out; anything else fails.
    """
    violations = []
    for violation in axe_violations(page):
        nodes = [node for node in violation["nodes"] if not node["html"].startswith(SIDEBAR_SEARCH)]
        if violation["id"] != "landmark-unique" or nodes:
            violations.append(f"{violation['id']}: {violation['help']} — {[node['html'][:120] for node in nodes]}")
    return violations


def test_kommunikations_list_and_application_have_no_accessibility_violations(browser_page, applications_site):
    log_in(browser_page, "sofie")
    browser_page.goto("/admin/applications/")
    assert browser_page.locator("text=Lyngå Strikkeklub").first.is_visible()
    assert admin_violations(browser_page) == []
    browser_page.locator("a", has_text="Lyngå Strikkeklub").first.click()
    browser_page.wait_for_url("**/admin/applications/inspect/**")
    assert browser_page.locator("text=inge@strikkeklub.dk").is_visible()
    assert admin_violations(browser_page) == []
    inspect_url = browser_page.url
    browser_page.locator("a", has_text="Afvis").first.click()
    browser_page.wait_for_url("**/admin/applications/reject/**")
    assert admin_violations(browser_page) == []
    browser_page.goto(inspect_url)
    browser_page.locator("a", has_text="Godkend").first.click()
    browser_page.wait_for_url("**/admin/applications/approve/**")
    assert "inge@strikkeklub.dk" in browser_page.locator("main").inner_text()
    assert admin_violations(browser_page) == []

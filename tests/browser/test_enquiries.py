"""A citizen offers to help on a phone, by keyboard alone; a representative answers in the admin.

On the demo site in Chromium: the citizen opens a task at 390×844, reaches "Jeg vil gerne hjælpe"
and sends the form with Tab, typing, Space and Enter only, and lands on the receipt. axe-core checks
the form (also with its errors shown), the receipt, and the demo representative's enquiry list,
inspect and edit screens.
"""

import pytest

from directory.demo.content import REPRESENTATIVE_DEFAULT_PASSWORD
from directory.models import VolunteerTaskPage
from enquiries.models import Enquiry

from .conftest import assert_accessible

pytestmark = pytest.mark.usefixtures("mail_queue")


def task_url():
    return VolunteerTaskPage.objects.get(slug="traener-for-u9-drengene").url


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Could not reach {selector} with the Tab key")


def test_a_citizen_offers_to_help_by_keyboard_on_a_phone(phone_page, demo):
    before = Enquiry.objects.count()
    phone_page.goto(task_url())
    tab_to(phone_page, "#enquiry-button")
    phone_page.keyboard.press("Enter")
    phone_page.wait_for_url("**/jeg-vil-hjaelpe/*/")
    assert "Du melder dig til: Træner for U9-drengene hos Egebjerg Boldklub" in phone_page.locator("main").inner_text()
    assert_accessible(phone_page)

    tab_to(phone_page, "#enquiry-name")
    phone_page.keyboard.type("Maja Jensen")
    phone_page.keyboard.press("Tab")
    assert phone_page.evaluate("document.activeElement.id") == "enquiry-email"
    phone_page.keyboard.type("maja@example.dk")
    tab_to(phone_page, "#enquiry-message")
    phone_page.keyboard.type("Jeg har tid tirsdag og torsdag.")
    tab_to(phone_page, "#enquiry-consent")
    phone_page.keyboard.press("Space")
    assert phone_page.locator("#enquiry-consent").is_checked()
    tab_to(phone_page, ".enquiry-form button[type=submit]")
    phone_page.keyboard.press("Enter")

    phone_page.wait_for_url("**/jeg-vil-hjaelpe/*/tak/")
    assert "Tak, Maja" in phone_page.locator("#enquiry-sent").inner_text()
    assert_accessible(phone_page)
    assert Enquiry.objects.count() == before + 1


def test_the_form_with_its_errors_shown_has_no_accessibility_violations(phone_page, demo):
    phone_page.goto(task_url())
    phone_page.locator("#enquiry-button").click()
    phone_page.locator("#enquiry-name").fill("Maja")
    with phone_page.expect_navigation():
        phone_page.locator(".enquiry-form button[type=submit]").click()
    summary = phone_page.locator(".enquiry-error-summary")
    assert summary.is_visible()
    phone_page.wait_for_function("document.activeElement.classList.contains('enquiry-error-summary')")
    assert phone_page.locator("#enquiry-name").input_value() == "Maja"
    assert phone_page.locator("#enquiry-email").get_attribute("aria-invalid") == "true"
    assert_accessible(phone_page)


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def test_a_representative_answers_an_enquiry_in_an_accessible_admin(browser_page, demo):
    waiting = Enquiry.objects.get(name="Amira Haddad")
    log_in(browser_page, "egebjerg-boldklub", REPRESENTATIVE_DEFAULT_PASSWORD)

    browser_page.goto("/admin/enquiries/")
    listing = browser_page.locator("main").inner_text()
    assert "Amira Haddad" in listing
    assert "Jonas Vestergaard" not in listing  # Lyngå Naturplejelaug's enquiry
    assert_accessible(browser_page)

    browser_page.goto(f"/admin/enquiries/inspect/{waiting.pk}/")
    assert "Min søn spiller på U9-holdet" in browser_page.locator("main").inner_text()
    assert_accessible(browser_page)

    browser_page.goto(f"/admin/enquiries/edit/{waiting.pk}/")
    assert_accessible(browser_page)
    browser_page.locator("input[name=status][value=answered]").check()
    browser_page.locator("footer button[type=submit]").first.click()
    browser_page.wait_for_url("**/admin/enquiries/")
    waiting.refresh_from_db()
    assert waiting.status == Enquiry.ANSWERED


def test_a_filled_task_offers_other_ways_in_without_accessibility_violations(phone_page, demo):
    filled = VolunteerTaskPage.objects.get(slug="hjaelpere-til-sommerfodboldskolen")
    response = phone_page.goto(f"/jeg-vil-hjaelpe/{filled.pk}/")
    assert response.status == 410
    assert phone_page.locator("#enquiry-closed").is_visible()
    assert phone_page.get_by_role("link", name="Se alle åbne frivillige opgaver").is_visible()
    assert_accessible(phone_page)

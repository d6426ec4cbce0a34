"""A volunteer representative on a phone (390x844): logs in, lands on "Jeres forening", confirms the page is current
and opens the edit form. Nothing scrolls sideways, the buttons are in reach, and axe-core finds nothing."""

import datetime

from django.utils import timezone

from directory.demo.content import REPRESENTATIVE_DEFAULT_PASSWORD
from directory.models import AssociationPage
from tests.browser.conftest import assert_accessible
from tests.helpers import danish_date

PHONE_WIDTH = 390
TOLERANCE = 2  # rounding of sub-pixel borders


def log_in(page, username):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(REPRESENTATIVE_DEFAULT_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def settled(page):
    """Wait for the admin's transitions (the message sliding in) to end, so axe-core sees the final colours."""
    page.evaluate("() => Promise.all(document.getAnimations().map((animation) => animation.finished))")


def page_width(page):
    return page.evaluate("document.scrollingElement.scrollWidth")


def in_reach(page, locator):
    """Visible and inside the phone's width (scrolling down to it is fine, sideways is not)."""
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    return locator.is_visible() and box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE_WIDTH


def test_a_representative_confirms_their_page_and_opens_the_edit_form_on_a_phone(phone_page, demo):
    association = AssociationPage.objects.get(slug="egebjerg-boldklub")
    # The demo confirms its associations as it publishes them; this one was last confirmed in the spring.
    AssociationPage.objects.filter(pk=association.pk).update(
        last_confirmed_at=timezone.now() - datetime.timedelta(days=200)
    )
    log_in(phone_page, "egebjerg-boldklub")

    # The dashboard is their corner.
    assert phone_page.locator("h1").inner_text() == "Jeres forening"
    section = phone_page.locator(f"[data-corner-association='{association.pk}']")
    assert section.locator("h2").inner_text() == association.title
    assert page_width(phone_page) <= PHONE_WIDTH + TOLERANCE
    assert_accessible(phone_page)

    # One click confirms the page; the date shows today.
    before = section.locator("[data-corner-confirmed]").inner_text()
    confirm = section.get_by_role("button", name="Bekræft at siden er opdateret")
    assert in_reach(phone_page, confirm)
    confirm.click()
    phone_page.wait_for_load_state()
    assert "er bekræftet som opdateret i dag" in phone_page.locator(".messages").inner_text()
    confirmed = AssociationPage.objects.get(pk=association.pk).last_confirmed_at
    assert confirmed is not None
    shown = phone_page.locator(f"[data-corner-association='{association.pk}'] [data-corner-confirmed]")
    assert shown.inner_text() != before
    today = timezone.localtime(confirmed).date()
    assert shown.locator("time").get_attribute("datetime")[:10] == today.isoformat()
    assert shown.locator("time").inner_text() == danish_date(today)
    assert page_width(phone_page) <= PHONE_WIDTH + TOLERANCE
    settled(phone_page)
    assert_accessible(phone_page)

    # The edit form fits the phone, and sending it for approval is within reach.
    phone_page.locator(f"[data-corner-association='{association.pk}']").get_by_role(
        "link", name="Rediger siden"
    ).click()
    phone_page.wait_for_url(f"**/admin/pages/{association.pk}/edit/")
    assert page_width(phone_page) <= PHONE_WIDTH + TOLERANCE
    save = phone_page.locator("footer button[type=submit]").first
    assert in_reach(phone_page, save)
    phone_page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    submit = phone_page.locator("button[name=action-submit]")
    assert in_reach(phone_page, submit)
    assert submit.inner_text().strip() == "Send til Godkendelse af ændringer"

    # What the editor's JavaScript draws is Danish too (sidebar, sections, the actions menu).
    shown = phone_page.evaluate(
        """() => [document.body.innerText,
                  ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].map((element) =>
                      [element.getAttribute('aria-label'), element.getAttribute('title'),
                       element.getAttribute('placeholder')].join(' '))].join('\\n')"""
    )
    for english in ("More actions", "Toggle sidebar", "Toggle section", "Submit to", "Choose ", "Main menu"):
        assert english not in shown

    # The editor's header menu offers the confirmation too: one question, one button, back to the form.
    phone_page.keyboard.press("Escape")
    phone_page.locator("header .w-dropdown__toggle--icon").first.click()
    phone_page.get_by_role("link", name="Bekræft at siden er opdateret").click()
    phone_page.wait_for_url(f"**/admin/directory/associations/{association.pk}/confirm/**")
    assert phone_page.locator("h1").inner_text().startswith("Bekræft at siden er opdateret")
    assert page_width(phone_page) <= PHONE_WIDTH + TOLERANCE
    assert_accessible(phone_page)
    phone_page.get_by_role("button", name="Bekræft at siden er opdateret").click()
    phone_page.wait_for_url(f"**/admin/pages/{association.pk}/edit/")
    settled(phone_page)
    assert "er bekræftet som opdateret i dag" in phone_page.locator(".messages").inner_text()
    assert_accessible(phone_page)

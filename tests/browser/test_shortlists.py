"""A volunteer guide collects offers for a citizen and prints them: one journey in Chromium on the demo.

The guide adds an association from its page and a task from the task list with "Føj til forslag",
notes a line, tries to send it without consent, and opens the print: axe-core checks the shortlist, the
send form with its errors and the print page, and in print media the site's header, menus, footer and
buttons are gone and the PDF is A4.
"""

import re

import pytest

from directory.models import AssociationPage
from tests.helpers import PASSWORD, member_of

from .conftest import assert_accessible

A4_POINTS = (595.28, 841.89)  # 210 × 297 mm in PDF points (Chromium rounds to its own pixels, hence approx)


def log_in(page, username):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def assert_accessible_to_staff(page):
    """axe-core's checks, without Wagtail's user bar (shown to staff only, as on every page they visit).

    The bar's links live in a shadow root, and axe-core then no longer sees the skip link as the first
    link of the page ("region: .skipnav"), which no screen reader user meets."""
    page.evaluate("document.querySelector('wagtail-userbar')?.remove()")
    assert_accessible(page)


def test_a_volunteer_guide_collects_offers_and_prints_them_on_a4_without_the_sites_chrome(browser_page, demo):
    member_of("Frivilligvejledere", "vejleder-browser", first_name="Vera", last_name="Vejleder")
    log_in(browser_page, "vejleder-browser")
    club = AssociationPage.objects.get(slug="egebjerg-boldklub")

    browser_page.goto(club.url)
    browser_page.locator(".directory-association > .shortlist-add .shortlist-add-button").click()
    browser_page.wait_for_url("**/vejledning/forslag/*/")
    browser_page.goto("/bliv-frivillig/")
    task_title = browser_page.locator(".directory-card .card-heading").first.inner_text()
    browser_page.locator(".directory-card .shortlist-add-button").first.click()
    browser_page.wait_for_url("**/vejledning/forslag/*/")
    shortlist = browser_page.locator("main")
    assert "Egebjerg Boldklub" in shortlist.inner_text() and task_title in shortlist.inner_text()
    browser_page.locator(".shortlist-note input.form-input").first.fill("Træning tirsdag – spørg efter træneren")
    browser_page.locator(".shortlist-note button").first.click()
    browser_page.wait_for_url("**/vejledning/forslag/*/#punkt-*")
    browser_page.goto(browser_page.url.split("#")[0])
    assert "Træning tirsdag – spørg efter træneren" in browser_page.locator(".shortlist-item").first.inner_html()
    assert_accessible_to_staff(browser_page)

    browser_page.get_by_role("link", name="Send til borgeren").click()
    browser_page.wait_for_url("**/send/")
    browser_page.locator("#id_organisers_0").check()  # an introduction without the citizen's consent
    browser_page.locator("#id_email").fill("karen@example.dk")
    browser_page.get_by_role("button", name="Send").click()
    assert browser_page.locator(".shortlist-error-summary").is_visible()
    assert_accessible_to_staff(browser_page)
    browser_page.go_back()
    browser_page.go_back()

    browser_page.get_by_role("link", name="Udskriv").click()
    browser_page.wait_for_url("**/udskriv/")
    assert_accessible_to_staff(browser_page)
    browser_page.emulate_media(media="print")
    for chrome in ("header.header", "footer .footer", ".shortlist-no-print >> nth=0"):
        assert not browser_page.locator(chrome).is_visible(), chrome
    items = browser_page.locator(".shortlist-print-item")
    assert items.count() == 2 and items.first.is_visible()
    assert "Træning tirsdag – spørg efter træneren" in items.first.inner_text()

    pdf = browser_page.pdf(prefer_css_page_size=True)
    width, height = (float(size) for size in re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf).groups())
    assert (width, height) == pytest.approx(A4_POINTS, abs=1.5)

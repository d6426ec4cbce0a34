"""A citizen searches in a real browser: by keyboard, on a phone, without JavaScript, with no barriers.

axe-core checks the results page (desktop and phone, filters folded and opened), the
zero-results page and the empty search page. Every search box suggests pages as one types,
as a WAI-ARIA 1.2 combobox: the arrow keys choose a suggestion, Enter opens it, Escape closes
the list, a click opens it too, and a live region says how many there are. Without JavaScript
the boxes are plain search forms and the filters still work.
"""

import re

from directory.factories import (
    ActivityFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    LocalityFactory,
    category,
)
from home.factories import StandardPageFactory, fill_portal_settings, site_home_page
from search import documents
from tests.database import snapshotted

from .conftest import assert_accessible

RESULTS = "/search/?q=fodbold&locality=egebjerg"


@snapshotted
def search_site():
    """A few associations that play football, one with an activity, and an ordinary page."""
    home = site_home_page()
    fill_portal_settings()
    directory = DirectoryIndexPageFactory(parent=home, show_in_menus=True)
    egebjerg = LocalityFactory(name="Egebjerg")
    birkely = LocalityFactory(name="Birkely")
    club = AssociationPageFactory(
        parent=directory,
        title="Egebjerg Boldklub",
        slug="egebjerg-boldklub",
        summary="Fodbold for alle aldre på Egebjerg Stadion.",
        categories=[category("Idræt og motion"), category("Børn og unge")],
        locality=egebjerg,
    )
    activity = ActivityFactory(
        association=club, name="Kvindefodbold", description="Fodbold for kvinder over 30.", is_free=True
    )
    club.save()
    AssociationPageFactory(
        parent=directory,
        title="Birkely Svømmeklub",
        slug="birkely-svoemmeklub",
        summary="Svømning om vinteren og fodbold på stranden om sommeren.",
        categories=[category("Idræt og motion")],
        locality=birkely,
    )
    for n in range(12):
        AssociationPageFactory(
            parent=directory,
            title=f"Fodboldholdet {n}",
            summary="Fodbold hver tirsdag for alle.",
            categories=[category("Idræt og motion")],
            locality=egebjerg,
        )
    StandardPageFactory(parent=home, title="Fodbold i kommunen", slug="fodbold-i-kommunen", intro="Om banerne.")
    documents.rebuild()
    return {"activity": activity}


def test_the_results_page_has_no_accessibility_violations(browser_page, search_site):
    browser_page.goto(RESULTS)
    assert browser_page.locator("#results-heading").is_visible()
    assert browser_page.locator(".search-result").count() == 10
    assert browser_page.locator(".directory-remove-filter").count() == 1
    assert browser_page.locator(".pagination").is_visible()
    assert browser_page.locator("#filter-panel").get_attribute("open") is not None
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_on_a_phone_the_results_come_first_and_the_filters_open_on_request(phone_page, search_site):
    phone_page.goto(RESULTS)
    panel = phone_page.locator("#filter-panel")
    assert panel.get_attribute("open") is None
    assert phone_page.locator(".search-result").first.is_visible()
    assert_accessible(phone_page)
    phone_page.locator("#filter-panel > summary").click()
    phone_page.locator("label[for=filter-locality-birkely]").wait_for(state="visible")
    assert_accessible(phone_page)


def test_the_zero_results_page_has_no_accessibility_violations(browser_page, search_site):
    browser_page.goto("/search/?q=fodbolt&type=guide")  # corrected to "fodbold", but no guide about it
    assert browser_page.locator("#no-results").is_visible()
    assert browser_page.locator(".search-suggestion a").inner_text() == "fodbold"
    assert browser_page.locator(".search-category-list a").count() >= 10
    assert_accessible(browser_page)


def test_the_empty_search_page_has_no_accessibility_violations(browser_page, search_site):
    browser_page.goto("/search/")
    assert browser_page.locator("#search-page-input").is_visible()
    assert browser_page.locator(".search-category-list a").count() >= 10
    assert_accessible(browser_page)


def suggestions_for(page, box, text):
    """Type ``text`` into a search box like a person and wait for its list of suggestions."""
    page.locator(box).click()
    page.keyboard.type(text, delay=40)
    page.wait_for_selector(f"{box}-listbox [role=option]")
    # Each keystroke asked for suggestions; on a busy machine an answer to an earlier one can still
    # redraw the list, so wait until every answer is in.
    page.wait_for_load_state("networkidle")
    return page.locator(f"{box}-listbox [role=option]")


def test_the_search_box_suggests_pages_and_the_keyboard_chooses_one(browser_page, search_site):
    browser_page.goto("/search/")
    box = browser_page.locator("#search-page-input")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-autocomplete") == "list"

    options = suggestions_for(browser_page, "#search-page-input", "kvinde")
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == "search-page-input-listbox"
    assert browser_page.locator("#search-page-input-listbox").get_attribute("role") == "listbox"
    assert options.first.inner_text().startswith("Kvindefodbold")
    status = browser_page.locator("#search-page-input-listbox ~ [role=status]")
    assert re.match(r"^1 ", status.inner_text())
    assert box.get_attribute("aria-activedescendant") is None

    browser_page.keyboard.press("ArrowDown")
    first = options.first
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    assert browser_page.evaluate("document.activeElement.id") == "search-page-input"  # focus stays in the box
    assert_accessible(browser_page)

    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith(f"/foreninger/egebjerg-boldklub/#aktivitet-{search_site['activity'].pk}")
    assert browser_page.js_errors == []


def test_the_arrow_keys_move_through_the_suggestions_and_escape_closes_them(browser_page, search_site):
    browser_page.goto("/")
    box = browser_page.locator("#header-search")
    options = suggestions_for(browser_page, "#header-search", "fodbold")
    count = options.count()
    assert count >= 3

    browser_page.keyboard.press("ArrowUp")  # from the box, up goes to the last suggestion
    assert box.get_attribute("aria-activedescendant") == options.nth(count - 1).get_attribute("id")
    browser_page.keyboard.press("ArrowDown")  # and down from the last wraps to the first
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    browser_page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.nth(1).get_attribute("id")
    assert options.first.get_attribute("aria-selected") == "false"

    browser_page.keyboard.press("Home")  # back to editing the text, at its start
    assert box.get_attribute("aria-activedescendant") is None
    assert browser_page.evaluate("document.activeElement.selectionStart") == 0

    browser_page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert not browser_page.locator("#header-search-listbox").is_visible()
    assert box.input_value() == "fodbold"

    browser_page.keyboard.press("ArrowDown")  # opens the list again on the first suggestion
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")

    # Enter with no suggestion chosen searches as usual.
    browser_page.keyboard.press("ArrowRight")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert "/search/?q=fodbold" in browser_page.url


def test_a_click_on_a_suggestion_opens_it(browser_page, search_site):
    browser_page.goto("/")
    options = suggestions_for(browser_page, "#home-search-input", "birkely sv")
    with browser_page.expect_navigation():
        options.filter(has_text="Birkely Svømmeklub").first.click()
    assert browser_page.url.endswith("/foreninger/birkely-svoemmeklub/")


def test_one_letter_gives_no_suggestions(browser_page, search_site):
    browser_page.goto("/")
    browser_page.locator("#home-search-input").click()
    browser_page.keyboard.type("f")
    browser_page.wait_for_timeout(400)
    assert browser_page.locator("#home-search-input").get_attribute("aria-expanded") == "false"


def test_the_search_box_on_the_not_found_page_suggests_too(browser_page, search_site):
    response = browser_page.goto("/findes-ikke/")
    assert response.status == 404
    options = suggestions_for(browser_page, "#notfound-search", "kvinde")
    assert options.count() == 1
    assert_accessible(browser_page)


def test_without_javascript_the_search_and_its_filters_work(chromium, live_server, search_site):
    context = chromium.new_context(java_script_enabled=False, base_url=live_server.url, locale="da-DK")
    page = context.new_page()
    try:
        page.goto("/")
        box = page.locator("#header-search")
        assert box.get_attribute("role") is None  # a plain search box
        box.fill("fodbold")
        box.press("Enter")
        page.wait_for_url("**/search/?q=fodbold")
        assert page.locator(".search-result").count() == 10
        assert page.locator("#filter-panel").get_attribute("open") is not None

        page.locator("label[for=filter-locality-birkely]").click()
        page.locator(".directory-filters button[type=submit]").click()
        page.wait_for_url("**/search/?q=fodbold&locality=birkely")
        assert page.locator(".search-result-title a").all_inner_texts() == ["Birkely Svømmeklub"]

        page.locator(".directory-remove-filter").click()
        page.wait_for_url("**/search/?q=fodbold")
        assert page.locator(".search-result").count() == 10
    finally:
        context.close()

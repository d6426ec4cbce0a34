"""A citizen meets the portal in a real browser: in Danish, by keyboard, with no barriers."""

from .conftest import assert_accessible


def test_front_page_is_in_danish(browser_page, demo):
    browser_page.goto("/")
    assert browser_page.locator("html").get_attribute("lang") == "da"
    assert browser_page.locator("h1").first.is_visible()
    assert browser_page.get_by_role("search").first.is_visible()
    assert browser_page.js_errors == []


def test_skip_link_is_the_first_thing_the_keyboard_reaches(browser_page, demo):
    browser_page.goto("/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Gå til sidens indhold"
    assert browser_page.locator("a.skipnav").is_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main-content"


def test_front_page_has_no_accessibility_violations(browser_page, demo):
    browser_page.goto("/")
    assert_accessible(browser_page)


def test_standard_page_has_no_accessibility_violations(browser_page, demo):
    browser_page.goto("/")
    browser_page.get_by_role("navigation", name="Hovedmenu").get_by_role("link").first.click()
    assert browser_page.locator("nav.breadcrumbs").is_visible()
    assert_accessible(browser_page)


def test_search_page_has_no_accessibility_violations(browser_page, demo):
    browser_page.goto("/")
    browser_page.get_by_role("combobox", name="Hvad leder du efter?").fill("frivillig")
    browser_page.get_by_role("combobox", name="Hvad leder du efter?").press("Enter")
    browser_page.wait_for_url("**/search/?q=frivillig")
    assert browser_page.locator("h1").inner_text() == "Søg"
    assert_accessible(browser_page)


def test_not_found_page_has_no_accessibility_violations(browser_page, demo):
    response = browser_page.goto("/findes-ikke/")
    assert response.status == 404
    assert_accessible(browser_page)


def test_english_front_page_has_no_accessibility_violations(browser_page, demo):
    browser_page.goto("/en/")
    assert browser_page.locator("html").get_attribute("lang") == "en"
    assert_accessible(browser_page)


def test_phone_menu_opens_and_closes_by_keyboard(phone_page, demo):
    phone_page.goto("/")
    menu_button = phone_page.get_by_role("button", name="Menu")
    assert menu_button.is_visible()
    menu_button.focus()
    phone_page.keyboard.press("Enter")
    drawer = phone_page.locator("#mobile-drawer")
    drawer.wait_for(state="visible")
    assert drawer.get_by_role("link").first.is_visible()
    assert_accessible(phone_page)
    phone_page.keyboard.press("Escape")
    drawer.wait_for(state="hidden")

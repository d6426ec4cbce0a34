"""Developers read the search API's reference at /api/docs; like every public page it passes axe-core."""

from .conftest import assert_accessible


def test_the_api_reference_is_accessible_and_works_by_keyboard(browser_page, demo):
    # demo: the reference inside the frame a visitor of the demo sees (menu, logo, footer).
    browser_page.goto("/api/docs")
    assert browser_page.get_by_role("heading", level=1).inner_text() == "Frivilligportal search API"
    browser_page.get_by_role("link", name="GET /api/search/suggest").focus()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**#operation-suggest")  # the jump can lag behind the key on a busy machine
    assert browser_page.url.endswith("#operation-suggest")
    assert_accessible(browser_page)

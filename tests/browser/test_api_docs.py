"""Developers read the search API's reference at /api/docs; like every public page it passes axe-core."""

import pytest

from .conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_api_reference_is_accessible_and_works_by_keyboard(browser_page, demo_site):
    # demo_site: a committed database emptied and restored afterwards, like every other browser test.
    browser_page.goto("/api/docs")
    assert browser_page.get_by_role("heading", level=1).inner_text() == "Frivilligportal search API"
    browser_page.get_by_role("link", name="GET /api/search/suggest").focus()
    browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("#operation-suggest")
    assert_accessible(browser_page)

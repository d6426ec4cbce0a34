"""The privacy page's table of how long personal data is kept reads well to everyone (axe-core, in Chromium)."""

from tests.browser.conftest import assert_accessible


def test_the_privacy_page_with_its_retention_table_is_accessible(browser_page, demo):
    browser_page.goto("/privatlivspolitik/")
    table = browser_page.locator("table.retention-table")
    assert table.locator("tbody tr").count() >= 4
    assert "90 dage" in table.inner_text()
    assert_accessible(browser_page)

"""An Arabic-speaking citizen on a phone: the portal runs right to left and still works at 390 px."""

from .conftest import assert_accessible


def test_arabic_on_a_phone_is_right_to_left_without_sideways_scrolling(phone_page, demo):
    phone_page.goto("/ar/foreninger/")
    assert phone_page.locator("html").get_attribute("dir") == "rtl"
    # Nothing sticks out sideways, in either direction.
    assert phone_page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert phone_page.evaluate(
        "[...document.querySelectorAll('body *')].every(e => { const r = e.getBoundingClientRect();"
        " return !r.width || getComputedStyle(e).position === 'absolute'"
        " || (r.left >= -1 && r.right <= innerWidth + 1); })"
    )
    # The Danish page inside the Arabic frame, said so in Arabic.
    assert phone_page.locator("main").get_attribute("lang") == "da"
    assert phone_page.get_by_role("note").inner_text().startswith("لم تُترجم هذه الصفحة بعد")
    # The skip link comes first, shows in the top right corner, and leads to the content.
    phone_page.keyboard.press("Tab")
    skip = phone_page.locator("a.skipnav")
    assert phone_page.evaluate("document.activeElement.classList.contains('skipnav')")
    box = skip.bounding_box()
    assert box["x"] + box["width"] <= 390 and box["x"] > 390 / 2
    phone_page.keyboard.press("Enter")
    assert phone_page.evaluate("document.activeElement.id") == "main-content"
    assert_accessible(phone_page)

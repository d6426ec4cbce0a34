"""The pages that hold people back, in Chromium: each is in Danish, accessible, and leads on.

A citizen who searches too often meets the 429 page in the site's frame; a guesser meets the lockout
page in Wagtail's login frame; Kommunikation's editor, with two-factor authentication required as in
production, sets up an authenticator app from the QR page by keyboard and then gives a code at the next
login. axe-core checks each page.
"""

import datetime

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.helpers import PASSWORD, current_code, member_of

from .conftest import assert_accessible


@pytest.fixture
def editor(database, portal_settings):
    return member_of("Kommunikation", "karin", email="karin@fjordlund.dk", first_name="Karin")


def sign_in(page, username, password=PASSWORD):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").click()


# An hour, not a minute: the limit counts in fixed windows, and three searches that straddled the end of a
# minute were counted in two (CI, 7 December 2026: the third answered 200).
@override_settings(RATELIMIT_SEARCH_PER_IP="2/h")
def test_a_citizen_who_searches_too_often_gets_the_429_page_in_the_sites_frame(browser_page, home, portal_settings):
    for _search in range(2):
        browser_page.goto("/search/?q=roklub")
    response = browser_page.goto("/search/?q=roklub")
    assert response.status == 429
    assert browser_page.locator("h1").inner_text() == "For mange forespørgsler"
    assert "Vent lidt, og prøv igen" in browser_page.locator("[role=alert]").inner_text()
    assert browser_page.locator("header").count() and browser_page.locator("footer").count()
    assert_accessible(browser_page)


def test_a_guesser_meets_the_lockout_page(browser_page, editor):
    for number in range(5):
        sign_in(browser_page, "karin", f"gæt-{number}")
    assert browser_page.locator("h1").inner_text() == "Login er spærret"
    assert "For mange mislykkede forsøg" in browser_page.locator("#lockout-message").inner_text()
    assert_accessible(browser_page)
    sign_in(browser_page, "karin")  # the right password does not get in either
    assert "/admin/login/" in browser_page.url
    assert browser_page.locator("h1").inner_text() == "Login er spærret"


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_kommunikation_sets_up_two_factor_by_keyboard_and_gives_a_code_next_time(browser_page, editor):
    sign_in(browser_page, "karin")
    browser_page.wait_for_url("**/admin/two-factor/setup/**")
    assert browser_page.locator("main h1").inner_text() == "Opsæt totrinsbekræftelse"
    assert browser_page.locator("svg[aria-labelledby=two-factor-qr-label]").count() == 1
    assert_accessible(browser_page)

    device = TOTPDevice.objects.get(user=editor)
    browser_page.locator("#two-factor-token").focus()
    browser_page.keyboard.type(current_code(device))
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("/admin/") and "two-factor" not in browser_page.url
    device.refresh_from_db()
    assert device.confirmed

    browser_page.context.clear_cookies()
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=31)):
        sign_in(browser_page, "karin")
        browser_page.wait_for_url("**/admin/two-factor/verify/**")
        assert browser_page.locator("main h1").inner_text() == "Kode fra din godkendelsesapp"
        assert_accessible(browser_page)
        browser_page.locator("#two-factor-token").fill("000000" if current_code(device) != "000000" else "111111")
        browser_page.locator("form.login-form button[type=submit]").click()
        assert "Koden passer ikke" in browser_page.locator("#two-factor-error").inner_text()
        # Wagtail's messages slide and fade in: axe-core must see the colours they end with.
        browser_page.evaluate("() => Promise.all(document.getAnimations().map((animation) => animation.finished))")
        assert_accessible(browser_page)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=65)):
        browser_page.locator("#two-factor-token").fill(current_code(device))
        with browser_page.expect_navigation():
            browser_page.locator("form.login-form button[type=submit]").click()
        assert browser_page.url.endswith("/admin/") and "two-factor" not in browser_page.url

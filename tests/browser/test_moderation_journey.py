"""An association's chair changes its page on a phone; Kommunikation approves it at a desk.

The whole journey runs in Chromium against the live test server with the real Wagtail admin:
until the moderator approves, citizens keep seeing the approved text.
"""

import pytest

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, representative_of
from tests.helpers import PASSWORD, member_of

# These stories follow each email through the production queue.
pytestmark = pytest.mark.usefixtures("mail_queue")

OLD_SUMMARY = "Vi ror på fjorden hver lørdag formiddag."
NEW_SUMMARY = "Vi ror på fjorden hver lørdag formiddag og nu også tirsdag aften."


@pytest.fixture
def association(home):
    directory = DirectoryIndexPageFactory(parent=home)
    return AssociationPageFactory(parent=directory, title="Fjordlund Roklub", slug="roklub", summary=OLD_SUMMARY)


@pytest.fixture
def representative(association):
    return representative_of(association, "formand@roklub.dk", PASSWORD, first_name="Mette")


@pytest.fixture
def moderator(database):
    return member_of("Kommunikation", "karin", email="karin@fjordlund.dk", first_name="Karin")


@pytest.fixture
def desk_page(chromium, live_server):
    """A second person at a desktop, in a browser context of their own (own cookies, own login)."""
    context = chromium.new_context(locale="da-DK", base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def log_in(page, user):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def public_text(page):
    return page.locator("main").inner_text()


def test_change_made_on_a_phone_goes_live_only_when_kommunikation_approves(
    phone_page, desk_page, association, representative, moderator
):
    # The chair logs in on the phone; the admin's page list opens at the association's page,
    # whose actions menu leads to its edit form.
    log_in(phone_page, representative)
    phone_page.goto("/admin/pages/")
    phone_page.wait_for_url(f"**/admin/pages/{association.pk}/")
    phone_page.locator("header .w-dropdown__toggle--icon").first.click()
    phone_page.locator(f"a[href='/admin/pages/{association.pk}/edit/']").first.click()
    phone_page.wait_for_url(f"**/admin/pages/{association.pk}/edit/")

    summary = phone_page.locator("[name=summary]")
    assert summary.input_value() == OLD_SUMMARY
    summary.fill(NEW_SUMMARY)

    # Saving is not publishing: the only way forward is to send it to Kommunikation.
    assert phone_page.locator("button[name=action-publish]").count() == 0
    phone_page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    phone_page.locator("button[name=action-submit]").click()
    phone_page.wait_for_url(lambda url: f"/pages/{association.pk}/edit/" not in url)
    assert "Fjordlund Roklub" in phone_page.locator(".messages").inner_text()

    # Citizens, in another tab, still see the approved text.
    citizen = phone_page.context.new_page()
    citizen.goto(association.url)
    assert OLD_SUMMARY in public_text(citizen)
    assert NEW_SUMMARY not in public_text(citizen)

    # The moderator finds the request on the dashboard and approves it from the page.
    log_in(desk_page, moderator)
    desk_page.locator("#awaiting-review-section").get_by_role("link", name=association.title).click()
    desk_page.wait_for_url(f"**/admin/pages/{association.pk}/edit/")
    assert desk_page.locator("[name=summary]").input_value() == NEW_SUMMARY
    desk_page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    desk_page.locator("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])").click()
    desk_page.wait_for_url(lambda url: f"/pages/{association.pk}/edit/" not in url)

    citizen.reload()
    assert NEW_SUMMARY in public_text(citizen)
    assert OLD_SUMMARY not in public_text(citizen)

"""A citizen uses the directory in a real browser: filters by keyboard, on a phone, with no barriers.

axe-core checks the directory index with filters applied, the task listing, an association page
with its contact form (also after a failed submission) and a task page, on a desktop-sized
screen, and the directory index on a phone.
"""

import datetime

from django.utils import timezone

from directory.factories import (
    ActivityFactory,
    AssociationContactFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    LocalityFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
    target_group,
)
from directory.models import SocialLink, VolunteerTaskPage
from home.factories import fill_portal_settings, site_home_page
from tests.database import snapshotted

from .conftest import assert_accessible

FILTERED = "/foreninger/?kategori=idraet-og-motion&kategori=spejder&sted=egebjerg&gratis=1"


@snapshotted
def directory_site():
    """A small directory made with the factories: associations, activities, contacts and tasks."""
    home = site_home_page()
    fill_portal_settings()
    directory = DirectoryIndexPageFactory(
        parent=home, no_results_text="Ring til os, så finder vi en forening sammen.", show_in_menus=True
    )
    VolunteerTaskIndexPageFactory(
        parent=home,
        show_in_menus=True,
        body=[
            ("heading", {"text": "Sådan kommer du i gang", "level": "h2"}),
            ("paragraph", "<p>Skriv til foreningen, så aftaler I en første dag.</p>"),
        ],
    )
    egebjerg, fjordlund = LocalityFactory(name="Egebjerg"), LocalityFactory(name="Fjordlund")
    names = ["Idræt og motion", "Spejder", "Kultur og musik", "Socialt arbejde"]
    for n in range(14):
        association = AssociationPageFactory(
            parent=directory,
            title=f"Forening {n:02d}",
            categories=[category(names[n % 4])],
            target_groups=[target_group("Børn")],
            locality=[egebjerg, fjordlund][n % 2],
        )
        ActivityFactory(association=association, is_free=n % 3 == 0, no_danish_needed=n % 5 == 0)
        association.save()
        VolunteerTaskPageFactory(parent=association, title=f"Hjælper til forening {n:02d}")

    club = AssociationPageFactory(
        parent=directory,
        title="Egebjerg Spejderne",
        slug="egebjerg-spejderne",
        summary="Spejder for børn og unge i Egebjerg.",
        description=[("paragraph", "<p>Vi mødes i hytten ved skoven hver uge.</p>")],
        categories=[category("Spejder"), category("Børn og unge")],
        target_groups=[target_group("Børn"), target_group("Unge")],
        locality=egebjerg,
        latitude="55.4",
        longitude="11.6",
        meeting_place="Spejderhytten, Skovvej 2",
        meeting_times="Tirsdage kl. 18–20",
        membership_fee="400 kr. om året",
        website="https://egebjerg-spejderne.dk",
        contact_form_enabled=True,
    )
    ActivityFactory(association=club, name="Ulveunger", target_group=target_group("Børn"), is_free=True)
    ActivityFactory(association=club, name="Tropsspejdere", price="100 kr. pr. måned", accessible_venue=True)
    club.save()
    AssociationContactFactory(association=club, role="Gruppeleder", email="leder@egebjerg-spejderne.dk")
    SocialLink.objects.create(association=club, platform="facebook", url="https://facebook.com/egebjergspejder")
    VolunteerTaskPageFactory(
        parent=club,
        title="Spejderleder for ulveungerne",
        slug="spejderleder",
        summary="Vær med til at lave spejder for de yngste.",
        skills="Lyst til at være ude.",
        requires_child_certificate=True,
        minimum_age=18,
        where="Spejderhytten",
        deadline=timezone.localdate() + datetime.timedelta(days=20),
    )
    VolunteerTaskPageFactory(parent=club, title="Kasserer", slug="kasserer", status=VolunteerTaskPage.FILLED)
    return directory


def test_filtered_directory_has_no_accessibility_violations(browser_page, directory_site):
    browser_page.goto(FILTERED)
    assert browser_page.locator("h1").inner_text() == "Foreninger"
    assert browser_page.locator("#filter-kategori-spejder").is_checked()
    assert browser_page.locator(".directory-card").count() >= 1
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_directory_without_results_has_no_accessibility_violations(browser_page, directory_site):
    browser_page.goto("/foreninger/?kategori=tro-og-livssyn")
    assert browser_page.locator("#no-results").is_visible()
    assert_accessible(browser_page)


def test_paged_directory_has_no_accessibility_violations(browser_page, directory_site):
    browser_page.goto("/foreninger/?page=2")
    assert browser_page.get_by_role("navigation", name="Sider").is_visible()
    assert_accessible(browser_page)


def test_filters_work_by_keyboard_alone(browser_page, directory_site):
    """Tab to a checkbox, tick it with space, tab on to the button and press enter."""
    browser_page.goto("/foreninger/")

    def tab_to(selector, limit=80):
        for _ in range(limit):
            browser_page.keyboard.press("Tab")
            if browser_page.evaluate(f"document.activeElement.matches({selector!r})"):
                return
        raise AssertionError(f"Could not reach {selector} with the Tab key")

    tab_to("#filter-kategori-spejder")
    browser_page.keyboard.press("Space")
    assert browser_page.locator("#filter-kategori-spejder").is_checked()
    tab_to(".directory-filters button[type=submit]")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/foreninger/?*kategori=spejder*")
    assert browser_page.locator("#filter-kategori-spejder").is_checked()
    names = browser_page.locator(".directory-card-link").all_inner_texts()
    assert "Egebjerg Spejderne" in names
    assert "Forening 00" not in names  # Idræt og motion


def test_filters_work_without_javascript(chromium, live_server, directory_site):
    context = chromium.new_context(java_script_enabled=False, base_url=live_server.url, locale="da-DK")
    page = context.new_page()
    try:
        page.goto("/foreninger/")
        page.locator("label[for=filter-sted-fjordlund]").click()
        page.locator(".directory-filters button[type=submit]").click()
        page.wait_for_url("**/foreninger/?*sted=fjordlund*")
        assert page.locator(".directory-card").count() == 7
    finally:
        context.close()


def test_on_a_phone_the_filters_fold_away_and_open_on_request(phone_page, directory_site):
    phone_page.goto(FILTERED)
    panel = phone_page.locator("#filter-panel")
    assert panel.get_attribute("open") is None
    assert not phone_page.locator("#filter-kategori-spejder").is_visible()
    assert phone_page.locator(".directory-card").first.is_visible()
    phone_page.locator("#filter-panel > summary").click()
    assert panel.get_attribute("open") is not None
    phone_page.locator("label[for=filter-kategori-spejder]").wait_for(state="visible")
    assert_accessible(phone_page)


def test_task_listing_has_no_accessibility_violations(browser_page, directory_site):
    browser_page.goto("/bliv-frivillig/?kategori=spejder&tid=ugentlig")
    assert browser_page.locator(".directory-card").count() >= 1
    assert browser_page.get_by_role("heading", name="Sådan kommer du i gang").is_visible()
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_association_page_with_contact_form_has_no_accessibility_violations(browser_page, directory_site):
    browser_page.goto("/foreninger/egebjerg-spejderne/")
    assert browser_page.locator("h1").inner_text() == "Egebjerg Spejderne"
    assert browser_page.locator("form.directory-contact-form").is_visible()
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_failed_contact_form_shows_errors_without_accessibility_violations(browser_page, directory_site):
    browser_page.goto("/foreninger/egebjerg-spejderne/")
    browser_page.locator("#contact-name").fill("Maja")
    browser_page.locator("#contact-email").fill("maja@ikke-en-adresse")
    with browser_page.expect_navigation():
        browser_page.locator(".directory-contact-form button[type=submit]").click()
    summary = browser_page.locator(".directory-error-summary")
    assert summary.is_visible()
    # DKFDS moves focus to the summary, so screen readers announce it at once.
    browser_page.wait_for_function("document.activeElement.classList.contains('directory-error-summary')")
    assert browser_page.locator("#contact-name").input_value() == "Maja"
    assert browser_page.locator("#contact-email").get_attribute("aria-invalid") == "true"
    # The summary's link takes the citizen to the field.
    summary.locator("a[href='#contact-email']").click()
    assert browser_page.evaluate("document.activeElement.id") == "contact-email"
    assert_accessible(browser_page)


def test_citizen_sends_a_message_by_keyboard(browser_page, directory_site):
    browser_page.goto("/foreninger/egebjerg-spejderne/")
    browser_page.locator("#contact-name").fill("Maja Jensen")
    browser_page.keyboard.press("Tab")
    browser_page.keyboard.type("maja@example.dk")
    browser_page.locator("#contact-message").fill("Må min datter komme og prøve?")
    browser_page.locator("#contact-consent").focus()
    browser_page.keyboard.press("Space")
    browser_page.keyboard.press("Tab")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/foreninger/egebjerg-spejderne/?sendt=1#kontakt")
    assert browser_page.locator("#contact-sent").is_visible()
    assert_accessible(browser_page)


def test_task_page_has_no_accessibility_violations(browser_page, directory_site):
    browser_page.goto("/foreninger/egebjerg-spejderne/spejderleder/")
    assert browser_page.locator("h1").inner_text() == "Spejderleder for ulveungerne"
    assert browser_page.locator("a[href='/foreninger/egebjerg-spejderne/#kontakt']").is_visible()
    assert_accessible(browser_page)


def test_filled_task_page_has_no_accessibility_violations(browser_page, directory_site):
    browser_page.goto("/foreninger/egebjerg-spejderne/kasserer/")
    assert browser_page.locator("#task-closed").is_visible()
    assert_accessible(browser_page)

"""A citizen or an association finds a funding pool or a place to borrow, on a desktop and on a phone,
with no barriers: axe-core checks both listings and both kinds of page at both sizes."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, LocalityFactory
from funding.factories import (
    FundingPoolIndexPageFactory,
    FundingPoolPageFactory,
    FundingRoundFactory,
    GrantFactory,
    at,
)
from home.factories import fill_portal_settings, site_home_page
from premises.factories import PremisesIndexPageFactory, PremisesPageFactory, RoomFactory, facility
from premises.models import PremisesPhoto
from tests.database import snapshotted

from .conftest import assert_accessible


def day(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def published(page):
    page.save_revision().publish()
    return page


@snapshotted
def funding_and_premises_site():
    """Two pools (one open, one closed) with rounds and grants, and three places to borrow with rooms and a photo."""
    home = site_home_page()
    fill_portal_settings()
    directory = DirectoryIndexPageFactory(parent=home)
    club = AssociationPageFactory(parent=directory, title="Egebjerg Besøgsvenner", slug="besoegsvenner")
    pools = FundingPoolIndexPageFactory(parent=home, show_in_menus=True)
    coffee = FundingPoolPageFactory(
        parent=pools,
        title="Kaffepuljen",
        slug="kaffepuljen",
        intro="Kaffe og kage, når frivillige samles.",
        how_to_apply="<p>Skriv en mail til frivilligkoordinatoren.</p>",
        application_url="https://example.dk/ansoeg",
        contact_phone="72 10 20 30",
    )
    FundingRoundFactory(pool=coffee, name="Vinter", opens_on=day(-90), deadline=at(day(-30)))
    FundingRoundFactory(pool=coffee, name="Forår", opens_on=day(-5), deadline=at(day(20)), note="Svar inden to uger.")
    FundingRoundFactory(pool=coffee, name="Sommer", opens_on=day(40), deadline=at(day(80)))
    GrantFactory(pool=coffee, association=club, association_name="", amount=Decimal("2500"))
    GrantFactory(pool=coffee, association_name="Strikkeklubben", amount=Decimal("1200"))
    published(coffee)
    closed = FundingPoolPageFactory(parent=pools, title="Idrætspuljen", slug="idraetspuljen", intro="Udstyr.")
    FundingRoundFactory(pool=closed, name="Forår", opens_on=day(-90), deadline=at(day(-30)))
    published(closed)

    premises = PremisesIndexPageFactory(parent=home, show_in_menus=True)
    towns = [LocalityFactory(name=name) for name in ("Egebjerg", "Fjordlund", "Kløvermose")]
    for number, town in enumerate(towns):
        place = PremisesPageFactory(
            parent=premises,
            title=f"Lokalet i {town.name}",
            slug=f"lokale-{town.slug}",
            locality=town,
            city=town.name,
            capacity=20 + 40 * number,
            is_free=number != 1,
            step_free=number != 2,
            accessibility="Elevator fra indgangen.",
            booking_phone="72 10 20 40",
            booking_note="Book senest to dage før.",
            facilities=[facility("Køkken"), facility("Wifi")] if number else [facility("Parkering")],
        )
        RoomFactory(premises=place, name="Salen", capacity=20 + 40 * number)
        if number == 0:
            image = Image.objects.create(title="Salen", file=get_test_image_file())
            PremisesPhoto.objects.create(premises=place, image=image, alt_text="Sal med borde og stole")
        published(place)
    return home


PAGES = [
    ("/puljer/", "Puljer og fonde"),
    ("/puljer/kaffepuljen/", "Kaffepuljen"),
    ("/puljer/idraetspuljen/", "Idrætspuljen"),
    ("/lokaler/", "Lokaler"),
    ("/lokaler/?personer=50&facilitet=koekken", "Lokaler"),
    ("/lokaler/?personer=abc", "Lokaler"),
    ("/lokaler/lokale-egebjerg/", "Lokalet i Egebjerg"),
]


@pytest.mark.parametrize(("path", "heading"), PAGES)
def test_funding_and_premises_pages_have_no_accessibility_violations_on_a_desktop(
    browser_page, funding_and_premises_site, path, heading
):
    browser_page.goto(path)
    assert browser_page.locator("h1").inner_text() == heading
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


@pytest.mark.parametrize(("path", "heading"), PAGES)
def test_funding_and_premises_pages_have_no_accessibility_violations_on_a_phone(
    phone_page, funding_and_premises_site, path, heading
):
    phone_page.goto(path)
    assert phone_page.locator("h1").inner_text() == heading
    assert_accessible(phone_page)


def test_the_open_round_and_the_closed_pool_are_clearly_marked(browser_page, funding_and_premises_site):
    browser_page.goto("/puljer/")
    badges = browser_page.locator(".funding-card .funding-status").all_inner_texts()
    assert badges == ["Åben for ansøgninger", "Lukket"]


def test_the_size_filter_works_by_keyboard(browser_page, funding_and_premises_site):
    browser_page.goto("/lokaler/")
    browser_page.locator("#filter-personer").fill("80")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/lokaler/?*personer=80*")
    assert browser_page.locator(".premises-card-link").all_inner_texts() == ["Lokalet i Kløvermose"]

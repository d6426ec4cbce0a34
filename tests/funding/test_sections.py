"""Open deadlines on the front page (and only open ones); the grants on the association's own page."""

import pytest
import time_machine
from django.test import Client
from wagtail.models import PageViewRestriction

from funding.factories import FundingPoolPageFactory, FundingRoundFactory, at
from tests.helpers import publish, queries_for, soup_of, text_of

from .conftest import days

pytestmark = pytest.mark.django_db


def home_section(client):
    return soup_of(client.get("/")).select_one("[aria-labelledby=home-section-funding]")


def test_the_front_page_shows_open_deadlines_only(client, coffee_pool, closed_pool):
    section = home_section(client)
    assert section is not None
    assert text_of(section.select_one("h2")) == "Åben for ansøgninger"
    links = [(text_of(link), link["href"]) for link in section.select(".home-card-link")]
    open_round = coffee_pool.rounds.get(name="Forår")
    assert links == [("Kaffepuljen", f"/puljer/kaffepuljen/#runde-{open_round.pk}")]
    assert "Ansøgningsfrist" in text_of(section) and "kl. 12.00" in text_of(section)
    assert "Idrætspuljen" not in text_of(section)
    assert section.select_one("a.home-section-more")["href"] == "/puljer/"


def test_no_section_when_no_round_is_open(client, closed_pool):
    assert home_section(client) is None


def test_a_round_leaves_the_front_page_the_moment_its_deadline_passes(client, pools_page):
    pool = FundingPoolPageFactory(parent=pools_page, slug="snart")
    deadline = at(days(3), 12)
    FundingRoundFactory(pool=pool, opens_on=days(-3), deadline=deadline)
    publish(pool)
    with time_machine.travel(deadline, tick=False):
        assert home_section(Client()) is not None
    with time_machine.travel(deadline.timestamp() + 60, tick=False):
        assert home_section(Client()) is None


def test_the_front_page_costs_the_same_queries_with_more_open_rounds(pools_page):
    pool = FundingPoolPageFactory(parent=pools_page, slug="en")
    FundingRoundFactory(pool=pool)
    publish(pool)
    few = queries_for("/")
    for number in range(5):
        other = FundingPoolPageFactory(parent=pools_page, slug=f"pulje-{number}")
        FundingRoundFactory(pool=other)
        publish(other)
    assert queries_for("/") == few


def test_the_association_page_shows_the_grants_it_received(client, coffee_pool, association):
    section = soup_of(client.get(association.url)).select_one("[aria-labelledby=association-section-grants]")
    assert section is not None
    assert "Kaffepuljen" in text_of(section)
    assert "2.500 kr." in text_of(section)


def test_a_pool_behind_a_login_is_on_neither_the_front_page_nor_the_association_page(client, coffee_pool, association):
    PageViewRestriction.objects.create(page=coffee_pool, restriction_type=PageViewRestriction.LOGIN)
    assert home_section(client) is None
    assert soup_of(client.get(association.url)).select_one("[aria-labelledby=association-section-grants]") is None


def test_an_unpublished_pool_is_not_on_the_front_page(client, coffee_pool):
    coffee_pool.unpublish()
    assert home_section(client) is None

"""A citizen finds the pools, sees which are open and until when, and reads a pool's page: the rounds,
how to apply and who has been given money. The pages cost a fixed number of SQL queries."""

import datetime

import pytest

from funding.factories import FundingPoolPageFactory, FundingRoundFactory, GrantFactory, at
from home.models import HomePage
from tests.helpers import publish, queries_for, soup_of, text_of

from .conftest import days

pytestmark = pytest.mark.django_db

# The frame (site, menu, breadcrumbs, settings, footer pages) and then the page's own: the listing reads the
# pools and all their rounds; a pool page its rounds, grants, their associations and its focus areas.
POOL_LISTING_QUERIES = 17 + 4
POOL_PAGE_QUERIES = 19 + 6


def card_titles(response):
    return [text_of(link) for link in soup_of(response).select(".funding-card-link")]


def test_the_listing_puts_open_pools_first_and_says_until_when(client, coffee_pool, closed_pool):
    response = client.get("/puljer/")
    assert response.status_code == 200
    assert card_titles(response) == ["Kaffepuljen", "Idrætspuljen"]
    cards = soup_of(response).select(".funding-card")
    assert "Åben for ansøgninger" in text_of(cards[0])
    assert "kl. 12.00" in text_of(cards[0])
    assert "Lukket" in text_of(cards[1])
    assert "2 puljer, 1 er åben for ansøgninger nu" in text_of(soup_of(response).select_one("#results-heading"))


def test_a_pool_page_shows_rounds_grants_and_how_to_apply(client, coffee_pool, association):
    response = client.get("/puljer/kaffepuljen/")
    assert response.status_code == 200
    soup = soup_of(response)
    rounds = {text_of(item.select_one("h3")): item for item in soup.select(".funding-round")}
    assert [name.split()[0] for name in rounds] == ["Vinter", "Forår", "Sommer"]
    statuses = [text_of(item.select_one(".funding-status")) for item in rounds.values()]
    assert statuses == ["Lukket", "Åben for ansøgninger", "Kommende runde"]
    grants = text_of(soup.select_one("#bevillinger"))
    assert "Egebjerg Besøgsvenner" in grants and "2.500 kr." in grants
    assert "Strikkeklubben" in grants and "1.200,50 kr." in grants
    assert soup.select_one(f"#bevillinger a[href='{association.url}']") is not None
    assert "100.000 kr." in text_of(soup.select_one(".directory-key-facts"))


def test_a_grant_to_an_association_that_is_not_public_names_it_without_a_link(client, coffee_pool, association):
    association.unpublish()
    soup = soup_of(client.get("/puljer/kaffepuljen/"))
    assert "Egebjerg Besøgsvenner" in text_of(soup.select_one("#bevillinger"))
    assert soup.select("#bevillinger a") == []


def test_an_empty_listing_says_so(client, pools_page):
    response = client.get("/puljer/")
    assert response.status_code == 200
    assert soup_of(response).select_one("#no-results") is not None


@pytest.mark.parametrize("query", ["?page=-1", "?page=abc", "?page=999999999999999999999", "?page=2"])
def test_odd_page_numbers_never_break_the_listing(client, coffee_pool, query):
    assert client.get(f"/puljer/{query}").status_code == 200


def many_pools(pools_page, n, start=0):
    for number in range(start, start + n):
        pool = FundingPoolPageFactory(parent=pools_page, title=f"Pulje {number:02d}")
        FundingRoundFactory(pool=pool, opens_on=days(-1), deadline=at(days(number + 1)))
        FundingRoundFactory(pool=pool, opens_on=days(30), deadline=at(days(60)))
        GrantFactory(pool=pool)
        publish(pool)


def test_the_listing_costs_the_same_queries_with_2_or_14_pools(pools_page):
    many_pools(pools_page, 2)
    few = queries_for("/puljer/")
    many_pools(pools_page, 12, start=2)
    assert queries_for("/puljer/") == few
    assert few <= POOL_LISTING_QUERIES


def test_a_pool_page_costs_the_same_queries_with_1_or_10_rounds_and_grants(pools_page, directory):
    pool = FundingPoolPageFactory(parent=pools_page, title="Stor pulje", slug="stor")
    FundingRoundFactory(pool=pool)
    GrantFactory(pool=pool)
    publish(pool)
    few = queries_for("/puljer/stor/")
    for number in range(9):
        FundingRoundFactory(pool=pool, opens_on=days(number), deadline=at(days(number + 30)))
        GrantFactory(pool=pool, association_name=f"Gruppe {number}")
    publish(pool)
    assert queries_for("/puljer/stor/") == few
    assert few <= POOL_PAGE_QUERIES


def test_the_pool_page_and_the_listing_are_in_the_home_pages_subpage_types():
    assert "funding.FundingPoolIndexPage" in HomePage.subpage_types


def test_the_deadline_is_shown_in_copenhagen_time(client, pools_page):
    pool = FundingPoolPageFactory(parent=pools_page, slug="tid")
    FundingRoundFactory(
        pool=pool, opens_on=days(-1), deadline=datetime.datetime.combine(days(5), datetime.time(10, 0), datetime.UTC)
    )
    publish(pool)
    text = text_of(soup_of(client.get("/puljer/tid/")).select_one(".funding-round"))
    assert "kl. 11.00" in text or "kl. 12.00" in text  # 10.00 UTC is 11.00 in winter, 12.00 in summer

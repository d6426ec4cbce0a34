"""The demo has the §18-pulje and the kaffepulje, each with a round open now, one closed and one to come."""

import pytest

from funding.models import FundingPoolIndexPage, FundingPoolPage
from funding.rounds import CLOSED, OPEN, UPCOMING
from tests.helpers import soup_of


def test_the_demo_has_two_pools_with_a_round_of_each_status_and_grants(demo):
    assert FundingPoolIndexPage.objects.live().count() == 1
    pools = {pool.slug: pool for pool in FundingPoolPage.objects.live()}
    assert set(pools) == {"paragraf-18-puljen", "kaffepuljen"}
    for pool in pools.values():
        assert sorted(each.status for each in pool.rounds.all()) == sorted([OPEN, CLOSED, UPCOMING])
        assert pool.grants.filter(association__isnull=False).count() >= 2
        assert pool.focus_areas.exists()


@pytest.mark.parametrize("path", ["/puljer/", "/puljer/paragraf-18-puljen/", "/puljer/kaffepuljen/"])
def test_the_demos_pool_pages_render(demo, client, path):
    response = client.get(path)
    assert response.status_code == 200


def test_the_demos_front_page_shows_the_open_deadlines(demo, client):
    section = soup_of(client.get("/")).select_one("[aria-labelledby=home-section-funding]")
    assert section is not None and len(section.select(".home-card-link")) == 2

"""A round is upcoming before its opening day, open until its deadline, and closed ("Lukket") after it,
by the clock in Copenhagen."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.exceptions import ValidationError

from funding.factories import FundingPoolPageFactory, FundingRoundFactory
from funding.rounds import CLOSED, OPEN, UPCOMING, PoolState, round_status
from tests.helpers import publish, soup_of, text_of

pytestmark = pytest.mark.django_db

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
OPENS_ON = datetime.date(2027, 3, 1)
DEADLINE = datetime.datetime(2027, 3, 31, 12, 0, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (datetime.datetime(2027, 2, 28, 23, 59, 59, tzinfo=COPENHAGEN), UPCOMING),
        (datetime.datetime(2027, 3, 1, 0, 0, tzinfo=COPENHAGEN), OPEN),
        (datetime.datetime(2027, 3, 31, 11, 59, 59, tzinfo=COPENHAGEN), OPEN),
        (DEADLINE, OPEN),  # the deadline minute itself still counts
        (DEADLINE + datetime.timedelta(seconds=1), CLOSED),
        (datetime.datetime(2027, 3, 31, 11, 0, 1, tzinfo=datetime.UTC), CLOSED),  # 12.00.01 in Copenhagen
    ],
)
def test_a_rounds_status_at_the_boundaries(moment, status):
    assert round_status(OPENS_ON, DEADLINE, now=moment) == status


def test_the_opening_day_starts_at_midnight_in_copenhagen_not_in_utc():
    # 23.30 UTC on the last of February is 00.30 on the first of March in Copenhagen.
    assert round_status(OPENS_ON, DEADLINE, now=datetime.datetime(2027, 2, 28, 23, 30, tzinfo=datetime.UTC)) == OPEN
    assert round_status(OPENS_ON, DEADLINE, now=datetime.datetime(2027, 2, 28, 22, 30, tzinfo=datetime.UTC)) == UPCOMING


@pytest.fixture
def spring_pool(pools_page):
    pool = FundingPoolPageFactory(parent=pools_page, title="Forårspuljen", slug="foraarspuljen")
    FundingRoundFactory(pool=pool, name="Forår 2027", opens_on=OPENS_ON, deadline=DEADLINE)
    return publish(pool)


def pool_status(client):
    response = client.get("/puljer/foraarspuljen/")
    assert response.status_code == 200
    return text_of(soup_of(response).select_one("#pulje-status"))


def listing_badge(client):
    return text_of(soup_of(client.get("/puljer/")).select_one(".funding-card .funding-status"))


def test_the_page_and_the_listing_follow_the_clock(client, spring_pool):
    with time_machine.travel(datetime.datetime(2027, 2, 20, 9, 0, tzinfo=COPENHAGEN), tick=False):
        assert "Kommende runde" in pool_status(client)
        assert "Næste runde åbner 1. marts 2027" in pool_status(client)
        assert listing_badge(client) == "Kommende runde"
    with time_machine.travel(datetime.datetime(2027, 3, 31, 11, 59, tzinfo=COPENHAGEN), tick=False):
        assert "Åben for ansøgninger indtil 31. marts 2027 kl. 12.00" in pool_status(client)
        assert listing_badge(client) == "Åben for ansøgninger"
    with time_machine.travel(datetime.datetime(2027, 3, 31, 12, 1, tzinfo=COPENHAGEN), tick=False):
        assert "Lukket" in pool_status(client)
        assert listing_badge(client) == "Lukket"
        round_badge = soup_of(client.get("/puljer/foraarspuljen/")).select_one(".funding-round .funding-status")
        assert text_of(round_badge) == "Lukket"


def test_a_pool_with_no_rounds_is_closed(pools_page):
    pool = FundingPoolPageFactory(parent=pools_page)
    state = PoolState(pool.rounds.all())
    assert state.status == CLOSED and state.current is None


def test_an_open_round_wins_over_an_upcoming_one_and_the_nearest_deadline_is_named(coffee_pool):
    state = coffee_pool.state()
    assert state.status == OPEN
    assert state.current.name == "Forår"


def test_a_deadline_before_the_opening_is_refused(pools_page):
    pool = FundingPoolPageFactory(parent=pools_page)
    bad = FundingRoundFactory.build(pool=pool, opens_on=OPENS_ON, deadline=DEADLINE - datetime.timedelta(days=60))
    with pytest.raises(ValidationError) as error:
        bad.clean()
    assert "deadline" in error.value.message_dict

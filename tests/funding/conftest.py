"""Fixtures the funding pools' tests share: the listing, a pool with a round of each status, and grants."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from directory.factories import AssociationPageFactory
from funding.factories import (
    FundingPoolIndexPageFactory,
    FundingPoolPageFactory,
    FundingRoundFactory,
    GrantFactory,
    at,
)
from tests.helpers import publish


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def pools_page(home, portal_settings):
    return FundingPoolIndexPageFactory(parent=home)


@pytest.fixture
def association(directory):
    return AssociationPageFactory(parent=directory, title="Egebjerg Besøgsvenner", slug="egebjerg-besoegsvenner")


@pytest.fixture
def coffee_pool(pools_page, association):
    """The kaffepulje: one round closed, one open now, one to come; two grants."""
    pool = FundingPoolPageFactory(
        parent=pools_page, title="Kaffepuljen", slug="kaffepuljen", intro="Kaffe og kage til frivillige."
    )
    FundingRoundFactory(pool=pool, name="Vinter", opens_on=days(-90), deadline=at(days(-30)), sort_order=0)
    FundingRoundFactory(pool=pool, name="Forår", opens_on=days(-5), deadline=at(days(20), 12), sort_order=1)
    FundingRoundFactory(pool=pool, name="Sommer", opens_on=days(40), deadline=at(days(80)), sort_order=2)
    GrantFactory(pool=pool, association=association, association_name="", amount=Decimal("2500"), year=2026)
    GrantFactory(pool=pool, association_name="Strikkeklubben", amount=Decimal("1200.50"), year=2025)
    return publish(pool)


@pytest.fixture
def closed_pool(pools_page):
    """A pool whose only round closed last month."""
    pool = FundingPoolPageFactory(parent=pools_page, title="Idrætspuljen", slug="idraetspuljen", intro="Udstyr.")
    FundingRoundFactory(pool=pool, name="Forår", opens_on=days(-90), deadline=at(days(-30)))
    return publish(pool)

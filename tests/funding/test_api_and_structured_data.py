"""The content API serves what a pool's page shows; the page's schema.org data has the required properties."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from funding.factories import FundingPoolPageFactory, FundingRoundFactory, GrantFactory
from home.models import PortalSettings
from tests.helpers import publish

pytestmark = pytest.mark.django_db


def test_the_content_api_serves_a_pools_fields(client, coffee_pool, association):
    response = client.get("/api/v2/pages/", {"type": "funding.FundingPoolPage", "fields": "*"})
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["title"] == "Kaffepuljen"
    for field in ("intro", "purpose", "who_may_apply", "criteria", "how_to_apply", "application_url"):
        assert field in item
    assert item["amount_available"] == 100000.0
    assert item["status"]["status"] == "open" and item["status"]["next_deadline"].endswith(("+01:00", "+02:00"))
    assert [(each["name"], each["status"]) for each in item["rounds"]] == [
        ("Vinter", "closed"),
        ("Forår", "open"),
        ("Sommer", "upcoming"),
    ]
    grants = {grant["recipient"]: grant for grant in item["grants"]}
    assert grants["Egebjerg Besøgsvenner"]["association"]["id"] == association.pk
    assert grants["Strikkeklubben"]["association"] is None
    assert grants["Strikkeklubben"]["amount"] == 1200.5
    assert item["contact"] == {"name": "Frivilligkoordinatoren", "email": "frivillig@kommune.dk", "phone": ""}
    assert item["focus_areas"] == [] and item["application_document"] is None


def api_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_api_listing_of_pools_costs_the_same_with_more_pools(client, coffee_pool, closed_pool, pools_page):
    url = "/api/v2/pages/?type=funding.FundingPoolPage&fields=*"
    two = api_queries(client, url)
    for number in range(3):
        pool = FundingPoolPageFactory(parent=pools_page, title=f"Ekstra {number}")
        FundingRoundFactory(pool=pool)
        GrantFactory(pool=pool)
        publish(pool)
    assert api_queries(client, url) == two


def test_structured_data_is_a_monetary_grant_funded_by_the_kommune(coffee_pool, portal_settings):
    request = RequestFactory().get("/puljer/kaffepuljen/")
    data = coffee_pool.structured_data(request)
    pool, *grants = data
    assert pool["@context"] == "https://schema.org" and pool["@type"] == "MonetaryGrant"
    assert pool["name"] == "Kaffepuljen" and pool["url"].endswith("/puljer/kaffepuljen/")
    kommune = PortalSettings.for_request(request).kommune_name
    assert pool["funder"] == {"@type": "GovernmentOrganization", "name": kommune}
    assert pool["amount"] == {"@type": "MonetaryAmount", "currency": "DKK", "value": 100000.0}
    assert len(grants) == 2
    for grant in grants:
        assert grant["@type"] == "MonetaryGrant"
        assert grant["amount"]["currency"] == "DKK"
        assert grant["fundedItem"]["@type"] == "NGO"
    named = {grant["fundedItem"]["name"]: grant["fundedItem"] for grant in grants}
    assert named["Egebjerg Besøgsvenner"]["url"].endswith("/foreninger/egebjerg-besoegsvenner/")
    assert "url" not in named["Strikkeklubben"]

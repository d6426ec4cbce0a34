"""A citizen searches from any page; odd input gets an answer, never an error."""

import pytest

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home, portal_settings):
    StandardPageFactory(parent=home, title="Bliv besøgsven", slug="besoegsven", intro="Besøg en ældre nabo.")
    StandardPageFactory(parent=home, title="Kontakt", slug="kontakt")


def test_search_finds_a_live_page_by_its_title(client, pages):
    response = client.get("/search/", {"q": "besøgsven"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/besoegsven/">Bliv besøgsven</a>' in html
    assert "1 resultat for" in html


def test_an_empty_search_shows_the_form_without_results(client, pages):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'id="search-page-input"' in response.content.decode()


def test_no_results_points_to_the_contact_team(client, pages):
    html = client.get("/search/", {"q": "xyzzy"}).content.decode()
    assert "Din søgning gav ingen resultater" in html
    assert "kontakt frivilligteamet" in html


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "frivillig\x00\x1b[31m",
        '"unbalanced',
        "AND OR NOT",
        "*?~^",
        "👋 فريق",
        "<script>alert(1)</script>",
    ],
)
def test_odd_queries_answer_200_and_are_shown_escaped(client, pages, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_page_number_out_of_range_shows_the_last_page(client, pages):
    assert client.get("/search/", {"q": "kontakt", "page": "999"}).status_code == 200
    assert client.get("/search/", {"q": "kontakt", "page": "abc"}).status_code == 200

"""Searching in English (or Ukrainian, Arabic): the visitor's language first, Danish where nothing is
translated yet, marked as Danish, and never the same page twice."""

import re

import pytest
from wagtail.models import Locale

from directory.models import AssociationPage, DirectoryIndexPage
from search import documents
from search.service import suggest
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def rowing_in_english(searchable_pages, home):
    """Lysglimt (grief groups) stays Danish only; the rowing club is in English too."""
    english = Locale.objects.get(language_code="en")
    home.copy_for_translation(english).save_revision().publish()
    DirectoryIndexPage.objects.get().copy_for_translation(english).save_revision().publish()
    club = AssociationPage.objects.get(slug="roklub").copy_for_translation(english)
    club.title = "Fjordlund Rowing Club"
    club.slug = "rowing-club"
    club.summary = "Rowing and kayaking on the fjord, with football on Sundays."
    club.save_revision().publish()
    documents.rebuild()
    return club


def results(response):
    """(title, lang of the title or None) of each result."""
    return [
        (link.get_text(strip=True), link.get("lang")) for link in soup_of(response).select(".search-result-title a")
    ]


def test_an_english_query_finds_the_english_translation_only(client, rowing_in_english):
    assert results(client.get("/en/search/", {"q": "football"})) == [("Fjordlund Rowing Club", None)]
    # The Danish club is found through its translation (whose activity, "Morgenroning", is not translated
    # yet), never beside it.
    assert results(client.get("/en/search/", {"q": "roning"})) == [("Fjordlund Rowing Club", None)]


def test_a_danish_page_without_a_translation_is_found_from_english_marked_as_danish(client, rowing_in_english):
    response = client.get("/en/search/", {"q": "lysglimt sorggrupper"})

    assert results(response) == [("Lysglimt sorggrupper", "da")]
    title = soup_of(response).select_one(".search-result-title")
    assert "(In Danish)" in title.get_text(" ", strip=True)
    assert soup_of(response).select_one(".search-result-snippet")["lang"] == "da"


def test_a_danish_result_found_from_english_keeps_the_visitor_in_english(client, rowing_in_english):
    # The link goes to the Danish page under /en/, where it is shown in Danish inside the English frame,
    # so the visitor's menus, forms and receipts stay in English after the click.
    response = client.get("/en/search/", {"q": "lysglimt sorggrupper"})
    link = soup_of(response).select_one(".search-result-title a")["href"]

    assert link == "/en/foreninger/lysglimt/"
    page = client.get(link)
    assert page.status_code == 200
    assert soup_of(page).html["lang"] == "en"


def test_danish_visitors_search_danish_pages_only(client, rowing_in_english):
    html = client.get("/search/", {"q": "roning"}).content.decode()
    assert re.findall(r'class="h4 search-result-title"><a href="([^"]+)"', html) == ["/foreninger/roklub/"]
    assert "Rowing" not in html


def test_the_api_says_which_language_each_result_is_in(client, rowing_in_english):
    english = client.get("/api/search", {"q": "football", "lang": "en"}).json()["results"]
    danish = client.get("/api/search", {"q": "lysglimt", "lang": "en"}).json()["results"]

    assert [(result["title"], result["language"]) for result in english] == [("Fjordlund Rowing Club", "en")]
    assert [(result["title"], result["language"]) for result in danish] == [("Lysglimt sorggrupper", "da")]


def test_suggestions_in_english_show_a_translated_page_once(rowing_in_english):
    english = Locale.objects.get(language_code="en")
    assert [doc.title for doc in suggest("Fjordlund", english)] == ["Fjordlund Rowing Club"]


def test_an_english_query_finds_the_other_english_forms_of_its_words(client, rowing_in_english):
    # The page says "Rowing"; the visitor types "row": English stemming, on the English search only.
    assert results(client.get("/en/search/", {"q": "row"})) == [("Fjordlund Rowing Club", None)]

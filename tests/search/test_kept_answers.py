"""The same search again is answered from what the page and the API showed before, until anything it shows changes.

search.service.shown keeps the search page's rendered results and the API's answer under the address, the
language, the site, the pages generation, the vocabulary's token and the day. These tests prove both halves:
a repeated search is not searched again (the speed), and a publish, a promotion, a settings change or a
logged-in editor gets what is current (the correctness).
"""

import pytest
from django.http import QueryDict
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from directory.factories import AssociationPageFactory
from home.factories import StandardPageFactory
from home.models import PortalSettings
from search import api, documents, service, views
from search.service import run_search
from search.vocabulary import vocabulary
from tests.helpers import publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """The page cache (core/pagecache.py) would answer a repeated page before the view: off, to see the view's own."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def club(home, directory, portal_settings):
    club = AssociationPageFactory(
        parent=directory, title="Egebjerg Boldklub", summary="Fodbold for alle aldre.", slug="egebjerg-boldklub"
    )
    documents.rebuild()
    return club


@pytest.fixture
def searches(monkeypatch):
    """How many times the page and the API really searched."""
    calls = []
    page_search, api_search = views.run_search, api.service.run_search

    def counted(original):
        def run(*args, **kwargs):
            calls.append(args[0])
            return original(*args, **kwargs)

        return run

    monkeypatch.setattr(views, "run_search", counted(page_search))
    monkeypatch.setattr(api.service, "run_search", counted(api_search))
    return calls


def test_the_same_search_again_is_not_searched_again_and_shows_the_same(client, club, searches):
    first = client.get("/search/", {"q": "fodbold"}).content
    second = client.get("/search/", {"q": "fodbold"}).content
    assert searches == ["fodbold"]
    assert first == second
    assert b"Egebjerg Boldklub" in second
    client.get("/search/", {"q": "fodbold", "page": "2"})  # another address: searched
    assert searches == ["fodbold", "fodbold"]


def test_broad_searches_in_a_large_directory_do_not_push_out_the_pages_shown(client, club, searches):
    """At 50,000 associations "frivillig" has 25,000 matches: kept as rows, a few such answers fill the
    rows' memo. The pages shown are kept apart, so a popular search is still answered from memory."""
    client.get("/search/", {"q": "fodbold"})
    for n in range(5):  # broad answers, each near the rows' bound
        vocabulary.answers.put(("broad", n), ["row"], size=vocabulary.answers.max_rows - 1)
    assert client.get("/search/", {"q": "fodbold"}).status_code == 200
    assert searches == ["fodbold"]


def test_a_search_kept_for_several_choices_of_filters_counts_its_rows_about_once(home, directory, portal_settings):
    """The results for each choice of filters are kept as ids, not as another copy of every matching row: at
    50,000 associations a copy of "frivillig"'s 25,000 rows per choice pushed the other answers out."""
    for n in range(40):
        AssociationPageFactory(parent=directory, title=f"Fodboldklub nummer {n}", summary="Fodbold for alle.")
    documents.rebuild()
    vocabulary.answers.clear()
    locale = Locale.objects.get(language_code="da")
    total = run_search("fodbold", locale).count
    for choice in ("type=association", "type=activity", "free=1"):
        run_search("fodbold", locale, QueryDict(choice))
    assert total >= 40
    assert total < vocabulary.answers.rows <= total + 4 + 4 * (total // service.ENTRIES_PER_ROW + 1)


def test_the_same_api_request_again_is_answered_with_the_same_json(client, club, searches):
    first = client.get("/api/search", {"q": "fodbold"})
    second = client.get("/api/search", {"q": "fodbold"})
    assert searches == ["fodbold"]
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"] == "public, max-age=60"
    assert second.json()["results"][0]["url"] == "http://testserver/foreninger/egebjerg-boldklub/"
    client.get("/api/search", {"q": "fodbold", "lang": "en"})  # another language: searched
    assert searches == ["fodbold", "fodbold"]


def test_a_publish_shows_at_once_in_the_page_and_the_api(client, club, searches):
    assert b"Egebjerg Boldklub" in client.get("/search/", {"q": "fodbold"}).content
    assert client.get("/api/search", {"q": "fodbold"}).json()["results"][0]["title"] == "Egebjerg Boldklub"
    club.title = "Egebjerg Fodboldklub"
    publish(club)
    html = client.get("/search/", {"q": "fodbold"}).content.decode()
    assert "Egebjerg Fodboldklub" in html
    assert "Egebjerg Boldklub" not in html
    assert client.get("/api/search", {"q": "fodbold"}).json()["results"][0]["title"] == "Egebjerg Fodboldklub"


def test_a_new_promotion_shows_at_once(client, club, home):
    assert b'id="promotions-heading"' not in client.get("/search/", {"q": "fodbold"}).content
    page = publish(StandardPageFactory(parent=home, title="Kom i gang som træner", slug="traener"))
    client.get("/search/", {"q": "fodbold"})  # kept again after the publish
    SearchPromotion.objects.create(query=Query.get("fodbold"), page=page, sort_order=0)
    html = client.get("/search/", {"q": "fodbold"}).content.decode()
    assert '<a href="/traener/">Kom i gang som træner</a>' in html


def test_a_settings_change_shows_at_once(client, home, directory, portal_settings, searches):
    """The contact point under zero results comes from the settings, which bump the pages generation."""
    client.get("/search/", {"q": "kryptovaluta"})
    portal = PortalSettings.objects.get()
    portal.kommune_name = "Mettes Kommune"
    portal.save()
    assert ", Mettes Kommune</dd>" in client.get("/search/", {"q": "kryptovaluta"}).content.decode()
    assert searches == ["kryptovaluta", "kryptovaluta"]


def test_a_logged_in_editor_is_searched_for_each_time(admin_client, club, searches):
    """Staff see shortlist buttons of their own in the results: their page is never kept or taken from the memo."""
    admin_client.get("/search/", {"q": "fodbold"})
    admin_client.get("/search/", {"q": "fodbold"})
    assert searches == ["fodbold", "fodbold"]


def test_every_search_still_counts_for_the_reports(client, club, searches):
    for _ in range(3):
        client.get("/search/", {"q": "fodbold"})
        client.get("/api/search", {"q": "fodbold"})
    assert len(searches) == 2
    assert Query.get("fodbold").hits == 6

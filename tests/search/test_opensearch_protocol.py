"""Our OpenSearch backends speak the protocol: against osmem-server, an in-memory OpenSearch-compatible server.

osmem-server runs here (no JVM, no Docker) and each test gets its own copy of it. It accepts
our index settings but does not implement all of Elasticsearch's analysis (it ignores the
synonym and mapping filters, and its scoring is not Lucene's), so these tests check what
travels over the wire: indexes are created and filled by update_index, a search and an
autocomplete come back with the right documents, publishing and unpublishing reach the
index, and the indexes can be deleted. They assert which documents come back, never in
what order: relevance is for the live tests against a real server (test_elasticsearch.py).
"""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.http import QueryDict
from modelsearch.backends import get_search_backend

from home.factories import StandardPageFactory
from search.models import SearchDocument, SynonymGroup
from search.service import DOWN_KEY, run_search, suggest
from tests.helpers import publish

osmem_server = pytest.importorskip("osmem_server", reason="osmem-server is not installed (pip install osmem-server)")
pytest.importorskip("opensearchpy", reason="opensearch-py is not installed (pip install opensearch-py)")

pytestmark = pytest.mark.django_db

DATABASE = {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "danish"}


@pytest.fixture(scope="module")
def osmem():
    """One osmem-server process for the module, on a free port of 127.0.0.1; it exits with the tests."""
    server = osmem_server.OsmemServer.start(japanese=False)
    yield server
    server.close()


@pytest.fixture(params=["opensearch2", "opensearch3"])
def opensearch(request, osmem, settings):
    """Our OpenSearch backend as "default" (on a fresh copy of the server), the database as "database"."""

    clone = osmem.clone()
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.{request.param}",
            "URLS": [clone.url],
            "INDEX": "portal",
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": DATABASE,
    }
    cache.delete(DOWN_KEY)
    yield get_search_backend("default")
    cache.delete(DOWN_KEY)
    clone.close()


def published_page(home, title, slug, intro):
    return publish(StandardPageFactory(parent=home, title=title, slug=slug, intro=intro))


@pytest.fixture
def corpus(home):
    SynonymGroup.objects.create(terms="ældre, seniorer")
    published_page(home, "Bliv besøgsven", "besoegsven", "Besøg en ældre nabo hver uge.")
    published_page(home, "Besøgsvenner i Lyngå", "lyngaa", "Frivillige besøgsvenner kommer hos ældre i Lyngå.")
    published_page(home, "Lektiecafé på biblioteket", "lektiecafe", "Frivillige hjælper skolebørn med lektierne.")


def documents_index(backend):
    return backend.get_index_for_model(SearchDocument)


def stored_count(backend):
    index = documents_index(backend)
    index.refresh()
    return backend.es.count(index=index.name)["count"]


@pytest.fixture
def indexed(opensearch, corpus):
    call_command("update_index", stdout=StringIO())
    return opensearch


def test_update_index_creates_the_indexes_with_our_settings_and_fills_them(indexed):
    index = documents_index(indexed)
    assert index.name == "portal_search_searchdocument"
    assert index.is_alias()  # Wagtail's atomic rebuild: a new index, then the alias moved to it.
    [(concrete, stored)] = indexed.es.indices.get_settings(index=index.name).items()
    assert concrete.startswith("portal_search_searchdocument_")
    analysis = stored["settings"]["index"]["analysis"]
    assert analysis["filter"]["danish_stemmer"] == {"type": "stemmer", "language": "danish"}
    assert analysis["filter"]["danish_synonyms"]["synonyms"] == ["ældre, seniorer"]
    assert analysis["analyzer"]["default"]["filter"][-1] == "danish_synonyms"
    assert analysis["analyzer"]["autocomplete_search"]["filter"] == ["lowercase", "danish_folding"]
    assert stored_count(indexed) == SearchDocument.objects.count() == 3


def test_a_search_is_answered_by_opensearch_with_the_matching_documents(indexed, danish_locale):
    outcome = run_search("ældre", danish_locale)
    assert (outcome.backend, outcome.fell_back) == ("default", False)
    assert {result.title for result in outcome.results} == {"Bliv besøgsven", "Besøgsvenner i Lyngå"}

    outcome = run_search("lektiecafé", danish_locale)
    assert {result.title for result in outcome.results} == {"Lektiecafé på biblioteket"}


def test_facet_filters_work_on_what_opensearch_returns(indexed, danish_locale):

    outcome = run_search("ældre", danish_locale, params=QueryDict("type=page"))
    assert outcome.backend == "default" and outcome.count == 2
    assert run_search("ældre", danish_locale, params=QueryDict("type=task")).count == 0


def test_autocomplete_is_answered_by_opensearch(indexed, danish_locale):
    assert {doc.title for doc in suggest("besøg", danish_locale)} == {"Bliv besøgsven", "Besøgsvenner i Lyngå"}
    assert {doc.title for doc in suggest("lektie", danish_locale)} == {"Lektiecafé på biblioteket"}
    assert not cache.get(DOWN_KEY)


def test_publishing_and_unpublishing_reach_the_index(indexed, home, danish_locale):
    page = published_page(
        home, "Læsehjælp for voksne", "laesehjaelp", "Frivillige læser med voksne, der vil blive bedre."
    )
    assert stored_count(indexed) == 4
    assert {result.title for result in run_search("læsehjælp", danish_locale).results} == {"Læsehjælp for voksne"}

    page.unpublish()
    assert stored_count(indexed) == 3


def test_the_indexes_can_be_deleted(indexed):
    indexes = list(indexed.all_indexes())
    assert indexes and all(index.exists() for index in indexes)
    for index in indexes:
        for concrete in index.aliased_indices():
            concrete.delete()
    assert not any(index.exists() for index in indexes)


@pytest.mark.parametrize("per_request", [10_000, 1])
def test_every_matching_id_comes_from_the_index_in_one_request_or_by_scrolling(
    indexed, danish_locale, per_request, monkeypatch, django_assert_num_queries
):
    from search.backends import AllPksMixin

    monkeypatch.setattr(AllPksMixin, "PKS_PER_REQUEST", per_request)
    results = SearchDocument.objects.filter(locale=danish_locale).search("ældre", backend="default")
    with django_assert_num_queries(0):
        pks = results.all_pks()
    assert sorted(pks) == sorted(doc.pk for doc in results) and len(pks) == 2

    outcome = run_search("ældre", danish_locale)
    assert (outcome.backend, outcome.count) == ("default", 2)

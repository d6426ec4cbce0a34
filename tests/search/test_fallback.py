"""Elasticsearch down or slow: citizens still find things, editors still publish, update_index says so.

No mocks: "down" is a local port nothing listens on (the connection is refused at once), "slow"
is a small TCP server on this machine that accepts connections and never answers. The search
backends are configured as production configures them with ELASTICSEARCH_URL set: our
Elasticsearch 8 backend as "default", the database backend as "database".
"""

import socketserver
import threading
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError

from home.factories import StandardPageFactory
from search.models import SearchDocument
from search.service import DOWN_KEY, run_search
from tests.helpers import closed_port, publish

# Publishing meets Elasticsearch as in production, where Wagtail indexes the pages as well as the
# search documents (tests/indexing.py): the admin's page search reads them, and publishing must wait
# for a slow Elasticsearch once, not once per object it indexes.
pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

DATABASE = {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "danish"}
ALARMING = ["Elasticsearch", "elasticsearch", "fejl", "error", "Error", "utilgængelig", "unavailable", "Traceback"]


def elasticsearch_at(url, timeout=2):
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [url],
            "INDEX": "test_fallback",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": DATABASE,
    }


class SilentServer(socketserver.ThreadingTCPServer):
    """Accepts connections, reads the request and never answers: an Elasticsearch that hangs."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.connections = 0
        self.release = threading.Event()

        class Handler(socketserver.BaseRequestHandler):
            def handle(handler):
                self.connections += 1
                handler.request.recv(65536)
                self.release.wait(10)

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(autouse=True)
def elasticsearch_not_yet_marked_down():
    cache.delete(DOWN_KEY)
    yield
    cache.delete(DOWN_KEY)


@pytest.fixture
def elasticsearch_down(settings):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_at(f"http://127.0.0.1:{closed_port()}")


@pytest.fixture
def slow_server():
    server = SilentServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def elasticsearch_slow(settings, slow_server):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_at(slow_server.url, timeout=0.5)
    return slow_server


def new_page(home, **fields):
    fields = {"title": "Bliv besøgsven", "slug": "besoegsven", "intro": "Besøg en ældre nabo hver uge.", **fields}
    return StandardPageFactory(parent=home, **fields)


def test_an_editor_publishes_while_elasticsearch_is_down(elasticsearch_down, home, danish_locale, caplog):
    page = publish(new_page(home))

    assert page.live
    document = SearchDocument.objects.get(page=page)
    assert document.title == "Bliv besøgsven"
    # The database backend was indexed, so the fallback can find the page.
    found = SearchDocument.objects.filter(locale=danish_locale).search("besøgsven", backend="database")
    assert [doc.pk for doc in found] == [document.pk]
    # Elasticsearch's failure went to the log, not to the editor.
    assert any("'default' search backend" in record.getMessage() for record in caplog.records)


def test_a_citizen_finds_the_page_from_the_database_without_an_alarming_message(
    elasticsearch_down, home, portal_settings, danish_locale, client
):
    publish(new_page(home))

    outcome = run_search("besøgsven", danish_locale)
    assert (outcome.backend, outcome.fell_back) == ("database", True)
    assert [result.title for result in outcome.results] == ["Bliv besøgsven"]

    response = client.get("/search/", {"q": "besøgsven"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/besoegsven/"' in html
    assert not [word for word in ALARMING if word in html]


def test_the_next_search_does_not_try_elasticsearch_again_for_a_while(elasticsearch_down, home, danish_locale):
    publish(new_page(home))
    cache.delete(DOWN_KEY)

    run_search("besøgsven", danish_locale)
    assert cache.get(DOWN_KEY), "a failed Elasticsearch is marked down"

    started = time.perf_counter()
    outcome = run_search("besøgsven", danish_locale)
    assert time.perf_counter() - started < 0.5
    assert outcome.backend == "database" and outcome.count == 1


def test_an_editor_searching_the_admin_while_elasticsearch_is_down_gets_the_databases_answer(
    elasticsearch_down, home, danish_locale, admin_client
):
    publish(new_page(home))
    run_search("besøgsven", danish_locale)  # A citizen's search found Elasticsearch down a moment ago.

    response = admin_client.get("/admin/pages/search/", {"q": "besøgsven"})
    assert response.status_code == 200
    assert "Bliv besøgsven" in response.content.decode()
    found = SearchDocument.objects.search("besøgsven")  # Straight on the "default" backend, as Wagtail searches.
    assert [doc.title for doc in found] == ["Bliv besøgsven"]


def test_a_slow_elasticsearch_is_given_up_after_the_timeout_and_then_left_alone(
    elasticsearch_slow, home, danish_locale
):
    publish(new_page(home))
    cache.delete(DOWN_KEY)
    connections = elasticsearch_slow.connections

    started = time.perf_counter()
    outcome = run_search("besøgsven", danish_locale)
    waited = time.perf_counter() - started
    assert 0.5 <= waited < 3, waited
    assert (outcome.backend, outcome.fell_back, outcome.count) == ("database", True, 1)
    assert elasticsearch_slow.connections == connections + 1

    started = time.perf_counter()
    outcome = run_search("besøgsven", danish_locale)
    assert time.perf_counter() - started < 0.4
    assert outcome.count == 1
    assert elasticsearch_slow.connections == connections + 1, "the second search did not even try Elasticsearch"


def test_publishing_waits_for_a_slow_elasticsearch_once_not_once_per_document(elasticsearch_slow, home, danish_locale):
    page = new_page(home)
    cache.delete(DOWN_KEY)
    connections = elasticsearch_slow.connections

    started = time.perf_counter()
    publish(page)
    waited = time.perf_counter() - started

    assert SearchDocument.objects.filter(page=page).exists()
    assert elasticsearch_slow.connections == connections + 1
    assert waited < 2, waited


def test_update_index_rebuilds_what_it_can_and_fails_loudly_when_elasticsearch_is_down(
    elasticsearch_down, home, danish_locale, capsys
):
    page = publish(new_page(home))
    SearchDocument.objects.all().delete()  # As if the documents had fallen behind the site.

    with pytest.raises(CommandError) as failure:
        call_command("update_index")

    out, err = capsys.readouterr()
    assert "Search backend 'default' is unreachable" in err
    assert "ConnectionError" in err
    assert "Not updated: default" in str(failure.value)
    assert "Search documents: 1 built" in out
    assert "Updating backend: database" in out
    document = SearchDocument.objects.get(page=page)
    found = SearchDocument.objects.filter(locale=danish_locale).search("besøgsven", backend="database")
    assert [doc.pk for doc in found] == [document.pk]
    # Searches go straight to the database until Elasticsearch is back.
    assert cache.get(DOWN_KEY)
    assert run_search("besøgsven", danish_locale).backend == "database"

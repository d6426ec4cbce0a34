"""What keeps the search fast at thousands of associations without changing a result.

The figures themselves come from the benchmark (bench/search.py), not from timed tests; these
tests hold the parts the speed rests on: PostgreSQL answers Wagtail's match from an index
rather than by reading every entry, the counting reads only the matches, and rebuilding the
index does not send each saved document on to backends that are rebuilt anyway.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail.search.query import PlainText

from core.sites import site_id_of
from search import counting, documents
from search.counting import load_rows
from search.management.commands.update_index import auto_update_suspended
from search.matching import documents_of
from search.models import SearchDocument
from search.service import run_search

postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own indexes")


def danish():
    return Locale.objects.get(language_code="da")


def add_documents(home, titles):
    docs = []
    for n, title in enumerate(titles):
        doc = SearchDocument(
            key=f"speed:{n}",
            page=home,
            site_id=site_id_of(home),
            locale=danish(),
            kind=SearchDocument.ASSOCIATION,
            title=title,
            url=f"/speed-{n}/",
            updated_at=timezone.now(),
        )
        doc.save()  # Saved one by one, as publishing does: Wagtail indexes each.
        docs.append(doc)
    return docs


@postgresql_only
@pytest.mark.django_db
def test_postgresql_has_an_index_on_the_expression_wagtail_matches(home):
    """The index is on the very expression Wagtail's backend matches (``title || body``): if Wagtail
    ever changed its query, the planner could no longer use the index and this test says so."""
    add_documents(home, ["Fodbold i Fjordlund", "Lyngå Kor"])
    queryset = documents_of(danish()).only("id").search(PlainText("fodbold"), backend="default")
    sql = str(queryset.get_queryset().values_list("pk", flat=True).query)
    assert '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@' in sql
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_indexdef('search_indexentry_title_body_gin'::regclass)")
        [definition] = cursor.fetchone()
    assert definition.endswith("USING gin (((title || body)))")
    assert [doc.title for doc in queryset] == ["Fodbold i Fjordlund"]


@postgresql_only
@pytest.mark.django_db
def test_postgresql_reads_only_the_matches_however_many_they_are(home, monkeypatch):
    docs = add_documents(home, ["Fodbold for alle", "Fodbold for piger", "Kor for alle"])
    monkeypatch.setattr(counting, "IN_LIST_LIMIT", 1)  # Past the limit SQLite would read the whole locale.
    wanted, locale = [docs[1].pk, docs[0].pk], danish()
    with CaptureQueriesContext(connection) as captured:
        rows = load_rows(wanted, locale)
    assert [row["id"] for row in rows] == wanted
    assert len(captured) == 3 and all("= ANY(" in query["sql"] for query in captured.captured_queries)


@pytest.mark.django_db
def test_a_document_saved_after_a_rebuild_is_found_at_once(home):
    """While update_index rebuilds every backend, saving a document does not index it one by one;
    afterwards saving indexes it again, so a page published later is found at once."""
    [doc] = add_documents(home, ["Egebjerg Skakklub"])
    with auto_update_suspended(["default"]):
        doc.title = "Egebjerg Bridgeklub"
        doc.save()
    doc.title = "Egebjerg Petanqueklub"
    doc.save()
    documents.add_terms([doc])  # As publishing does: the query side learns the new word.
    assert [result.title for result in run_search("petanqueklub", danish()).results] == ["Egebjerg Petanqueklub"]

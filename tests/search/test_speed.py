"""What keeps the search fast at thousands of associations without changing a result.

The figures themselves come from the benchmark (bench/search.py), not from timed tests; these
tests hold the parts the speed rests on: PostgreSQL answers Wagtail's match from an index
rather than by reading every entry, the counting reads only the matches, and rebuilding the
index does not send each saved document on to backends that are rebuilt anyway.
"""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail.search.query import PlainText

from core.sites import site_id_of
from directory.models import AssociationPage
from search import counting, documents
from search.counting import load_rows
from search.management.commands.update_index import auto_update_suspended
from search.matching import documents_of
from search.models import SearchDocument, VocabularyVersion
from search.pages import documents_of as documents_of_page
from search.service import run_search
from search.vocabulary import vocabulary

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


def answer(query, **kwargs):
    outcome = run_search(query, danish(), **kwargs)
    return (
        outcome.count,
        [result.title for result in outcome.results],
        [(facet.param, [(option.value, option.count) for option in facet.options]) for facet in outcome.facets],
    )


@pytest.mark.django_db
def test_a_repeated_search_is_answered_from_memory_with_the_same_results_and_counts(home):
    add_documents(home, ["Fodbold for alle", "Fodbold for piger", "Kor for alle"])
    documents.rebuild_terms()
    with CaptureQueriesContext(connection) as first:
        fresh = answer("fodbold")
    with CaptureQueriesContext(connection) as again:
        kept = answer("fodbold")
    assert kept == fresh and fresh[0] == 2
    # The match, the facet values and the texts for ranking are not read again.
    assert len(again) <= len(first) - 5
    assert not any("wagtailsearch_indexentry" in query["sql"] for query in again.captured_queries)
    # Another filter is counted afresh from the matches kept: no result is a task.
    assert answer("fodbold", params=QueryDict("type=task"))[:2] == (0, [])


@pytest.mark.django_db
def test_a_document_removed_in_this_process_is_not_answered_from_memory(home):
    docs = add_documents(home, ["Fodbold for alle", "Fodbold for piger"])
    documents.rebuild_terms()
    assert answer("fodbold")[0] == 2
    docs[1].delete()
    assert answer("fodbold")[:2] == (1, ["Fodbold for alle"])


@pytest.mark.django_db
def test_a_change_another_process_made_is_not_answered_from_memory(home):
    """Another process (an import, a second app server) changes a document without this process's
    signals: its token in the database (VocabularyVersion) tells this process's next search."""
    docs = add_documents(home, ["Fodbold for alle", "Fodbold for piger"])
    documents.rebuild_terms()
    assert answer("fodbold")[0] == 2
    SearchDocument.objects.filter(pk=docs[1].pk).update(open_until=timezone.localdate() - datetime.timedelta(days=1))
    assert answer("fodbold")[0] == 2  # Nothing told this process yet: the kept answer stands.
    VocabularyVersion.bump()  # What the other process's change does (search/documents.py).
    assert answer("fodbold")[:2] == (1, ["Fodbold for alle"])


@pytest.mark.django_db
def test_a_new_search_over_documents_read_before_does_not_read_their_facets_again(home):
    """Citizens ask new things about the same documents ("fodbold", then "fodbold piger"): their facet values
    are read once (``vocabulary.facts``), with the same results and counts as when they are read afresh."""
    add_documents(home, ["Fodbold for alle", "Fodbold for piger", "Kor for alle"])
    documents.rebuild_terms()
    answer("fodbold")
    with CaptureQueriesContext(connection) as again:
        kept = answer("fodbold piger")
    assert not any("search_searchdocument_categories" in query["sql"] for query in again.captured_queries)
    vocabulary.facts.clear()
    assert answer("fodbold piger") == kept == (1, ["Fodbold for piger"], kept[2])


@pytest.mark.django_db
def test_a_task_whose_facets_are_kept_still_leaves_the_results_after_its_last_day(home, time_machine):
    """What is current moves with the clock, not with the documents: it is decided when the kept facts are read."""
    time_machine.move_to(timezone.now())
    [task] = add_documents(home, ["Fodbold for alle"])
    SearchDocument.objects.filter(pk=task.pk).update(kind=SearchDocument.TASK, open_until=timezone.localdate())
    vocabulary.clear_kept()
    documents.rebuild_terms()
    assert answer("fodbold")[0] == 1 and len(vocabulary.facts) == 1
    time_machine.shift(datetime.timedelta(days=1))
    assert answer("fodbold")[0] == 0 and len(vocabulary.facts) == 1


@pytest.mark.django_db
def test_facts_read_under_an_older_token_are_not_kept(home):
    """A search that began before a change in another process ends after it: what it read is not kept."""
    [doc] = add_documents(home, ["Fodbold for alle"])
    documents.rebuild_terms()
    answer("fodbold")
    old = vocabulary.version
    VocabularyVersion.bump()
    answer("fodbold")  # Reads the new token.
    vocabulary.facts.clear()
    vocabulary.facts.get_many(vocabulary.version, [])
    vocabulary.facts.put_many(old, counting.read_facts([doc.pk], danish()))
    assert len(vocabulary.facts) == 0


def stored_documents():
    fields = [f.name for f in SearchDocument._meta.concrete_fields if f.name != "id"]
    return {
        doc.key: (
            [getattr(doc, f"{name}_id", None) or getattr(doc, name) for name in fields],
            sorted(doc.categories.values_list("pk", flat=True)),
            sorted(doc.target_groups.values_list("pk", flat=True)),
        )
        for doc in SearchDocument.objects.order_by("key")
    }


@pytest.mark.django_db
def test_update_index_writes_in_bulk_the_same_documents_as_publishing_does(demo):
    """``update_index`` writes the documents a few hundred at a time (every backend is rebuilt right
    after): the same values and facet relations as saving them one by one, from scratch or over them."""
    documents.rebuild()
    one_by_one = stored_documents()
    assert len(one_by_one) > 50

    documents.rebuild(bulk=True)
    assert stored_documents() == one_by_one

    SearchDocument.objects.all().delete()
    documents.rebuild(bulk=True)
    assert stored_documents() == one_by_one


@pytest.mark.django_db
def test_update_index_reads_each_relation_for_many_pages_at_once_with_the_same_documents(demo):
    """``rebuild`` reads an association's categories, target groups, town and activities for 200 pages
    in one query each (``search_related``); the documents are those the page gives when it is published
    alone and asks for them itself."""
    associations = AssociationPage.objects.live().order_by("path")
    alone = {page.pk: documents_of_page(page) for page in associations}
    batched = {page.pk: documents_of_page(page) for page in documents.with_related(associations)}
    assert len(batched) > 50 and batched == alone

    with CaptureQueriesContext(connection) as read:
        pages = list(documents.with_related(associations))
        for page in pages:
            documents_of_page(page)
    # The pages, then one query per relation: not one per association (over 50 here, 5,000 in a kommune).
    assert len(read) <= 8, [query["sql"][:120] for query in read.captured_queries]

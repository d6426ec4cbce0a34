"""The portal's faster PostgreSQL index writes and ranked reads (search/backends/database.py) are modelsearch's.

``update_index`` at 5,000 associations went from ~70 s to ~30 s with them, and a search's match from
~17 ms to ~8 ms; a search must not find anything else, nor in another order, because of it. Every
object of every indexed model of the demo is written once by modelsearch's index and once by ours,
and the rows (the three weighted vectors and the plain texts fuzzy matching reads) must be equal; every
query the relevance set plans gives the same ids in the same order from modelsearch's compiled query
and from ours.
"""

import pytest
from django.db import connection
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres.postgres import IndexEntry, PostgresIndex
from modelsearch.index import get_indexed_models
from wagtail.models import Locale, Site
from wagtail.search.query import And, Or, PlainText

from search.backends.database import PreparedPostgresIndex, PreparedPostgresSearchBackend
from search.matching import documents_of
from search.query import analyse
from search.relevance.evaluate import load_queries

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's index rows")

COLUMNS = ("content_type_id", "object_id", "title", "autocomplete", "body", "title_text", "body_text")


def rows():
    """The index's rows as PostgreSQL prints them (tsvectors with their weights and positions)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(f'{name}::text' for name in COLUMNS)} FROM {IndexEntry._meta.db_table} "
            "ORDER BY content_type_id, object_id"
        )
        return cursor.fetchall()


def write_every_object(index):
    IndexEntry.objects.all().delete()
    written = 0
    for model in get_indexed_models():
        objects = list(model.get_indexed_objects().order_by("pk"))
        if objects:
            index.add_items(model, objects)
            written += len(objects)
    return written


@pytest.mark.django_db
def test_the_portal_writes_the_rows_modelsearch_writes_for_every_indexed_object(demo):
    backend = get_search_backend("default")
    assert isinstance(backend, PreparedPostgresSearchBackend)  # what the settings give on PostgreSQL

    written = write_every_object(PostgresIndex(backend))
    theirs = rows()
    write_every_object(PreparedPostgresIndex(backend))
    ours = rows()

    assert written > 300  # the demo's pages, documents, images and vocabularies
    assert len(ours) == len(theirs)
    different = [(mine, stock) for mine, stock in zip(ours, theirs, strict=True) if mine != stock]
    assert different == []


# Besides the relevance set's: what a query can hold that modelsearch quotes or splits (an apostrophe, a
# backslash, a hyphen, several words in one PlainText, "or" within one), and a word nothing has.
ODD_QUERIES = [
    PlainText("børne-teater"),
    PlainText("O'Brien fodbold"),
    PlainText("back\\slash"),
    PlainText("fodbold kajak", operator="or"),
    And([PlainText("ældre"), Or([PlainText("besøg"), PlainText("kaffe klub")])]),
    PlainText("kryptovaluta"),
]


@pytest.mark.django_db
@pytest.mark.search_index
def test_the_portal_ranks_every_planned_query_as_modelsearch_does(demo):
    danish = Locale.objects.get(language_code="da")
    site = Site.objects.get(is_default_site=True)
    planned = [
        attempt for entry in load_queries() for attempt, _left_out in analyse(entry["query"], language="da").attempts()
    ]
    compared = 0
    for documents in (documents_of(danish).only("id"), documents_of(danish, site).only("id")):
        for query in [*planned, *ODD_QUERIES]:
            results = documents.search(query, backend="default")
            stock = list(results.get_queryset().values_list("pk", flat=True))
            assert results.all_pks() == stock, query
            compared += bool(stock)
    assert compared > 250  # most of the set's attempts find something

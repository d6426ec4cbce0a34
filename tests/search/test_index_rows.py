"""The portal's faster PostgreSQL index writes (search/backends/database.py) give modelsearch's own rows.

``update_index`` at 5,000 associations went from ~70 s to ~30 s with them; a search must not find
anything else because of it. Every object of every indexed model of the demo is written once by
modelsearch's index and once by ours, and the rows (the three weighted vectors and the plain texts
fuzzy matching reads) must be equal.
"""

import pytest
from django.db import connection
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres.postgres import IndexEntry, PostgresIndex
from modelsearch.index import get_indexed_models

from search.backends.database import PreparedPostgresIndex, PreparedPostgresSearchBackend

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

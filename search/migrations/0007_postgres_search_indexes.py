"""Indexes for the PostgreSQL search backend's own queries, so it stops reading every index entry.

Wagtail's PostgreSQL backend finds matches with ``(title || body) @@ query`` on its index
entries, but only indexes ``title``, ``body`` and ``autocomplete`` one by one (its comment
promises a GIN index on ``title || body`` that no migration of Wagtail's creates). Without it
every search computes ``title || body`` for every entry of the site: at 5,000 associations
"frivillig" took ~2 s under load. The expression index below is the exact expression of the
query, so the planner answers from the index with the same rows, ranked the same way.

A search document's index entry is joined on ``object_id = id::varchar(50)`` (Wagtail's
generic relation keeps the id as text): the second index lets the planner go from the few
entries a specific word matches to their documents, instead of hashing every document.

Only on PostgreSQL: SQLite's database backend uses its FTS5 table.
"""

from django.db import migrations

FORWARD = [
    "CREATE INDEX IF NOT EXISTS search_indexentry_title_body_gin ON wagtailsearch_indexentry "
    'USING gin (("title" || "body"))',
    "CREATE INDEX IF NOT EXISTS search_searchdocument_id_text ON search_searchdocument "
    '((("id")::varchar(50)))',
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_indexentry_title_body_gin",
    "DROP INDEX IF EXISTS search_searchdocument_id_text",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_vocabulary_version"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]

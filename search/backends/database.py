"""Wagtail's database search backend, with a faster way of filling PostgreSQL's index.

modelsearch's PostgreSQL index (1.3) reads every search field of an object five times while it
writes the object's row (once each for the title, body and autocomplete vectors and for their two
plain texts), and builds a Django ``SearchVector`` expression per text that it then compiles back
into SQL. At 5,000 associations that was ~35 s of ``update_index``'s ~70 s: 17,000 objects, 2.6
million field reads and 130,000 compiled expressions. Here each field is read once per object and
the same SQL is written directly:

    setweight(to_tsvector('danish'::regconfig, 'Fjordlund Roklub'), 'C') || setweight(…, 'B') || …

The rows are the same as modelsearch's (``tests/search/test_index_rows.py`` compares the two for
every indexed object of the demo); searching, the rebuilders and everything else are modelsearch's
own. SQLite and MySQL get modelsearch's backend unchanged.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

EMPTY_VECTOR_SQL = "''::tsvector"


class FieldsReadOnce(ObjectIndexer):
    """modelsearch's indexer of one object, reading each of the object's search fields only once."""

    def prepare_field(self, obj, field):
        if obj is not self.obj:  # a related object's field, read for its parent's field (read once itself)
            return super().prepare_field(obj, field)
        prepared = self.__dict__.setdefault("_prepared", {})
        if id(field) not in prepared:
            prepared[id(field)] = list(super().prepare_field(obj, field))
        return prepared[id(field)]

    def texts(self, wanted):
        """[(text, weight)] of the prepared fields ``wanted(field)`` accepts, stripped, empty ones left out."""
        found = []
        for field in self.search_fields:
            for current, weight, value in self.prepare_field(self.obj, field):
                text = value.strip()
                if text and wanted(current):
                    found.append((text, weight))
        return found

    def vector_sql(self, texts, config):
        """The SQL and parameters of the tsvector modelsearch's ``as_vector`` gives for ``texts``."""
        if not texts:
            return EMPTY_VECTOR_SQL, []
        sql = " || ".join(["setweight(to_tsvector(%s::regconfig, %s), %s)"] * len(texts))
        params = [value for text, weight in texts for value in (config, text, weight)]
        return sql, params


def is_title(field):
    return isinstance(field, SearchField) and field.field_name == "title"


def is_body(field):
    return isinstance(field, SearchField) and field.field_name != "title"


def is_autocomplete(field):
    return isinstance(field, AutocompleteField)


class PreparedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """modelsearch's ``add_items`` (the same INSERT … ON CONFLICT), with each object's fields read once."""
        if not model.get_search_fields():
            return
        indexers = [FieldsReadOnce(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        rows, params = [], []
        for indexer in indexers:
            title, body = indexer.texts(is_title), indexer.texts(is_body)
            parts = [
                indexer.vector_sql(title, self.backend.config),
                indexer.vector_sql(indexer.texts(is_autocomplete), self.backend.autocomplete_config),
                indexer.vector_sql(body, self.backend.config),
            ]
            rows.append("(%s, %s, {}, {}, {}, 1.0, %s, %s)".format(*(sql for sql, _params in parts)))
            params += [content_type_pk, str(indexer.obj.pk)]
            for _sql, part_params in parts:
                params += part_params
            params += [" ".join(text for text, _weight in title), " ".join(text for text, _weight in body)]
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, autocomplete, body,
                                                         title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


class PreparedPostgresSearchBackend(PostgresSearchBackend):
    index_class = PreparedPostgresIndex


def SearchBackend(params):  # noqa: N802 (Wagtail looks for this name)
    """PostgreSQL's backend with the faster index writes; another database's as modelsearch chooses it."""
    if connection.vendor == "postgresql":
        return PreparedPostgresSearchBackend(params)
    return database_backend(params)

"""Wagtail's database search backend, with a faster way of filling PostgreSQL's index.

modelsearch's PostgreSQL index (1.3) reads every search field of an object five times while it
writes the object's row (once each for the title, body and autocomplete vectors and for their two
plain texts), and builds a Django ``SearchVector`` expression per text that it then compiles back
into SQL. At 5,000 associations that was ~35 s of ``update_index``'s ~70 s: 17,000 objects, 2.6
million field reads and 130,000 compiled expressions. Here each field is read once per object and
the same SQL is written directly:

    setweight(to_tsvector('danish'::regconfig, 'Fjordlund Roklub'), 'C') || setweight(…, 'B') || …

The rows are the same as modelsearch's (``tests/search/test_index_rows.py`` compares the two for
every indexed object of the demo).

The search's ranked ids (``all_pks``, which search/matching.py asks for) are read with the SQL that
modelsearch's query compiler would make, written directly: modelsearch builds a Django expression
per ``ts_rank`` (22 for "musik egebjerg"; "frivillig" has 16) and compiles the tree, 9 ms of Python
per search at 5,000 associations, more than PostgreSQL takes to answer it. The text is the same,
down to how the sums are grouped (``balanced_reduce``), so PostgreSQL computes the same ranks in the
same order (``tests/search/test_index_rows.py`` compares the ids for every query of the relevance
sets). Queries of other shapes (phrases, boosts, fuzzy) go through modelsearch as before.

Everything else (the rebuilders, autocomplete, Wagtail's admin search) is modelsearch's own. SQLite
and MySQL get modelsearch's backend unchanged.
"""

import re

from django.db import connection, connections
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchResults,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import And, Or, PlainText
from modelsearch.utils import balanced_reduce, get_content_type_pk, get_descendants_content_types_pks

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


class RankedSQL:
    """The SQL of modelsearch's ranked search for a query of ``PlainText``, ``And`` and ``Or``, as text.

    For each part the same text as modelsearch's expressions compile to: a ``PlainText`` is one
    ``to_tsquery`` of its words (the last first, as modelsearch's ``Lexeme`` chain puts them), and
    ranks as ``ts_rank`` with the backend's weights; ``And`` ranks as the product of (1 + rank) less 1,
    ``Or`` as the mean, both reduced in modelsearch's balanced order.

    One difference: modelsearch calls ``ts_rank`` for every part, and a query's parts are often one
    lexeme for PostgreSQL ("frivillig", "frivillige" and "frivilliges" are all 'frivil'). Here each
    distinct lexeme query is ranked once per row and the formula reads that rank where modelsearch
    would compute it again: the same number, so the same order ("frivillig": 12 ``ts_rank`` a row
    instead of 16). Which parts are one query PostgreSQL says (``normalised``), once per word a process
    meets."""

    # {(config, to_tsquery's text): PostgreSQL's tsquery as text}, for the words the process has met.
    normalised = {}
    NORMALISED_KEPT = 50_000

    def __init__(self, config, weights):
        self.config, self.weights = config, weights

    @staticmethod
    def supports(query):
        if isinstance(query, PlainText):
            return bool([term for term in re.split(r"[\s\-]+", query.query_string) if term])
        return isinstance(query, And | Or) and all(RankedSQL.supports(sub) for sub in query.subqueries)

    def text(self, query):
        """What modelsearch gives ``to_tsquery`` for a PlainText."""
        terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
        connector = " & " if query.operator == "and" else " | "
        quoted = ["'{}'".format(term.replace("'", "''").replace("\\", "\\\\")) for term in terms]
        text = quoted[-1]
        for term in quoted[:-1]:
            text = f"({text}{connector}{term})"
        return text

    def tsquery(self, query):
        """``to_tsquery(config, '…')`` of a PlainText: its SQL and parameters."""
        return "to_tsquery(%s::regconfig, %s)", [self.config, self.text(query)]

    @staticmethod
    def leaves(query):
        return (
            [query]
            if isinstance(query, PlainText)
            else [leaf for sub in query.subqueries for leaf in RankedSQL.leaves(sub)]
        )

    def normalise(self, cursor, query):
        """{to_tsquery's text: PostgreSQL's tsquery as text} for the query's parts (one query for unseen words)."""
        texts = list(dict.fromkeys(self.text(leaf) for leaf in self.leaves(query)))
        missing = [text for text in texts if (self.config, text) not in self.normalised]
        if missing:
            cursor.execute(
                "SELECT " + ", ".join(["to_tsquery(%s::regconfig, %s)::text"] * len(missing)),
                [value for text in missing for value in (self.config, text)],
            )
            if len(self.normalised) > self.NORMALISED_KEPT:
                self.normalised.clear()
            self.normalised.update(
                {(self.config, text): value for text, value in zip(missing, cursor.fetchone(), strict=True)}
            )
        return {text: self.normalised[(self.config, text)] for text in texts}

    def matches(self, query):
        """The tsquery the row must match: the parts' queries joined with || and &&."""
        if isinstance(query, PlainText):
            return self.tsquery(query)
        parts = [self.matches(sub) for sub in query.subqueries]
        operator = " && " if isinstance(query, And) else " || "
        return balanced_reduce(lambda a, b: (f"({a[0]}{operator}{b[0]})", a[1] + b[1]), parts)

    def rank(self, query, column):
        """The rank's formula over ``column(part)``, the column holding a part's ``ts_rank``."""
        if isinstance(query, PlainText):
            return column(query), []
        parts = [self.rank(sub, column) for sub in query.subqueries]
        if isinstance(query, And):
            parts = [(f"(%s + {sql})", [1, *params]) for sql, params in parts]
            sql, params = balanced_reduce(lambda a, b: (f"({a[0]} * {b[0]})", a[1] + b[1]), parts)
            return f"({sql} - %s)", [*params, 1]
        sql, params = balanced_reduce(lambda a, b: (f"({a[0]} + {b[0]})", a[1] + b[1]), parts)
        return f"({sql} / %s)", [*params, len(parts)]

    def ranked_ids(self, queryset, query):
        """The ids of ``queryset``'s objects that match ``query``, best first, as modelsearch orders them."""
        entries = IndexEntry._meta.db_table
        model = queryset.model
        inner_sql, inner_params = queryset.order_by().values("pk").query.sql_with_params()
        matches, match_params = self.matches(query)
        content_types = get_descendants_content_types_pks(model)
        with connections[queryset.db].cursor() as cursor:
            normalised = self.normalise(cursor, query)
            lexemes = list(dict.fromkeys(normalised.values()))
            number = {value: index for index, value in enumerate(lexemes)}
            ranks, rank_params = [], []
            for prefix, vector in (("t", "title"), ("b", "body")):
                for index, value in enumerate(lexemes):
                    ranks.append(f'ts_rank((%s)::float4[], "{entries}"."{vector}", %s::tsquery) AS {prefix}{index}')
                    rank_params += [self.weights, value]
            title, title_params = self.rank(query, lambda part: f"ranked.t{number[normalised[self.text(part)]]}")
            body, body_params = self.rank(query, lambda part: f"ranked.b{number[normalised[self.text(part)]]}")
            # modelsearch joins the model's table to the index on ``object_id = id::varchar``, which PostgreSQL
            # can only hash-join over every row of the table. Here the index's matching rows are read first (its
            # GIN index of title || body) and kept when their object is among the queryset's, by primary key:
            # the same rows, as each object has one index entry. OFFSET 0 keeps PostgreSQL from copying each
            # rank into the formula, where it would be computed again for every use.
            object_id = f'("{entries}"."object_id")::{model._meta.pk.db_type(connection)}'
            sql = f"""
                SELECT ranked.id FROM (
                    SELECT {object_id} AS id, "{entries}"."title_norm", {", ".join(ranks)}
                    FROM "{entries}"
                    WHERE "{entries}"."content_type_id" = ANY(%s)
                      AND ("{entries}"."title" || "{entries}"."body") @@ ({matches})
                      AND {object_id} IN ({inner_sql})
                    OFFSET 0
                ) AS ranked
                ORDER BY (({title} * ranked."title_norm") + ({body} * %s)) DESC, ranked.id DESC
            """
            params = [*rank_params, content_types, *match_params, *inner_params, *title_params, *body_params, 1.0]
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]


class RankedIdsResults(PostgresSearchResults):
    def all_pks(self):
        """Every match's id, best first (search/matching.py), without building modelsearch's expressions."""
        compiler = self.query_compiler
        if compiler.fields is not None or not compiler.order_by_relevance or not RankedSQL.supports(compiler.query):
            return list(self.get_queryset().values_list("pk", flat=True))
        ranked = RankedSQL(compiler.get_config(self.backend), compiler.sql_weights)
        return ranked.ranked_ids(compiler.queryset, compiler.query)[self.start : self.stop]


class PreparedPostgresSearchBackend(PostgresSearchBackend):
    index_class = PreparedPostgresIndex
    results_class = RankedIdsResults


def SearchBackend(params):  # noqa: N802 (Wagtail looks for this name)
    """PostgreSQL's backend with the faster index writes; another database's as modelsearch chooses it."""
    if connection.vendor == "postgresql":
        return PreparedPostgresSearchBackend(params)
    return database_backend(params)

"""Wagtail's Elasticsearch and OpenSearch backends with index settings the portal owns.

- Text is analysed as Danish: accents other than æ, ø, å dropped ("café" is
  "cafe", as search/danish.py compares words), lower case, Danish stop words,
  the Snowball Danish stemmer (the one search/danish.py and PostgreSQL use), and
  the synonyms staff keep in the admin, at index time only.
- Synonym rules are given as the staff wrote them. Elasticsearch parses a rule
  with the filters that precede the synonym filter, so each word is stemmed like
  the text it meets: "ældre, seniorer" becomes "ældr, senior" and the text
  "seniorerne" (stem "senior") is indexed with "ældr" too. Rules must therefore
  not be stemmed here: the stemmer would run twice ("besøgsven" → "besøgsv").
- Autocomplete folds accents the same way when indexing and when searching.
  wagtail/wagtail#13005: Wagtail's edge n-gram analyzer folds accents
  (``asciifolding``) but the autocomplete field is searched with the
  ``standard`` analyzer, which does not, so a title with "å" is found when typed
  without the accent and missed when typed with it ("Lyngå" indexes "lynga";
  "lyngå" is searched as "lyngå"). Here both sides keep the letters as written
  and add the folded form, so "lyngå", "lynga" and "aeldre" for "ældre" all meet.
- Compounds: Elasticsearch gets no decompounder. The query side
  (search/query.py) expands a word to the compounds in the portal's own
  vocabulary that contain it ("sorg" → "sorggruppe") before the query reaches
  the index, the same on every backend. Irregular forms are joined the same way:
  the query side sends "barn", "børn" and "børnene" for "barn" (search/lexicon.py
  gives their lemma), so the nodes need no hunspell files of their own.
- ``INDEX`` in the backend's settings names the indexes: "frivilligportal" gives
  "frivilligportal_search_searchdocument", "frivilligportal_wagtailcore_page", …
  (Wagtail's backend itself only knows ``INDEX_PREFIX`` and would ignore it).
- When Elasticsearch fails, it is marked down in the cache for
  ELASTICSEARCH_RETRY_SECONDS (search/availability.py; the citizens' search does the
  same). Meanwhile searches made straight on this backend (Wagtail's admin) are
  answered by the "database" backend, and indexing skips Elasticsearch instead of
  waiting for it once per object: publishing stays fast, and
  ``manage.py update_index`` catches up once it is back.

Synonyms are read from the database when an index is created, so after changing
them run ``manage.py update_index`` (it builds the indexes again with the new list).
"""

import contextlib
import copy
import importlib
import logging
import unicodedata

from django.conf import settings as django_settings
from modelsearch.backends import get_search_backend
from modelsearch.index import class_is_indexed

from .. import danish
from ..availability import known_down, mark_down
from ..models import SynonymGroup

logger = logging.getLogger(__name__)

AUTOCOMPLETE_SEARCH_ANALYZER = "autocomplete_search"
DANISH_LETTERS = set("æøåÆØÅ")


def accent_mappings():
    """Mapping rules that drop accents from Latin letters other than æ, ø, å: "é => e", "Ü => U"."""
    rules = []
    for code in range(0xC0, 0x180):  # Latin-1 Supplement and Latin Extended-A
        char = chr(code)
        if char in DANISH_LETTERS:
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char and base.isascii() and base.isalpha():
            rules.append(f"{char} => {base}")
    return rules


def synonym_rules(groups):
    """Elasticsearch synonym rules from the staff's groups: one "a, b, c" rule per group, words as written.

    The index's analysis chain stems them (see the module's docstring)."""
    rules = []
    for group in groups:
        terms = []
        for term in group:
            words = " ".join(danish.words(term))  # Nothing of the rule syntax (",", "=>") survives.
            if words and words not in terms:
                terms.append(words)
        if len(terms) > 1:
            rules.append(", ".join(terms))
    return rules


def danish_settings(base):
    """Wagtail's index settings with the Danish analysis (no synonyms: they are added when an index is created)."""
    settings = copy.deepcopy(base)
    analysis = settings.setdefault("settings", {}).setdefault("analysis", {})
    analysis.setdefault("char_filter", {})["danish_accents"] = {"type": "mapping", "mappings": accent_mappings()}
    analysis.setdefault("filter", {}).update(
        {
            "danish_stop": {"type": "stop", "stopwords": "_danish_"},
            "danish_stemmer": {"type": "stemmer", "language": "danish"},
            "danish_folding": {"type": "asciifolding", "preserve_original": True},
        }
    )
    text = {
        "type": "custom",
        "char_filter": ["danish_accents"],
        "tokenizer": "standard",
        "filter": ["lowercase", "danish_stop", "danish_stemmer"],
    }
    analysis.setdefault("analyzer", {}).update(
        {
            # "default" analyses every text field when indexing, "default_search" the query.
            "default": copy.deepcopy(text),
            "default_search": copy.deepcopy(text),
            "edgengram_analyzer": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "danish_folding", "edgengram"],
            },
            "ngram_analyzer": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "danish_folding", "ngram"],
            },
            AUTOCOMPLETE_SEARCH_ANALYZER: {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "danish_folding"],
            },
        }
    )
    return settings


def with_synonyms(settings, groups):
    """The settings with the staff's synonyms applied by the index-time analyzer ("default") only."""
    settings = copy.deepcopy(settings)
    rules = synonym_rules(groups)
    if rules:
        analysis = settings["settings"]["analysis"]
        # Lenient: a rule Elasticsearch cannot parse (a stop word alone, say) is skipped, not fatal.
        analysis["filter"]["danish_synonyms"] = {"type": "synonym", "synonyms": rules, "lenient": True}
        analysis["analyzer"]["default"]["filter"].append("danish_synonyms")
    return settings


def index_settings(base, groups):
    """The settings an index is created with: Wagtail's, the Danish analysis and the synonyms."""
    return with_synonyms(danish_settings(base), groups)


def current_synonym_groups():
    try:
        return [group.term_list for group in SynonymGroup.objects.all()]
    except Exception:  # No table yet (an index built before migrating): the index works without synonyms.
        logger.warning("Synonyms could not be read; the index is built without them", exc_info=True)
        return []


class DanishIndexMixin:
    def put(self):
        backend = self.backend
        settings = backend.settings
        backend.settings = with_synonyms(settings, current_synonym_groups())
        try:
            super().put()
        finally:
            backend.settings = settings


class KeywordIndexMixin:
    """The index calls with keyword arguments, which opensearch-py 3 requires and opensearch-py 2 accepts.

    Wagtail's opensearch2 index passes the index name positionally and fails with opensearch-py 3."""

    def put(self):
        self.es.indices.create(index=self.name, body=self.backend.settings)

    def delete(self):
        with contextlib.suppress(self.backend.NotFoundError):
            self.es.indices.delete(index=self.name)

    def refresh(self):
        self.es.indices.refresh(index=self.name)

    def exists(self):
        return self.es.indices.exists(index=self.name)

    def add_item(self, item):
        if not class_is_indexed(item.__class__):
            return
        mapping = self.mapping_class(item.__class__)
        self.es.index(index=self.name, body=mapping.get_document(item), id=mapping.get_document_id(item))


class DanishBackendMixin:
    def __init__(self, params):
        params = dict(params)
        index = params.pop("INDEX", None)
        if index and "INDEX_PREFIX" not in params:
            params["INDEX_PREFIX"] = f"{index}_"
        super().__init__(params)

    # While Elasticsearch is known to be down (search/availability.py marks it in the cache for
    # ELASTICSEARCH_RETRY_SECONDS): searches made straight on this backend, such as Wagtail's admin
    # searches, are answered by the database backend, and indexing skips Elasticsearch instead of
    # waiting TIMEOUT for every object. manage.py update_index catches up.
    def stand_in(self):
        if known_down() and "database" in django_settings.WAGTAILSEARCH_BACKENDS:
            return get_search_backend("database")
        return None

    def search(self, *args, **kwargs):
        stand_in = self.stand_in()
        return stand_in.search(*args, **kwargs) if stand_in else super().search(*args, **kwargs)

    def autocomplete(self, *args, **kwargs):
        stand_in = self.stand_in()
        return stand_in.autocomplete(*args, **kwargs) if stand_in else super().autocomplete(*args, **kwargs)

    def _indexing(self, action, what, method, *args):
        if known_down():
            logger.warning(
                "Elasticsearch is down: %s %r skipped there; manage.py update_index catches up", action, what
            )
            return None
        try:
            return method(*args)
        except Exception:
            mark_down()
            raise  # Wagtail logs it and goes on (catch_indexing_errors): publishing never fails.

    def add(self, obj):
        return self._indexing("indexing", obj, super().add, obj)

    def add_bulk(self, model, obj_list):
        return self._indexing("indexing", model, super().add_bulk, model, obj_list)

    def delete(self, obj):
        return self._indexing("removing", obj, super().delete, obj)


class MarkDownOnFailureMixin:
    """Results that mark Elasticsearch down when it fails to answer, so the next searches use the database."""

    def _do_search(self):
        try:
            yield from super()._do_search()
        except Exception:
            mark_down()
            raise

    def _do_count(self):
        try:
            return super()._do_count()
        except Exception:
            mark_down()
            raise

    def all_pks(self):
        try:
            return super().all_pks()
        except Exception:
            mark_down()
            raise


class AllPksMixin:
    """Results that give every match's id straight from the index, best first, for exact counts.

    Wagtail's results read the matching objects from the database a hundred at a time, a request
    to Elasticsearch and a query each; the search only needs the ids (search/matching.py). Up to
    ``PKS_PER_REQUEST`` matches take one request; more are read with the scroll API, that many at
    a time. Slicing the results does not apply: it is every match."""

    PKS_PER_REQUEST = 10_000  # Elasticsearch's default index.max_result_window.

    def all_pks(self):
        params = {
            "index": self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
            "_source": False,
            self.fields_param_name: "pk",
            "size": self.PKS_PER_REQUEST,
        }
        body = {**self._get_es_body(), "track_total_hits": True}
        page = self._backend_do_search(body, **params)
        hits = page["hits"]["hits"]
        if self._total(page) <= len(hits):
            return self._pks(hits)
        pks = []
        page = self._backend_do_search(body, scroll="1m", **params)
        try:
            while page["hits"]["hits"]:
                pks += self._pks(page["hits"]["hits"])
                page = self.backend.es.scroll(scroll_id=page["_scroll_id"], scroll="1m")
        finally:
            if "_scroll_id" in page:
                self.backend.es.clear_scroll(scroll_id=page["_scroll_id"])
        return pks

    @staticmethod
    def _total(page):
        total = page["hits"]["total"]
        return total["value"] if isinstance(total, dict) else total

    def _pks(self, hits):
        to_python = self.query_compiler.queryset.model._meta.pk.to_python
        return [to_python(hit["fields"]["pk"][0]) for hit in hits]


ENGINES = {
    # SEARCH_ENGINE: (Wagtail's module, the prefix of its class names)
    "elasticsearch8": ("wagtail.search.backends.elasticsearch8", "Elasticsearch8"),
    "elasticsearch9": ("wagtail.search.backends.elasticsearch9", "Elasticsearch9"),
    "opensearch2": ("wagtail.search.backends.opensearch2", "OpenSearch2"),
    "opensearch3": ("wagtail.search.backends.opensearch3", "OpenSearch3"),
}


def _danish(module_path, prefix):
    """A Danish subclass of one of Wagtail's backends, with a mapping whose autocomplete folds on both sides."""
    module = importlib.import_module(module_path)
    mapping_base = getattr(module, f"{prefix}Mapping")
    backend_base = getattr(module, f"{prefix}SearchBackend")
    index_base = getattr(module, f"{prefix}Index")

    mapping_class = type(
        f"Danish{prefix}Mapping",
        (mapping_base,),
        {
            "edgengram_analyzer_config": {
                "analyzer": "edgengram_analyzer",
                "search_analyzer": AUTOCOMPLETE_SEARCH_ANALYZER,
            },
            "__module__": __name__,
        },
    )
    compilers = {}
    for name in ("SearchQueryCompiler", "AutocompleteQueryCompiler"):
        base = getattr(module, f"{prefix}{name}")
        compilers[name] = type(
            f"Danish{prefix}{name}", (base,), {"mapping_class": mapping_class, "__module__": __name__}
        )
    index_mixins = (DanishIndexMixin, KeywordIndexMixin) if prefix.startswith("OpenSearch") else (DanishIndexMixin,)
    index_class = type(f"Danish{prefix}Index", (*index_mixins, index_base), {"__module__": __name__})
    results_base = getattr(module, f"{prefix}SearchResults")
    results_class = type(
        f"Danish{prefix}SearchResults", (MarkDownOnFailureMixin, AllPksMixin, results_base), {"__module__": __name__}
    )

    return type(
        f"Danish{prefix}SearchBackend",
        (DanishBackendMixin, backend_base),
        {
            "__module__": __name__,
            "__doc__": f"Wagtail's {prefix} backend with Danish analysis and staff synonyms.",
            "mapping_class": mapping_class,
            "index_class": index_class,
            "results_class": results_class,
            "query_compiler_class": compilers["SearchQueryCompiler"],
            "autocomplete_query_compiler_class": compilers["AutocompleteQueryCompiler"],
            "settings": danish_settings(backend_base.settings),
        },
    )

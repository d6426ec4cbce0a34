"""The Elasticsearch and OpenSearch code paths: what the portal sends them, and (with a server) what they find.

No Elasticsearch server can run here, so most tests check what our backends would send: the
index settings (Danish analysis, the staff's synonyms, autocomplete that folds æ, ø, å the
same way on both sides), the mapping of the search documents and the query bodies a search
produces. A backend is built with the address of a closed port: building one connects to
nothing. The live tests at the end run only with ELASTICSEARCH_URL set (SEARCH_ENGINE picks
elasticsearch8, elasticsearch9, opensearch2 or opensearch3); they work in indexes of their own
and delete them afterwards.
"""

import importlib
import os
import uuid

import pytest
import snowballstemmer
from django.core.cache import cache
from django.core.management import call_command
from modelsearch.backends import get_search_backend
from wagtail.search.query import PlainText

from home.factories import StandardPageFactory
from search import danish
from search.backends import current_synonym_groups, synonym_rules, with_synonyms
from search.matching import documents_of
from search.models import SearchDocument, SynonymGroup, Term
from search.query import analyse
from search.service import DOWN_KEY, applies_synonyms_in_index, run_search, suggest
from search.vocabulary import vocabulary

pytestmark = pytest.mark.django_db

ENGINES = ["elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"]
CLOSED = "http://127.0.0.1:9"
DATABASE = {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "danish"}


def backend_class(engine):
    if engine.startswith("opensearch"):
        pytest.importorskip("opensearchpy", reason="opensearch-py is not installed (pip install opensearch-py)")
    try:
        module = importlib.import_module(f"search.backends.{engine}")
    except ImportError as error:  # e.g. a Wagtail backend that needs another major version of the client
        pytest.skip(f"search.backends.{engine} cannot be imported with the installed client: {error}")
    return module.SearchBackend


def build(engine, **params):
    return backend_class(engine)({"URLS": [CLOSED], "INDEX": "frivilligportal", "TIMEOUT": 2, **params})


@pytest.fixture(autouse=True)
def database_backend_only(settings):
    """Whatever ELASTICSEARCH_URL says, nothing these tests save reaches a real index except the live ones'."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": DATABASE}


@pytest.fixture(params=ENGINES)
def backend(request):
    return build(request.param)


def analysis(settings):
    return settings["settings"]["analysis"]


def text_fields(mapping):
    return {name: field for name, field in mapping["properties"].items() if field["type"] == "text"}


# The index settings


def test_building_a_backend_connects_to_nothing_and_names_the_indexes_after_INDEX(backend):
    assert backend.index_prefix == "frivilligportal_"
    assert backend.get_index_for_model(SearchDocument).name == "frivilligportal_search_searchdocument"


def test_text_is_analysed_as_danish_when_indexing_and_when_searching(backend):
    settings = analysis(backend.settings)
    assert settings["filter"]["danish_stop"] == {"type": "stop", "stopwords": "_danish_"}
    assert settings["filter"]["danish_stemmer"] == {"type": "stemmer", "language": "danish"}
    for name in ("default", "default_search"):
        analyzer = settings["analyzer"][name]
        assert analyzer["tokenizer"] == "standard"
        assert analyzer["char_filter"] == ["danish_accents"]
        assert analyzer["filter"] == ["lowercase", "danish_stop", "danish_stemmer"]
    # Wagtail's own analyzers and limits are kept.
    assert settings["filter"]["edgengram"]["type"] == "edge_ngram"
    assert backend.settings["settings"]["index"]["max_ngram_diff"] == 12


def test_accents_other_than_ae_oe_aa_are_dropped_as_the_query_side_drops_them(backend):
    rules = dict(rule.split(" => ") for rule in analysis(backend.settings)["char_filter"]["danish_accents"]["mappings"])
    assert not set("æøåÆØÅ") & set(rules)
    for word in ["Lektiecafé", "Müller", "Øresund", "Ærø", "Århus", "crème", "Škoda"]:
        assert "".join(rules.get(char, char) for char in word).lower() == danish.normalise(word)


def test_staff_synonyms_go_into_the_index_time_analyzer_only(backend):

    SynonymGroup.objects.create(terms="ældre, seniorer")
    SynonymGroup.objects.create(terms="besøgsven, besøgsvenner, besøgstjeneste")
    SynonymGroup.objects.create(terms="Lektiecafé, lektiehjælp")

    created_with = analysis(with_synonyms(backend.settings, current_synonym_groups()))

    synonyms = created_with["filter"]["danish_synonyms"]
    assert synonyms["type"] == "synonym"  # Not synonym_graph: that one works at search time only.
    assert synonyms["lenient"] is True
    assert sorted(synonyms["synonyms"]) == [
        "besøgsven, besøgsvenner, besøgstjeneste",
        "lektiecafe, lektiehjælp",
        "ældre, seniorer",
    ]
    assert created_with["analyzer"]["default"]["filter"][-1] == "danish_synonyms"
    assert "danish_synonyms" not in created_with["analyzer"]["default_search"]["filter"]
    # The backend's own settings (what a search is compiled against) never carry them.
    assert "danish_synonyms" not in analysis(backend.settings)["filter"]


def test_without_synonyms_the_index_has_no_synonym_filter(backend):

    created_with = analysis(with_synonyms(backend.settings, current_synonym_groups()))
    assert "danish_synonyms" not in created_with["filter"]
    assert created_with["analyzer"]["default"]["filter"] == ["lowercase", "danish_stop", "danish_stemmer"]


def test_synonym_rules_meet_every_inflection_because_elasticsearch_stems_them_itself():
    """Elasticsearch parses a rule with the filters before the synonym filter, so the rule is given unstemmed.

    The Danish Snowball stemmer (Elasticsearch's "danish" stemmer is the same) is not idempotent:
    "besøgsvenner" → "besøgsven" but "besøgsven" → "besøgsv". Stemming the rule here as well would
    make Elasticsearch stem it twice and lose "besøgsven", the stem of "besøgsvenner"."""

    stem = snowballstemmer.stemmer("danish").stemWord

    def elasticsearch_analysis(text):  # lowercase, _danish_ stop words, danish stemmer
        return [stem(word) for word in danish.words(text) if word not in danish.STOP_WORDS]

    [rule] = synonym_rules([["besøgsven", "besøgsvenner", "besøgstjeneste"]])
    stems_in_rule = {stem for term in rule.split(", ") for stem in elasticsearch_analysis(term)}
    for text in ["besøgsven", "besøgsvennen", "besøgsvenner", "besøgsvennerne", "besøgstjenesten"]:
        assert set(elasticsearch_analysis(text)) <= stems_in_rule, text
    stemmed_twice = {stem(term) for term in elasticsearch_analysis(rule)}
    assert stem("besøgsvenner") not in stemmed_twice


def test_autocomplete_folds_accents_the_same_way_when_indexing_and_searching(backend):
    """wagtail/wagtail#13005: Wagtail folds when indexing edge n-grams but searches them with "standard"."""
    settings = analysis(backend.settings)
    mapping = backend.mapping_class(SearchDocument).get_mapping()["properties"]
    for field in ("_edgengrams", "title_edgengrams"):
        assert mapping[field]["analyzer"] == "edgengram_analyzer"
        assert mapping[field]["search_analyzer"] == "autocomplete_search"
    indexing = settings["analyzer"]["edgengram_analyzer"]
    searching = settings["analyzer"]["autocomplete_search"]
    assert indexing["tokenizer"] == searching["tokenizer"] == "standard"
    assert indexing["filter"] == [*searching["filter"], "edgengram"]
    assert settings["filter"]["danish_folding"] == {"type": "asciifolding", "preserve_original": True}
    assert "danish_folding" in searching["filter"]


# The mapping


def test_search_documents_are_mapped_with_boosts_and_facet_fields(backend):
    mapping = backend.mapping_class(SearchDocument).get_mapping()["properties"]
    assert mapping["title"]["copy_to"] == ["_all_text", "_all_text_boost_4_0"]
    assert mapping["summary"]["copy_to"] == ["_all_text", "_all_text_boost_2_0"]
    assert mapping["keywords"]["copy_to"] == ["_all_text", "_all_text_boost_2_0"]
    assert mapping["body"]["copy_to"] == "_all_text"
    # No analyzer of their own: the index's "default" analyses them, "default_search" the query.
    for name in ("title", "summary", "keywords", "body", "_all_text", "_all_text_boost_2_0", "_all_text_boost_4_0"):
        assert "analyzer" not in mapping[name], name
    assert set(text_fields({"properties": mapping})) == {
        "title",
        "summary",
        "keywords",
        "body",
        "_all_text",
        "_all_text_boost_2_0",
        "_all_text_boost_4_0",
        "_edgengrams",
        "title_edgengrams",
    }
    assert mapping["kind_filter"] == {"type": "keyword"}
    assert mapping["locale_id_filter"]["type"] == "integer"
    assert mapping["site_id_filter"]["type"] in ("integer", "long")
    assert mapping["locality_id_filter"]["type"] in ("integer", "long")
    for flag in ("is_free", "no_danish_needed", "accessible_venue"):
        assert mapping[f"{flag}_filter"] == {"type": "boolean"}
    assert mapping["open_until_filter"] == {"type": "date"}


# The query bodies


def known_words(*words):
    """Words the portal's content uses, as search/documents.py records them for the query side."""
    Term.objects.bulk_create([Term(word=word, stem=danish.stem_of(word), documents=3) for word in words])

    vocabulary.forget()


def match_queries(node):
    """The (field, text, operator, boost) of every match query in a query body."""
    if isinstance(node, dict):
        if "match" in node and "_django_content_type" not in node["match"]:
            [(field, spec)] = node["match"].items()
            yield field, spec["query"], spec.get("operator"), spec.get("boost", 1.0)
            return
        for value in node.values():
            yield from match_queries(value)
    elif isinstance(node, list):
        for value in node:
            yield from match_queries(value)


def clause_words(clause):
    return {text for _field, text, _operator, _boost in match_queries(clause)}


def test_a_search_is_an_and_of_ors_of_words_filtered_to_the_locale(backend, danish_locale):
    known_words("sorggruppe", "sorggrupper", "ældre", "forældre", "mødested")
    plan = analyse("sorggrupper for ældre", synonyms=False)
    assert len(plan.clauses) == 2

    queryset = SearchDocument.objects.filter(locale_id=danish_locale.pk)
    body = backend.query_compiler_class(queryset, plan.to_query()).get_query()

    assert {"term": {"locale_id_filter": danish_locale.pk}} in body["bool"]["filter"]
    assert {"match": {"_django_content_type": "search.SearchDocument"}} in body["bool"]["filter"]
    per_field = body["bool"]["must"]["dis_max"]["queries"]
    fields = {field for query in per_field for field, *_rest in match_queries(query)}
    assert fields == {"_all_text", "_all_text_boost_2_0", "_all_text_boost_4_0"}
    for query in per_field:
        clauses = query["bool"]["must"]
        assert [clause_words(clause) for clause in clauses] == [set(clause.alternatives) for clause in plan.clauses]
        for field, _text, operator, boost in match_queries(query):
            assert operator == "and"
            assert boost == {"_all_text": 1.0, "_all_text_boost_2_0": 2.0, "_all_text_boost_4_0": 4.0}[field]
    words = {text for _field, text, _operator, _boost in match_queries(body)}
    assert {"sorggruppe", "sorggrupper", "ældre"} <= words


def test_a_search_and_its_suggestions_keep_to_the_site_serving_the_request(backend, danish_locale, second_site):
    """Several kommuner on one installation: Elasticsearch filters by the documents' site as the database does."""
    known_words("roklub", "roning")
    plan = analyse("roklub", synonyms=False)
    documents = documents_of(danish_locale, second_site.site)
    body = backend.query_compiler_class(documents, plan.to_query()).get_query()
    assert term_filters(body["bool"]["filter"]) >= {
        ("site_id_filter", second_site.site.pk),
        ("locale_id_filter", danish_locale.pk),
    }
    typed = backend.autocomplete_query_compiler_class(documents, PlainText("Rok")).get_query()
    assert ("site_id_filter", second_site.site.pk) in term_filters(typed["bool"]["filter"])


def term_filters(node):
    """Every (field, value) a filter requires, however Wagtail nests them ("bool": {"must": [...]})."""
    if isinstance(node, list):
        return set().union(*(term_filters(item) for item in node))
    if isinstance(node, dict):
        if "term" in node:
            [(field, value)] = node["term"].items()
            return {(field, value)}
        return set().union(*(term_filters(value) for value in node.values()))
    return set()


def test_a_word_inside_compounds_is_searched_as_those_compounds(backend, danish_locale):
    """Elasticsearch has no decompounder here: the query names the compounds the content uses."""
    known_words("sorggruppe", "sorggrupper", "sorgrådgivning", "gruppe")
    plan = analyse("sorg", synonyms=False)
    queryset = SearchDocument.objects.filter(locale_id=danish_locale.pk)
    body = backend.query_compiler_class(queryset, plan.to_query()).get_query()
    words = {text for _field, text, _operator, _boost in match_queries(body)}
    assert {"sorggruppe", "sorggrupper"} <= words


def test_synonyms_are_left_to_the_index_on_elasticsearch_and_expanded_on_the_database(settings, danish_locale):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.elasticsearch8", "URLS": [CLOSED]},
        "database": DATABASE,
    }
    known_words("ældre", "seniorer", "klub")
    SynonymGroup.objects.create(terms="ældre, seniorer")

    vocabulary.forget()

    assert applies_synonyms_in_index("default") and not applies_synonyms_in_index("database")
    on_elasticsearch = analyse("seniorer", synonyms=False)
    on_the_database = analyse("seniorer")
    assert "ældre" not in {word for clause in on_elasticsearch.clauses for word in clause.alternatives}
    assert "ældre" in {word for clause in on_the_database.clauses for word in clause.alternatives}


def test_autocomplete_searches_the_edge_ngrams_and_leaves_folding_to_the_analyzer(backend, danish_locale):

    queryset = SearchDocument.objects.filter(locale_id=danish_locale.pk)
    body = backend.autocomplete_query_compiler_class(queryset, PlainText("Lyngå")).get_query()
    [(field, text, _operator, _boost)] = match_queries(body["bool"]["must"])
    assert (field, text) == ("_edgengrams", "Lyngå")  # As typed: the autocomplete_search analyzer folds it.
    assert {"term": {"locale_id_filter": danish_locale.pk}} in body["bool"]["filter"]


# Live: only with a server (ELASTICSEARCH_URL)

LIVE_URL = os.environ.get("ELASTICSEARCH_URL", "")
live = pytest.mark.skipif(
    not LIVE_URL,
    reason="No Elasticsearch server here: set ELASTICSEARCH_URL (and SEARCH_ENGINE for Elasticsearch 9 or "
    "OpenSearch) to run the live tests against one; they use and then delete indexes named test_*",
)


def delete_indexes(backend):
    """Every index and alias the test created (Elasticsearch 8 refuses wildcard deletes by default)."""
    names = backend.es.indices.get(index=f"{backend.index_prefix}*")
    for name in names:
        backend.es.indices.delete(index=name)


def publish_corpus(home):
    """A few pages as editors publish them, and the staff's synonyms."""
    SynonymGroup.objects.create(terms="ældre, seniorer")
    for title, slug, intro in [
        ("Sorggruppe for efterladte", "sorggruppe", "Mød andre, der har mistet en ægtefælle."),
        ("Klub for ældre", "klub", "Kaffe, kortspil og udflugter hver torsdag."),
        ("Lyngå Spejdergruppe", "spejder", "Børn og unge i Lyngå mødes i en gruppe hver uge."),
        ("Lektiecafé på biblioteket", "lektiecafe", "Frivillige hjælper skolebørn med lektierne."),
    ]:
        StandardPageFactory(parent=home, title=title, slug=slug, intro=intro).save_revision().publish()


@pytest.fixture
def live_backend(settings, home):

    engine = os.environ.get("SEARCH_ENGINE", "elasticsearch8")
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.{engine}",
            "URLS": [url.strip() for url in LIVE_URL.split(",")],
            "INDEX": f"test_{uuid.uuid4().hex[:8]}",
            "TIMEOUT": 30,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": DATABASE,
    }
    cache.delete(DOWN_KEY)
    backend = get_search_backend("default")
    try:
        publish_corpus(home)
        call_command("update_index", verbosity=0)
        yield backend
    finally:
        delete_indexes(backend)
        cache.delete(DOWN_KEY)
    assert not backend.es.indices.get(index=f"{backend.index_prefix}*")


def titles(outcome):
    assert (outcome.backend, outcome.fell_back) == ("default", False)
    return [result.title for result in outcome.results]


@live
def test_live_the_index_is_created_with_the_danish_settings_and_synonyms(live_backend):
    index = live_backend.get_index_for_model(SearchDocument)
    [stored] = live_backend.es.indices.get_settings(index=index.name).values()
    analysis_stored = stored["settings"]["index"]["analysis"]
    assert analysis_stored["filter"]["danish_synonyms"]["synonyms"] == ["ældre, seniorer"]
    assert analysis_stored["analyzer"]["autocomplete_search"]["filter"] == ["lowercase", "danish_folding"]
    assert live_backend.es.count(index=index.name)["count"] == SearchDocument.objects.count()


@live
def test_live_danish_inflections_find_the_page(live_backend, danish_locale):
    assert titles(run_search("sorggrupper", danish_locale))[0] == "Sorggruppe for efterladte"
    assert titles(run_search("lektier", danish_locale))[0] == "Lektiecafé på biblioteket"


@live
def test_live_a_part_of_a_compound_finds_the_compound(live_backend, danish_locale):
    assert titles(run_search("sorg", danish_locale))[0] == "Sorggruppe for efterladte"


@live
def test_live_staff_synonyms_apply_in_the_index(live_backend, danish_locale):
    assert titles(run_search("seniorerne", danish_locale))[0] == "Klub for ældre"
    assert titles(run_search("senior", danish_locale))[0] == "Klub for ældre"


@live
def test_live_accents_are_optional_but_æøå_stay_letters(live_backend, danish_locale):
    assert titles(run_search("lektiecafe", danish_locale))[0] == "Lektiecafé på biblioteket"


@live
def test_live_autocomplete_with_and_without_æøå(live_backend, danish_locale):
    for typed in ["Lyngå", "lyngå", "lynga", "Lyng", "spejder"]:
        assert "Lyngå Spejdergruppe" in [doc.title for doc in suggest(typed, danish_locale)], typed
    assert "Klub for ældre" in [doc.title for doc in suggest("klub for æ", danish_locale)]


@live
def test_live_a_page_published_later_is_found_and_an_unpublished_one_is_gone(live_backend, home, danish_locale):
    page = StandardPageFactory(parent=home, title="Besøgsven søges", slug="besoegsven", intro="Besøg en nabo.")
    page.save_revision().publish()
    live_backend.get_index_for_model(SearchDocument).refresh()
    assert "Besøgsven søges" in titles(run_search("besøgsven", danish_locale))

    page.unpublish()
    index = live_backend.get_index_for_model(SearchDocument)
    index.refresh()
    assert live_backend.es.count(index=index.name)["count"] == SearchDocument.objects.count()

"""Matching: which documents the query finds, from the first backend that answers.

Elasticsearch (or OpenSearch) is asked first unless it failed a moment ago, then the database.
The backend gives the ids of every matching document in order of relevance, nothing else: the
counting (search/counting.py) reads what it needs from the database, the same for every backend.
Our Elasticsearch backends give the ids straight from the index (``all_pks``); the database
backends in one query, the ranked query they would run anyway.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError
from wagtail.search.query import And, Or, PlainText

from .availability import known_down, mark_down
from .languages import locale_ids, without_translated
from .models import SearchDocument
from .query import analyse
from .vocabulary import vocabulary

logger = logging.getLogger(__name__)


# A search whose words together find fewer than this many documents is filled up to it from the plan's looser
# attempts, after what has every word: "frivillig spejderleder" finds the guide to child certificates, the one
# page that says "spejderleder", and then the scout groups' helper tasks, which say "spejder" and "leder" apart.
FEW = 5
FILL = 10  # A page of results.
# A looser attempt that may match more documents than this is not tried only to fill up: ranking its matches
# costs more than the few results it adds are worth ("fodbold frivillig" would rank every page that says
# "frivillig", a third of them, for nine more results). At the demo's size every attempt is tried.
FILL_REACH = 500


@dataclass
class Match:
    """The ids the backend found, best first; the query words the results lack; who answered."""

    ids: list = field(default_factory=list)
    left_out: list = field(default_factory=list)
    backend: str = ""
    fell_back: bool = False  # The database answered although Elasticsearch is configured.
    # The ids that only a looser attempt found, filling up a search that found few (``FEW``): they come after
    # those that have every word of the query, whatever their titles say (search/ranking.py).
    looser: frozenset = frozenset()


def applies_synonyms_in_index(name):
    """Our Elasticsearch and OpenSearch backends put the synonyms in the index; the database needs them in the query."""
    backend = settings.WAGTAILSEARCH_BACKENDS[name]["BACKEND"]
    return backend.startswith(("search.backends.elasticsearch", "search.backends.opensearch"))


def backend_names():
    """The backends to ask, in order: Elasticsearch first unless it failed a moment ago, then the database."""
    names = [name for name in settings.WAGTAILSEARCH_BACKENDS if name != "database"]
    if "database" in settings.WAGTAILSEARCH_BACKENDS:
        if known_down():
            names = []
        names.append("database")
    return names


def ask(run, names=None):
    """Call ``run(backend_name)`` on each backend in turn until one answers; returns (answer, backend name)."""
    names = names or backend_names()
    for position, name in enumerate(names):
        try:
            return run(name), name
        except DatabaseError:
            logger.exception("The %s search backend failed", name)
            return None, name
        except Exception:
            if position == len(names) - 1:
                logger.exception("The %s search backend failed", name)
                return None, name
            logger.warning("The %s search backend failed; answering from the database", name, exc_info=True)
            mark_down()
    return None, ""


def all_ids(results):
    """The id of every result, in the backend's order, without making a model object of each."""
    if hasattr(results, "all_pks"):  # Our Elasticsearch backends: from the index, without the database.
        return results.all_pks()
    if hasattr(results, "get_queryset"):  # Wagtail's database backends: their ranked query, ids only.
        return list(results.get_queryset().values_list("pk", flat=True))
    return [doc.pk for doc in results]


def documents_of(locale, site=None):
    """The documents a search looks in: ``locale``'s and Danish ones (search/languages.py), of ``site`` when
    given (each kommune finds only its own). A Danish document with a translation is dropped from the ids later."""
    searched = locale_ids(locale)
    # One locale as a plain term (Danish, the common case), so the backends' queries stay as simple as before.
    documents = SearchDocument.objects.filter(
        **({"locale_id": searched[0]} if len(searched) == 1 else {"locale_id__in": searched})
    )
    return documents.filter(site_id=site.pk) if site is not None else documents


def reach(query, snapshot):
    """How many documents ``query`` may match at most, from the vocabulary's counts: the sum of an ``Or``'s parts,
    the fewest of an ``And``'s."""
    if isinstance(query, PlainText):
        return max((snapshot.frequency.get(word, 0) for word in query.query_string.split()), default=0)
    if isinstance(query, Or):
        return sum(reach(part, snapshot) for part in query.subqueries)
    if isinstance(query, And):
        return min((reach(part, snapshot) for part in query.subqueries), default=0)
    return snapshot.total


def match(text, plan, locale, backend=None, site=None):
    """The documents in ``locale`` (of ``site``) that ``plan`` (the analysed ``text``) finds: every one, best first.

    A query whose words the content does not explain finds nothing; if every word of the plan
    together finds nothing, the plan's looser attempts are tried in turn (``left_out`` names
    the words they drop). ``backend`` asks only that backend."""
    if not plan.searchable:
        return Match()
    base = documents_of(locale, site).only("id")

    def search(name):
        # Elasticsearch applies synonyms in its index; the database needs them in the query.
        attempts = (
            analyse(text, synonyms=False, language=locale.language_code) if applies_synonyms_in_index(name) else plan
        ).attempts()
        found, left_out, looser, after = [], [], [], []
        for position, (query, words) in enumerate(attempts):
            found = all_ids(base.search(query, backend=name))
            if found:
                left_out, after = words, attempts[position + 1 :]
                break
        # The looser attempts after it, in one query: what any of them finds, best first.
        # The vocabulary is read only here: most searches find enough, and reading it reads the token again.
        after = after if len(found) < FEW else []
        snapshot = vocabulary.get() if after else None
        rest = [query for query, _words in after if reach(query, snapshot) <= FILL_REACH]
        if rest:
            seen = set(found)
            ids = all_ids(base.search(rest[0] if len(rest) == 1 else Or(rest), backend=name))
            looser = [pk for pk in ids if pk not in seen][: FILL - len(found)]
        return found + looser, left_out, looser

    answer, name = ask(search, [backend] if backend else None)
    ids, left_out, looser = answer or ([], [], [])
    ids = without_translated(ids, locale)
    fell_back = name == "database" and len(settings.WAGTAILSEARCH_BACKENDS) > 1
    return Match(ids=ids, left_out=left_out, backend=name, fell_back=fell_back, looser=frozenset(looser))

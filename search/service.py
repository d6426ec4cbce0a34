"""The search itself: one function the page and the API share.

``run_search`` plans the query (search/query.py), asks the configured backend for
the matching documents in order of relevance, and counts facets and pages in
Python over the matches, so filters and counts behave the same on every backend.
If Elasticsearch fails or is slow, the database backend answers instead and
Elasticsearch is left alone for ``ELASTICSEARCH_RETRY_SECONDS``.
"""

import datetime
import logging
import math
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError
from django.http import QueryDict
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from . import analytics, danish
from .availability import DOWN_KEY, known_down, mark_down  # noqa: F401  DOWN_KEY: still importable from here
from .models import SearchDocument
from .query import analyse
from .text import printable

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_MATCHES = 1000
RERANK = 100
PER_PAGE = 10

FLAGS = [
    ("free", "is_free", _("Free")),
    ("no_danish", "no_danish_needed", _("No Danish needed")),
    ("accessible", "accessible_venue", _("Accessible venue")),
]


def clean_query(raw):
    """Drop control characters and clip the query so no input can upset the backend."""
    return printable(raw)[:MAX_QUERY_LENGTH]


@dataclass
class Filters:
    """The facets a citizen chose. Values are slugs (kinds are their codes); unknown ones are reported."""

    types: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    target_groups: list = field(default_factory=list)
    localities: list = field(default_factory=list)
    flags: list = field(default_factory=list)
    unknown: dict = field(default_factory=dict)

    PARAMS = {"type": "types", "category": "categories", "target_group": "target_groups", "locality": "localities"}

    @classmethod
    def from_params(cls, params, vocabularies):
        filters = cls()
        allowed = {
            "types": {code for code, _label in SearchDocument.KIND_CHOICES},
            "categories": {term.slug for term in vocabularies["categories"]},
            "target_groups": {term.slug for term in vocabularies["target_groups"]},
            "localities": {term.slug for term in vocabularies["localities"]},
        }
        for param, attribute in cls.PARAMS.items():
            values = [value.strip() for value in params.getlist(param) if value.strip()][:50]
            chosen = getattr(filters, attribute)
            for value in values:
                if value in allowed[attribute]:
                    if value not in chosen:
                        chosen.append(value)
                else:
                    filters.unknown.setdefault(param, []).append(value[:80])
        for param, _attribute, _label in FLAGS:
            value = params.get(param, "")
            if value in ("1", "true", "on", "yes"):
                filters.flags.append(param)
            elif value not in ("", "0", "false", "off", "no"):
                filters.unknown.setdefault(param, []).append(value[:80])
        return filters

    @property
    def active(self):
        return bool(self.types or self.categories or self.target_groups or self.localities or self.flags)


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    param: str
    label: str
    options: list


@dataclass
class Result:
    document: SearchDocument
    snippet: str
    activities: list = field(default_factory=list)  # An association's matching activities, shown with it.

    def __getattr__(self, name):
        return getattr(self.document, name)

    @property
    def kind_label(self):
        return self.document.get_kind_display()


@dataclass
class Outcome:
    query: str
    plan: object = None
    count: int = 0
    results: list = field(default_factory=list)
    page: int = 1
    pages: int = 0
    facets: list = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    backend: str = ""
    fell_back: bool = False
    promotions: list = field(default_factory=list)
    left_out: list = field(default_factory=list)  # Query words the results do not contain.

    @property
    def suggestion(self):
        return self.plan.suggestion if self.plan else ""

    @property
    def has_next(self):
        return self.page < self.pages

    @property
    def has_previous(self):
        return self.page > 1


# The facets' vocabularies: the models SearchDocument's own relations point to, whichever app keeps them.
VOCABULARY_FIELDS = {"categories": "categories", "target_groups": "target_groups", "localities": "locality"}


def vocabularies():
    return {
        name: list(SearchDocument._meta.get_field(field_name).related_model._default_manager.all())
        for name, field_name in VOCABULARY_FIELDS.items()
    }


def applies_synonyms_in_index(name):
    """Our Elasticsearch and OpenSearch backends put the synonyms in the index; the database needs them in the query."""
    return settings.WAGTAILSEARCH_BACKENDS[name]["BACKEND"].startswith("search.backends.")


def backend_names():
    """The backends to ask, in order: Elasticsearch first unless it failed a moment ago, then the database."""
    names = [name for name in settings.WAGTAILSEARCH_BACKENDS if name != "database"]
    if "database" in settings.WAGTAILSEARCH_BACKENDS:
        if known_down():
            names = []
        names.append("database")
    return names


def _ask(run, names=None):
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


def _current(rows, today, stale_before):
    """Drop what a citizen should no longer find: expired tasks and associations nobody has updated in years."""
    for row in rows:
        if row["open_until"] and row["open_until"] < today:
            continue
        if (
            stale_before
            and row["kind"] in (SearchDocument.ASSOCIATION, SearchDocument.ACTIVITY, SearchDocument.TASK)
            and row["updated_at"]
            and row["updated_at"] < stale_before
        ):
            continue
        yield row


def run_search(text, locale, params=None, page=1, per_page=PER_PAGE, record=False, backend=None):
    """Search ``text`` in ``locale``'s documents, filtered by ``params`` (a QueryDict), one page of results.

    ``record`` counts the query for the staff's reports (the search page and the API do, suggestions don't);
    ``backend`` asks only that backend (the relevance measurements compare them)."""
    text = clean_query(text)
    vocab = vocabularies()
    filters = Filters.from_params(params if params is not None else QueryDict(), vocab)
    outcome = Outcome(query=text, filters=filters)
    if not text:
        return outcome
    plan = analyse(text)
    outcome.plan = plan
    ids = []
    if plan.searchable:
        base = SearchDocument.objects.filter(locale_id=locale.pk).only("id")

        def search(name):
            # Elasticsearch applies synonyms in its index; the database needs them in the query.
            attempts = (analyse(text, synonyms=False) if applies_synonyms_in_index(name) else plan).attempts()
            for query, left_out in attempts:
                ids = [doc.pk for doc in base.search(query, backend=name)[:MAX_MATCHES]]
                if ids:
                    return ids, left_out
            return [], []

        answer, outcome.backend = _ask(search, [backend] if backend else None)
        ids, outcome.left_out = answer or ([], [])
        outcome.fell_back = bool(outcome.backend == "database" and len(settings.WAGTAILSEARCH_BACKENDS) > 1)
    rows = list(
        SearchDocument.objects.filter(pk__in=ids).values(
            "id",
            "page_id",
            "kind",
            "title",
            "summary",
            "keywords",
            "locality_id",
            "is_free",
            "no_danish_needed",
            "accessible_venue",
            "open_until",
            "updated_at",
        )
    )
    days = settings.SEARCH_STALE_AFTER_DAYS
    stale_before = timezone.now() - datetime.timedelta(days=days) if days else None
    rows = rerank(list(_current(rows, timezone.localdate(), stale_before)), ids, plan)
    live = [row["id"] for row in rows]
    through = SearchDocument.categories.through
    categories, groups = {}, {}
    for doc_id, term_id in through.objects.filter(searchdocument_id__in=live).values_list(
        "searchdocument_id", "category_id"
    ):
        categories.setdefault(doc_id, set()).add(term_id)
    for doc_id, term_id in SearchDocument.target_groups.through.objects.filter(searchdocument_id__in=live).values_list(
        "searchdocument_id", "targetgroup_id"
    ):
        groups.setdefault(doc_id, set()).add(term_id)

    ids_by_slug = {name: {term.slug: term.pk for term in terms} for name, terms in vocab.items()}
    wanted = {
        "type": set(filters.types),
        "category": {ids_by_slug["categories"][slug] for slug in filters.categories},
        "target_group": {ids_by_slug["target_groups"][slug] for slug in filters.target_groups},
        "locality": {ids_by_slug["localities"][slug] for slug in filters.localities},
    }

    def values_of(row, facet):
        if facet == "type":
            return {row["kind"]}
        if facet == "category":
            return categories.get(row["id"], set())
        if facet == "target_group":
            return groups.get(row["id"], set())
        if facet == "locality":
            return {row["locality_id"]} if row["locality_id"] else set()
        return {True} if row[{p: a for p, a, _l in FLAGS}[facet]] else set()

    def matches(row, skip=None):
        for facet, chosen in wanted.items():
            if facet != skip and chosen and not values_of(row, facet) & chosen:
                return False
        return all(facet == skip or values_of(row, facet) for facet in filters.flags)

    entries = collapse([row for row in rows if matches(row)])
    outcome.count = len(entries)
    outcome.pages = math.ceil(len(entries) / per_page) if entries else 0
    outcome.page = page
    outcome.facets = _facets(rows, vocab, filters, wanted, values_of, matches)

    start = (page - 1) * per_page
    entries = entries[start : start + per_page]
    wanted_ids = [row["id"] for row, nested in entries] + [a["id"] for row, nested in entries for a in nested]
    docs = {doc.pk: doc for doc in SearchDocument.objects.filter(pk__in=wanted_ids).select_related("locality")}
    words = plan.highlight_words if plan else []
    outcome.results = [
        Result(
            document=docs[row["id"]],
            snippet=snippet(docs[row["id"]], words),
            activities=[docs[activity["id"]] for activity in nested],
        )
        for row, nested in entries
    ]
    if page == 1 and not filters.active:
        outcome.promotions = analytics.promotions_for(text, locale)
    if record:
        analytics.record_search(text, outcome.count)
    return outcome


def rerank(rows, ids, plan):
    """Backend relevance, with results whose title says what was asked for first.

    Backends score long texts and short ones differently; a citizen who types
    "frivilligpolitik" expects the page called that before pages that mention it."""
    position = {pk: index for index, pk in enumerate(ids)}
    clauses = [
        {danish.stem_of(word) for alternative in clause.alternatives for word in danish.words(alternative)}
        for clause in (plan.clauses if plan else [])
    ]

    def title_score(row):
        if not clauses:
            return 0
        title = [danish.stem_of(word) for word in danish.words(row["title"]) if word not in danish.STOP_WORDS]
        covered = sum(1 for stems in clauses if any(word.startswith(stem) for word in title for stem in stems))
        if not covered:
            return 0
        # All the query's words in a short title beat them in a long one: "Frivilligpolitik" before
        # "Idéfase – ny frivilligpolitik".
        return round(covered / len(clauses) - 0.04 * min(max(len(title) - covered, 0), 10), 2)

    def summary_coverage(row):
        if not clauses:
            return 0
        words = {danish.stem_of(word) for word in danish.words(f"{row['summary']} {row['keywords']}")}
        return sum(1 for stems in clauses if any(word.startswith(stem) for word in words for stem in stems))

    rows = sorted(rows, key=lambda row: position[row["id"]])
    head, tail = rows[:RERANK], rows[RERANK:]  # Deep results keep the backend's order: reading them costs time.
    return sorted(head, key=lambda row: (-title_score(row), -summary_coverage(row), position[row["id"]])) + tail


def collapse(rows):
    """One entry per association: its matching activities go with it rather than beside it.

    Returns ``(row, [activity rows])`` in order; an activity whose association did not match
    (or was filtered away) stays an entry of its own."""
    associations = {row["page_id"]: row for row in rows if row["kind"] == SearchDocument.ASSOCIATION}
    nested = {}
    entries = []
    for row in rows:
        owner = associations.get(row["page_id"]) if row["kind"] == SearchDocument.ACTIVITY else None
        if owner is not None:
            if owner["id"] not in nested:  # The activity ranked higher: the association takes its place.
                nested[owner["id"]] = []
                entries.append(owner)
            nested[owner["id"]].append(row)
        elif row["kind"] != SearchDocument.ASSOCIATION or row["id"] not in nested:
            nested.setdefault(row["id"], [])
            entries.append(row)
    return [(row, nested[row["id"]]) for row in entries]


def _facets(rows, vocab, filters, wanted, values_of, matches):
    facets = []
    kind_labels = dict(SearchDocument.KIND_CHOICES)
    specs = [
        ("type", _("Type"), [(code, kind_labels[code], code) for code, _label in SearchDocument.KIND_CHOICES]),
        ("category", _("Category"), [(t.slug, t.name, t.pk) for t in vocab["categories"]]),
        ("target_group", _("Target group"), [(t.slug, t.name, t.pk) for t in vocab["target_groups"]]),
        ("locality", _("Locality"), [(t.slug, t.name, t.pk) for t in vocab["localities"]]),
    ]
    chosen = {
        "type": filters.types,
        "category": filters.categories,
        "target_group": filters.target_groups,
        "locality": filters.localities,
    }
    for param, label, options in specs:
        # The number of results ticking the option gives: an association's matching activities
        # are one result with it, so count entries as the results list folds them.
        candidates = [row for row in rows if matches(row, skip=param)]
        values = {value for row in candidates for value in values_of(row, param)}
        counts = {
            value: len(collapse([row for row in candidates if value in values_of(row, param)])) for value in values
        }
        facet_options = [
            Option(slug, name, counts.get(key, 0), slug in chosen[param])
            for slug, name, key in options
            if counts.get(key, 0) or slug in chosen[param]
        ]
        if facet_options:
            facets.append(Facet(param, label, facet_options))
    flag_options = []
    for param, _attribute, label in FLAGS:
        count = len(collapse([row for row in rows if matches(row, skip=param) and values_of(row, param)]))
        if count or param in filters.flags:
            flag_options.append(Option(param, label, count, param in filters.flags))
    if flag_options:
        facets.append(Facet("flags", _("Inclusion"), flag_options))
    return facets


def snippet(doc, words, length=28):
    """A short passage of the document with the query's words marked, escaped for HTML."""
    text = " ".join(part for part in (doc.summary, doc.body) if part)
    tokens = text.split()
    if not tokens:
        return ""
    stems = sorted({danish.stem_of(word) for word in words if word.strip()} - {""}, key=len, reverse=True)
    pattern = (
        re.compile(r"(?<![\w])(" + "|".join(re.escape(s) for s in stems) + r")[\w-]*", re.IGNORECASE) if stems else None
    )

    def hits(token):
        return bool(pattern and pattern.search(danish.normalise(token)))

    first = next((i for i, token in enumerate(tokens) if hits(token)), 0)
    start = max(0, first - 6) if first > 6 else 0
    window = tokens[start : start + length]
    html = []
    for token in window:
        html.append(f"<mark>{escape(token)}</mark>" if hits(token) else escape(token))
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(tokens) else ""
    return mark_safe(prefix + " ".join(html) + suffix)


def suggest(text, locale, limit=8):
    """Titles that begin with what was typed so far, for the search box's list of suggestions."""
    text = clean_query(text)[:60]
    if len(text.strip()) < 2:
        return []
    base = SearchDocument.objects.filter(locale_id=locale.pk)

    def complete(name):
        return list(base.autocomplete(text, backend=name)[: limit * 3])

    docs, _name = _ask(complete)
    days = settings.SEARCH_STALE_AFTER_DAYS
    stale_before = timezone.now() - datetime.timedelta(days=days) if days else None
    rows = {doc.pk: doc for doc in docs or []}
    current = {
        row["id"]
        for row in _current(
            [
                {"id": d.pk, "kind": d.kind, "open_until": d.open_until, "updated_at": d.updated_at}
                for d in rows.values()
            ],
            timezone.localdate(),
            stale_before,
        )
    }
    seen, suggestions = set(), []
    for doc in docs or []:
        if doc.pk in current and doc.title.lower() not in seen:
            seen.add(doc.title.lower())
            suggestions.append(doc)
        if len(suggestions) == limit:
            break
    return suggestions

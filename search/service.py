"""The search itself: one function the page and the API share.

``run_search`` goes through five parts, each in a module of its own and testable alone:

1. filters (search/filters.py): the facets the address chose;
2. matching (search/matching.py): the query planned from the content's vocabulary
   (search/query.py) and every matching document's id from the first backend that answers
   (Elasticsearch, or the database when Elasticsearch fails or is slow; Elasticsearch is then
   left alone for ``ELASTICSEARCH_RETRY_SECONDS``);
3. ranking (search/ranking.py): the backend's order, titles that say what was asked for first;
4. counting (search/counting.py): the current matches' facet values, the filters applied, the
   total and every facet's counts, exact and the same on every backend;
5. presenting (search/presenting.py): one page of results with marked passages;

then the staff's promoted results and the count for their reports (search/analytics.py).
"""

import math
from dataclasses import dataclass, field

from django.conf import settings
from django.http import QueryDict
from django.utils import timezone

from core.text import printable

from . import analytics
from .availability import DOWN_KEY
from .counting import Facet, Option, collapse, count_options, current, facets, load_rows, select, stale_before
from .filters import FLAGS, Filters, vocabularies
from .languages import without_translated
from .matching import Match, applies_synonyms_in_index, ask, documents_of, match
from .presenting import Result, page_of, present, snippet
from .query import analyse
from .ranking import rank
from .vocabulary import vocabulary

# What the search page, the API and the tests read from here.
__all__ = [
    "DOWN_KEY",
    "FLAGS",
    "MAX_QUERY_LENGTH",
    "PER_PAGE",
    "Facet",
    "Filters",
    "Option",
    "Outcome",
    "Result",
    "applies_synonyms_in_index",
    "clean_query",
    "printable",
    "run_search",
    "shown",
    "snippet",
    "suggest",
    "vocabularies",
]

MAX_QUERY_LENGTH = 200
PER_PAGE = 10
# An entry kept (an id and its activities' ids) takes about a tenth of a row's memory (its facet values): the
# memo's budget counts rows.
ENTRIES_PER_ROW = 10
SUGGESTION_FIELDS = ("id", "title", "url", "kind", "association_name", "open_until", "updated_at")


def clean_query(raw):
    """Drop control characters and clip the query so no input can upset the backend."""
    return printable(raw)[:MAX_QUERY_LENGTH]


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


def run_search(text, locale, params=None, page=1, per_page=PER_PAGE, record=False, backend=None, site=None):
    """Search ``text`` in ``locale``'s documents, filtered by ``params`` (a QueryDict), one page of results.

    ``record`` counts the query for the staff's reports (the search page and the API do, suggestions don't);
    ``backend`` asks only that backend (the relevance measurements compare them); ``site`` keeps to the
    documents of the site serving the request (the page and the API always give it; None searches all)."""
    text = clean_query(text)
    vocab = vocabularies(site)
    filters = Filters.from_params(params if params is not None else QueryDict(), vocab)
    outcome = Outcome(query=text, filters=filters)
    if not text:
        return outcome
    outcome.plan = plan = analyse(text, language=locale.language_code)

    found, entries, counts = _counted(text, plan, locale, backend, site, filters.selection(vocab))
    outcome.backend, outcome.fell_back, outcome.left_out = found.backend, found.fell_back, list(found.left_out)
    outcome.count = len(entries)
    outcome.pages = math.ceil(len(entries) / per_page) if entries else 0
    outcome.page = page
    outcome.facets = facets(None, filters, vocab, counts=counts)
    outcome.results = present(page_of(entries, page, per_page), plan.highlight_words, locale)

    if page == 1 and not filters.active:
        outcome.promotions = analytics.promotions_for(text, locale, site)
    if record:
        analytics.record_search(text, outcome.count)
    return outcome


def _valid_for():
    """What a kept answer holds for besides its query: the documents and words (the vocabulary's token),
    and what is current (the day, and how long an association may go without an update)."""
    return vocabulary.version, timezone.localdate(), settings.SEARCH_STALE_AFTER_DAYS


def _counted(text, plan, locale, backend, site, selection):
    """The results as ``(id, [its activities' ids])`` entries, best first, and each facet option's count, for the
    chosen filters.

    From the answers kept (search/memo.py) when the same search was made under the same vocabulary
    token today: first with the same filters (nothing to compute), else without them (the ranked
    matches with their facet values, filtered and counted afresh); else from the backend."""
    key = ("search", backend, text, locale.pk, getattr(site, "pk", None), *_valid_for())
    chosen = (
        tuple(sorted((facet, tuple(sorted(values))) for facet, values in selection.wanted.items())),
        tuple(sorted(selection.flags)),
    )
    counted = vocabulary.answers.get((*key, chosen))
    if counted is not None:
        return counted
    matched = vocabulary.answers.get(key)
    if matched is None:
        found = match(text, plan, locale, backend, site=site) if plan.searchable else Match()
        matched = (found, rank(load_rows(found.ids, locale), plan, found.looser))
    found, rows = matched
    rows = [dict(row) for row in rows]  # ``select`` notes on each row the facets it fails: this request's own.
    # The results as ids, which is all presenting reads: "frivillig" at 50,000 associations has 25,853 matches, and
    # a copy of every row for each choice of filters pushed the other kept answers out.
    entries = [
        (row["id"], [activity["id"] for activity in nested]) for row, nested in collapse(select(rows, selection))
    ]
    counted = (found, entries, count_options(rows))
    if not found.fell_back:  # Elasticsearch failed: ask it again next time rather than keep the stand-in's answer.
        vocabulary.answers.put(key, matched, size=len(rows) + 1)
        vocabulary.answers.put((*key, chosen), counted, size=len(entries) // ENTRIES_PER_ROW + 1)
    return counted


def shown(key, build):
    """What the search page or the API showed for ``key``, kept beside the search's answers (search/memo.py).

    Rendering a page of results costs more than finding them once they are kept (at 5,000 associations
    ~12 ms of template for the page's results and facets, ~8 ms of serialising for the API's), and the same
    searches come again and again. ``key`` names everything the answer depends on besides the vocabulary's
    token and the day (``_valid_for``, added here): the address, the language, the site, the pages generation
    (the titles of vocabularies and settings it shows). ``build()`` returns ``(answer, size)``, size in
    kilobytes (``vocabulary.shown`` holds 32 MB of them), or ``(answer, None)`` not to keep it (Elasticsearch failed);
    a change in any process makes the token or the generation new, and a change here clears the memo."""
    vocabulary.get()  # Reads the token before the answer is computed: a change in between makes a new key.
    full_key = ("shown", *key, *_valid_for())
    answer = vocabulary.shown.get(full_key)
    if answer is None:
        answer, size = build()
        if size is not None:
            vocabulary.shown.put(full_key, answer, size=max(1, size))
    return answer


def suggest(text, locale, limit=8, site=None):
    """Titles that begin with what was typed so far, for the search box's list of suggestions (of ``site``)."""
    text = clean_query(text)[:60]
    if len(text.strip()) < 2:
        return []
    vocabulary.get()  # Reads the token the kept answers are valid for.
    key = ("suggest", limit, text, locale.pk, getattr(site, "pk", None), *_valid_for())
    suggestions = vocabulary.shown.get(key)
    if suggestions is None:
        suggestions, answered = _suggestions(text, locale, limit, site)
        if answered:  # Not while the backend fails: the next keystroke asks again.
            vocabulary.shown.put(key, suggestions, size=len(suggestions) + 1)
    return list(suggestions)


def _suggestions(text, locale, limit, site):
    """The suggestions, and whether a backend answered."""
    # Only what a suggestion shows and ``current`` reads: not each document's body text.
    base = documents_of(locale, site).only(*SUGGESTION_FIELDS)

    def complete(name):
        return list(base.autocomplete(text, backend=name)[: limit * 3])

    docs, _name = ask(complete)
    answered = docs is not None
    shown = set(without_translated([doc.pk for doc in docs or []], locale))
    docs = [doc for doc in docs or [] if doc.pk in shown]
    rows = {doc.pk: doc for doc in docs}
    still_current = {
        row["id"]
        for row in current(
            [
                {"id": d.pk, "kind": d.kind, "open_until": d.open_until, "updated_at": d.updated_at}
                for d in rows.values()
            ],
            timezone.localdate(),
            stale_before(),
        )
    }
    seen, suggestions = set(), []
    for doc in docs or []:
        if doc.pk in still_current and doc.title.lower() not in seen:
            seen.add(doc.title.lower())
            suggestions.append(doc)
        if len(suggestions) == limit:
            break
    return suggestions, answered

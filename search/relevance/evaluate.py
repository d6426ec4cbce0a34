"""Measure the search against the relevance set in queries.json.

For each query that should find something: the reciprocal rank of the first
expected page among the first ten results (MRR@10) and the share of the
expected pages among them (recall@10). For one-letter typos: the share found in
the first ten. For queries nothing fits: the share that return nothing at all.
A result that is an activity counts as its association's page (its address is
the association's with an #aktivitet- anchor).

``anchors`` measures the two reference points the issue names on the same
documents: the backend's plain full-text search of the query as typed, and
Wagtail's ``Fuzzy`` query (PostgreSQL's trigram similarity), neither with the
portal's query planning.

Two sets are measured. The development set (queries.json) was written against the demo and is
the one to tune on. The held-out set (heldout/, see its README) was written from a corpus of its
own that the search code is never tuned against: ``heldout_site`` imports that corpus through
``manage.py import_associations`` into a further kommune's site, inside a transaction that is
rolled back, and its queries are measured on that site only.
"""

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management import call_command
from django.db import NotSupportedError, transaction
from django.http import QueryDict
from wagtail import hooks
from wagtail.models import Locale, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy, PlainText

from ..models import SearchDocument
from ..service import run_search
from ..vocabulary import vocabulary

QUERIES = Path(__file__).with_name("queries.json")
HELDOUT = Path(__file__).with_name("heldout")
HELDOUT_CORPUS = HELDOUT / "associations.json"
HELDOUT_QUERIES = HELDOUT / "queries.json"
HELDOUT_KOMMUNE = "Hedelund Kommune"  # The corpus's fictional kommune: its towns are in the corpus.
CUTOFF = 10
# The goals of issue 16 for the held-out set (on PostgreSQL).
GOALS = {"mrr": 0.97, "recall": 0.99, "typo_success": 1.0, "nothing_share": 0.9}


def load_queries(path=QUERIES):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _page(url):
    return url.split("#", 1)[0]


@dataclass
class Report:
    name: str
    find: list = field(default_factory=list)  # (query, reciprocal rank, recall, kinds, top urls)
    nothing: list = field(default_factory=list)  # (query, count, top urls)

    @property
    def mrr(self):
        return sum(rr for _q, rr, _r, _k, _t in self.find) / len(self.find) if self.find else 0.0

    @property
    def recall(self):
        return sum(r for _q, _rr, r, _k, _t in self.find) / len(self.find) if self.find else 0.0

    def share_found(self, kind):
        rows = [rr > 0 for _q, rr, _r, kinds, _t in self.find if kind in kinds]
        return sum(rows) / len(rows) if rows else 0.0

    @property
    def typo_success(self):
        return self.share_found("typo")

    @property
    def nothing_share(self):
        return sum(1 for _q, count, _t in self.nothing if count == 0) / len(self.nothing) if self.nothing else 0.0

    def goals_missed(self, goals=GOALS):
        """The figures below their goal, as {name: (measured, goal)}."""
        return {name: (getattr(self, name), goal) for name, goal in goals.items() if getattr(self, name) < goal}

    def summary(self):
        return (
            f"{self.name:<22} MRR@10 {self.mrr:.3f}  recall@10 {self.recall:.3f}  "
            f"typos found {self.typo_success:.0%}  nothing-queries empty {self.nothing_share:.0%}  "
            f"({len(self.find)} find, {len(self.nothing)} nothing)"
        )

    def misses(self, limit=None):
        rows = sorted((row for row in self.find if row[1] < 1), key=lambda row: row[1])
        return rows[:limit]


def _score(report, query, urls, count):
    expect = [_page(url) for url in query["expect"]]
    if not expect:
        report.nothing.append((query["query"], count, urls[:3]))
        return
    top = [_page(url) for url in urls[:CUTOFF]]
    rank = next((position for position, url in enumerate(top, 1) if url in expect), None)
    found = {url for url in top if url in expect}
    report.find.append((query["query"], 1 / rank if rank else 0.0, len(found) / len(expect), query["kinds"], top[:3]))


def evaluate(backend=None, queries=None, name=None, site=None):
    """The portal's search as citizens get it, optionally on one named backend and one site."""
    locale = Locale.objects.get(language_code="da")
    report = Report(name=name or f"portal ({backend or 'configured'})")
    for query in queries or load_queries():
        outcome = run_search(query["query"], locale, QueryDict(), per_page=CUTOFF, backend=backend, site=site)
        _score(report, query, [result.url for result in outcome.results], outcome.count)
    return report


def anchors(backend="default", queries=None):
    """The two reference points: plain full-text search and Wagtail's Fuzzy query, on the same documents."""
    locale = Locale.objects.get(language_code="da")
    documents = SearchDocument.objects.filter(locale=locale)
    search_backend = get_search_backend(backend)
    reports = []
    for label, make in (("plain full text", lambda q: PlainText(q)), ("Fuzzy", lambda q: Fuzzy(q))):
        report = Report(name=label)
        for query in queries or load_queries():
            try:
                results = list(search_backend.search(make(query["query"]), documents)[:200])
            except (NotImplementedError, NotSupportedError):
                # No Fuzzy query here: SQLite has none; PostgreSQL needs `manage.py enable_trigram`.
                return reports
            _score(report, query, [doc.url for doc in results], len(results))
        reports.append(report)
    return reports


def heldout_towns(corpus):
    """The corpus's towns as (name, postcode), in the order they first appear."""
    towns = {}
    for row in corpus:
        if row.get("locality"):
            towns.setdefault(row["locality"], row.get("postcode", ""))
    return list(towns.items())


@contextmanager
def heldout_site(corpus_path=HELDOUT_CORPUS, queries_path=HELDOUT_QUERIES):
    """A further kommune's site with the held-out corpus imported, and the held-out queries for it.

    Yields (site, queries), the queries' expected associations (external ids in queries.json, e.g.
    "HL-001") turned into the addresses the search gives for them. Everything is rolled back
    afterwards, so this measures a live portal's database without leaving anything in it; the
    search backends other than the database's are not cleaned up, so measure on the database only.
    """
    corpus = json.loads(Path(corpus_path).read_text(encoding="utf-8"))
    makers = hooks.get_hooks("search_relevance_directory")
    if not makers:
        raise LookupError("No app answers the search_relevance_directory hook (the directory does).")
    with transaction.atomic():
        directory = makers[0](HELDOUT_KOMMUNE, heldout_towns(corpus))
        # As a kommune would: the register's file through the import command, searched right after.
        call_command("import_associations", str(corpus_path), parent=directory.pk, verbosity=0, no_progress=True)
        site = Site.objects.get(root_page_id=directory.get_parent().pk)
        addresses = dict(
            SearchDocument.objects.filter(site=site, kind=SearchDocument.ASSOCIATION).values_list("title", "url")
        )
        by_id = {row["external_id"]: addresses.get(row["name"]) for row in corpus}
        missing = sorted(external_id for external_id, address in by_id.items() if address is None)
        if missing:
            raise LookupError(f"Held-out associations not imported or not searchable: {', '.join(missing)}")
        queries = [
            {**query, "expect": [by_id[external_id] for external_id in query["expect"]]}
            for query in load_queries(queries_path)
        ]
        try:
            yield site, queries
        finally:
            transaction.set_rollback(True)
    # The rolled-back words must leave this process's copy of the vocabulary too.
    vocabulary.forget()

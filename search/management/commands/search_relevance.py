"""``search_relevance``: how well the search finds what citizens expect, on two sets of queries.

- dev: search/relevance/queries.json, written against the demo (load it first); the set to tune on.
- heldout: search/relevance/heldout/, a corpus and queries the code is never tuned against. The
  corpus is imported through ``import_associations`` into a further site inside a transaction that is
  rolled back, so the command can run against any portal's database and leaves nothing behind.

``manage.py search_relevance --set heldout --misses 20`` lists the held-out queries that missed.
"""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.search.backends import get_search_backend

from search.relevance.evaluate import GOALS, anchors, evaluate, heldout_site

SETS = ("dev", "heldout", "all")


class Command(BaseCommand):
    help = (
        "Print MRR@10, recall@10, typo success and empty answers to should-find-nothing queries, per backend, "
        "for the development set (on the demo) and the held-out set (its own corpus, imported and rolled back)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--set", dest="query_set", choices=SETS, default="all", help="Which set to measure.")
        parser.add_argument("--misses", type=int, default=0, help="List this many queries that missed.")
        parser.add_argument("--anchors", action="store_true", help="Also measure plain full text and Fuzzy.")

    def handle(self, query_set="all", misses=0, verbosity=1, **options):
        anchors_too = options.get("anchors", False)
        if query_set in ("dev", "all"):
            self.stdout.write(self.style.MIGRATE_HEADING("Development set (search/relevance/queries.json, the demo)"))
            for name in settings.WAGTAILSEARCH_BACKENDS:
                self.show(evaluate(backend=name, name=f"portal ({name})"), misses)
                if anchors_too:
                    for anchor in anchors(name):
                        self.stdout.write(anchor.summary())
        if query_set in ("heldout", "all"):
            self.stdout.write(self.style.MIGRATE_HEADING("Held-out set (search/relevance/heldout/, never tuned on)"))
            # Wagtail logs every page the import saves and publishes; below verbosity 2 that drowns the figures.
            previous_disable = logging.root.manager.disable
            if verbosity < 2:
                logging.disable(logging.INFO)
            try:
                self.heldout(misses)
            finally:
                logging.disable(previous_disable)

    def heldout(self, misses):
        with heldout_site() as (site, queries):
            for name in settings.WAGTAILSEARCH_BACKENDS:
                if hasattr(get_search_backend(name), "es"):
                    # Its documents would stay in the search server after the rollback.
                    self.stdout.write(f"portal ({name}): skipped, the held-out set is measured on the database")
                    continue
                report = evaluate(backend=name, queries=queries, name=f"portal ({name})", site=site)
                self.show(report, misses)
                self.show_goals(report)

    def show(self, report, misses):
        self.stdout.write(report.summary())
        for query, rr, recall, kinds, top in report.misses(misses):
            self.stdout.write(f"    miss {query!r} rr={rr:.2f} recall={recall:.2f} {kinds} top={top}")
        for query, count, top in report.nothing:
            if count and misses:
                self.stdout.write(f"    noise {query!r}: {count} results, e.g. {top}")

    def show_goals(self, report):
        missed = report.goals_missed()
        if not missed:
            self.stdout.write(self.style.SUCCESS("    goals met: " + self.goals_text(GOALS)))
            return
        self.stdout.write(
            self.style.WARNING(
                "    goals missed: "
                + ", ".join(f"{name} {measured:.3f} < {goal:.2f}" for name, (measured, goal) in missed.items())
            )
        )

    @staticmethod
    def goals_text(goals):
        return ", ".join(f"{name} ≥ {goal:.2f}" for name, goal in goals.items())

"""``search_relevance``: how well the search finds what citizens expect (search/relevance/queries.json)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from search.relevance.evaluate import anchors, evaluate


class Command(BaseCommand):
    help = "Print MRR@10, recall@10, typo success and empty answers to should-find-nothing queries, per backend."

    def add_arguments(self, parser):
        parser.add_argument("--misses", type=int, default=0, help="List this many queries that missed.")
        parser.add_argument("--anchors", action="store_true", help="Also measure plain full text and Fuzzy.")

    def handle(self, misses=0, anchors_too=False, **options):
        anchors_too = options.get("anchors", False)
        for name in settings.WAGTAILSEARCH_BACKENDS:
            report = evaluate(backend=name, name=f"portal ({name})")
            self.stdout.write(report.summary())
            for query, rr, recall, kinds, top in report.misses(misses):
                self.stdout.write(f"    miss {query!r} rr={rr:.2f} recall={recall:.2f} {kinds} top={top}")
            for query, count, top in report.nothing:
                if count and misses:
                    self.stdout.write(f"    noise {query!r}: {count} results, e.g. {top}")
            if anchors_too:
                for anchor in anchors(name):
                    self.stdout.write(anchor.summary())

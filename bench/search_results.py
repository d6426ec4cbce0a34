#!/usr/bin/env python
"""Every answer of the search written out, to prove a speed-up changed no result and no count.

For each query of the relevance set (search/relevance/queries.json) and of the benchmark's
mix (bench/search.py), with and without a filter, it writes the total, every result's address
in order (all pages, not only the first), the facet counts and the suggestions, one JSON line
per query. Run it before and after a change to the search and compare the files:

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/search_results.py > before.jsonl
    (change the search)
    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/search_results.py > after.jsonl
    diff before.jsonl after.jsonl && echo identical

Prefix DATABASE_URL=postgres://… for PostgreSQL. Reads the database as it is (load the demo first).
"""

import json
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
# As in bench/search.py: the project first and bench/ off the path, so `import search` is the app.
sys.path[:] = [str(PROJECT_DIR), *(p for p in sys.path if p and Path(p).resolve() != BENCH_DIR)]

import django  # noqa: E402

django.setup()

from django.http import QueryDict  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from bench.search import QUERIES, SUGGEST_PREFIXES  # noqa: E402
from search.relevance.evaluate import load_queries  # noqa: E402
from search.service import run_search, suggest  # noqa: E402

PER_PAGE = 1000  # every result on one page: the whole order is compared, not only the first ten
FILTERS = ["", "type=association", "type=activity&free=ja", "type=task"]


def answers():
    locale = Locale.objects.get(language_code="da")
    queries = sorted({query["query"] for query in load_queries()} | set(QUERIES))
    for text in queries:
        for params in FILTERS:
            outcome = run_search(text, locale, QueryDict(params), per_page=PER_PAGE)
            yield {
                "q": text,
                "filters": params,
                "count": outcome.count,
                "left_out": outcome.left_out,
                "results": [result.url for result in outcome.results],
                "facets": {
                    facet.param: {option.value: option.count for option in facet.options} for facet in outcome.facets
                },
            }
    for prefix in [*SUGGEST_PREFIXES, *queries]:
        yield {"suggest": prefix, "titles": [doc.url for doc in suggest(prefix, locale)]}


if __name__ == "__main__":
    for answer in answers():
        print(json.dumps(answer, ensure_ascii=False, sort_keys=True))

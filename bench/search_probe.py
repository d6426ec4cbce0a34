#!/usr/bin/env python
"""Where one search's time goes: ``run_search`` and ``suggest`` per query kind, in this process.

For each kind of query the benchmark mixes (specific, broad, several words, a typo, a filter, a
second page, nothing fits) and a few suggestion prefixes: the best of three runs after one warm-up,
total ms, ms in SQL and the number of queries; with ``-v`` the slowest statements. ``--fresh``
forgets the answers each process keeps (search/memo.py) before every run, so the figures are those
of a query asked for the first time (the documents' facet values stay kept, as on a site where other
searches read them before).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search DJANGO_SETTINGS_MODULE=portal.settings.production \\
        SECRET_KEY=x ALLOWED_HOSTS=localhost .venv/bin/python bench/search_probe.py [-v] [--fresh]
"""

import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
# As in bench/search.py: the project first and bench/ off the path, so `import search` is the app.
sys.path[:] = [str(PROJECT_DIR), *(p for p in sys.path if p and Path(p).resolve() != BENCH_DIR)]

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Locale, Site  # noqa: E402

from search.service import run_search, suggest  # noqa: E402
from search.vocabulary import vocabulary  # noqa: E402

QUERIES = [
    ("fodbold", ""),
    ("frivillig", ""),
    ("ældre", ""),
    ("fjordlund idræt", ""),
    ("fodbolt", ""),
    ("kryptovaluta", ""),
    ("idræt", "type=association&locality=egebjerg"),
    ("fodbold", "page=2"),
    ("sorggruppe", ""),
]
PREFIXES = ["fod", "lek", "æl", "dem"]


def measure(call, fresh):
    runs = []
    for attempt in range(4):
        if fresh:
            vocabulary.answers.clear()
            vocabulary.shown.clear()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            answer = call()
            total = (time.perf_counter() - started) * 1000
        if attempt:
            sql = sum(float(query["time"]) for query in captured.captured_queries) * 1000
            runs.append((total, sql, len(captured), captured.captured_queries))
    return answer, min(runs, key=lambda run: run[0])


def main(argv):
    verbose, fresh = "-v" in argv, "--fresh" in argv
    locale = Locale.objects.get(language_code="da")
    site = Site.objects.get(is_default_site=True)
    rows = [
        (
            f"{text} {params}".strip(),
            lambda t=text, p=params: run_search(
                t, locale, QueryDict(p), page=int(QueryDict(p).get("page", 1)), site=site
            ),
        )
        for text, params in QUERIES
    ]
    rows += [(f"suggest {prefix}", lambda p=prefix: suggest(p, locale, site=site)) for prefix in PREFIXES]
    for name, call in rows:
        answer, (total, sql, count, queries) = measure(call, fresh)
        found = answer.count if hasattr(answer, "count") and not isinstance(answer, list) else len(answer)
        print(f"{name:50} {total:7.1f} ms  {sql:6.1f} ms SQL  {count:2} queries  {found} found")
        if verbose:
            for query in sorted(queries, key=lambda q: -float(q["time"]))[:3]:
                print(f"    {float(query['time']) * 1000:6.1f} ms  {query['sql'][:200]}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""SQL queries per page kind: each page requested in this process, its queries counted.

bench/run.py reports these beside requests/s; tests/bench/ checks the helper on a small data
set. The request goes through the whole stack (middleware, the site frame, templates), as
Django's test Client sends it, against the database and settings of the process: in
bench/run.py those are gunicorn's (production settings, the benchmark's database).

A page is asked for ``warm`` times first and then counted, because the first request of a
process fills caches that every later one finds (Wagtail's site root paths, the settings,
the search vocabulary), and gunicorn's workers serve nearly every request warm. With a page
cache, the warm-up also fills it: a page served from it counts 0 queries, which is how
``cached`` tells a cached page (``cached: True``) from one that is rendered each time.
"""

import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

HOST = "127.0.0.1"


def count_page(client, path, warm=1):
    """Status, number of queries, their time and the whole request's time for one page."""
    for _ in range(warm):
        client.get(path)
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = client.get(path)
        elapsed = (time.perf_counter() - started) * 1000
    db_ms = sum(float(query["time"] or 0) for query in captured.captured_queries) * 1000
    return {
        "status": response.status_code,
        "queries": len(captured),
        "db_ms": round(db_ms, 1),
        "in_process_ms": round(elapsed, 1),
        # The page cache says so (core/pagecache.py); with the local-memory cache a hit still reads the generation.
        "cached": response.status_code == 200 and (response.get("X-Page-Cache") == "hit" or len(captured) == 0),
    }


def count_queries(paths, warm=1, host=HOST):
    """{kind: figures} for {kind: path}; a kind whose path is None is left out.

    Anonymous requests, like wrk's: no cookies are sent back (a fresh Client per page), so a
    page that sets a session or CSRF cookie is counted as a new visitor sees it.
    """
    results = {}
    for kind, path in paths.items():
        if path is None:
            continue
        client = Client(raise_request_exception=False, HTTP_HOST=host)
        results[kind] = {"path": path, **count_page(client, path, warm=warm)}
    return results

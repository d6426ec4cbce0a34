#!/usr/bin/env python
"""CPU per request of the search page and the search API, in this process, without a server.

What bench/search.py measures under wrk depends on the whole machine; this measures one thing: the
milliseconds of one core a request costs in Django (middleware, view, search, template or JSON), for
the benchmark's own mix of queries (bench/search.py's paths), with the page cache off. At 8 clients on
2 cores, a p95 under 60 ms needs roughly 10–12 ms of CPU per page and ~8 ms per API answer.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/mydb REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/search_cpu.py --rounds 20
    .venv/bin/python bench/search_cpu.py --profile view    # cProfile of the page, by cumulative time
    .venv/bin/python bench/search_cpu.py --unkept          # each answer rendered afresh, as a new search is

Runs under the production settings as bench/search.py does (its environment), against the database as
it is (load the demo, or let bench/search.py fill it). The first round warms the caches and is not counted.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
sys.path[:] = [str(PROJECT_DIR), *(p for p in sys.path if p and Path(p).resolve() != BENCH_DIR)]

from bench import run  # noqa: E402

for name, value in run.bench_environment(os.environ.get("DATABASE_URL", "")).items():
    os.environ.setdefault(name, value)
os.environ["PAGE_CACHE_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

from bench.search import KINDS, kind_paths  # noqa: E402
from search import service  # noqa: E402


def measure(client, paths, rounds):
    """Mean and largest CPU milliseconds per request over ``rounds`` passes through ``paths``."""
    for path in paths:  # warm: the vocabulary, the frame, the kept answers
        client.get(path, HTTP_HOST="localhost")
    costs = []
    for _round in range(rounds):
        for path in paths:
            started = time.process_time()
            response = client.get(path, HTTP_HOST="localhost")
            costs.append((time.process_time() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
    return sum(costs) / len(costs), max(costs)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes through the query mix (default 20)")
    parser.add_argument("--kinds", nargs="+", default=["view", "api"], help="view, api, suggest")
    parser.add_argument("--profile", default="", help="a kind to profile with cProfile instead of timing")
    parser.add_argument(
        "--unkept",
        action="store_true",
        help="render every answer afresh (search.service.shown keeps none): the cost of a search first seen",
    )
    parser.add_argument("--top", type=int, default=40, help="lines of the profile to print")
    args = parser.parse_args(argv)
    if args.unkept:
        service.shown = lambda key, build: build()[0]
    client = Client()
    if args.profile:
        paths = kind_paths(args.profile, "")
        measure(client, paths, 1)
        profiler = cProfile.Profile()
        profiler.enable()
        measure(client, paths, args.rounds)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
        return
    for kind in args.kinds:
        if kind not in KINDS:
            parser.error(f"unknown kind {kind!r}")
        mean, largest = measure(client, kind_paths(kind, ""), args.rounds)
        print(f"{kind:8} {mean:6.1f} ms CPU per request (mean), {largest:6.1f} ms at most")


if __name__ == "__main__":
    main()

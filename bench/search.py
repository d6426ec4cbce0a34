#!/usr/bin/env python
"""Search benchmark: thousands of generated associations on PostgreSQL, the search view and API under wrk.

Prepares a dedicated PostgreSQL database (created if missing, migrated, the demo loaded
and topped up with generated Danish associations until it has --associations of them,
then indexed once with `manage.py update_index`), serves the site with gunicorn under the
production settings like bench/run.py, and drives three kinds of request with wrk at
8 connections, each rotating through realistic Danish queries (bench/search.lua):

    view     /search/?q=…               the search page
    api      /api/search?q=…            the JSON API
    suggest  /api/search/suggest?q=…    autocomplete, with prefixes

It prints requests/s, p50/p95/p99 latency and the responses that were not 2xx (an
endpoint that does not exist yet answers 404: it is reported, not fatal), the CPU each
process used meanwhile, and writes everything to bench/results/search-latest.json.
The goal from the search issue: p95 under 60 ms.

    .venv/bin/python bench/search.py                         # or: make bench-search
    .venv/bin/python bench/search.py --associations 300 --duration 5
    .venv/bin/python bench/search.py --reindex               # after the search app's indexing changed
    .venv/bin/python bench/search.py --database-url postgres://postgres@127.0.0.1:5432/other --recreate
    .venv/bin/python bench/search.py --save                  # also keep a dated copy to commit

The report names the commit measured and the machine's load average before and after (other
work on the machine slows every figure: compare runs only at a similar load).
"""

import argparse
import json
import logging
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
# This file is called search.py, like the search app: put the project first and bench/ off the
# path, so `import search` (Django's app) finds the app and not this script.
sys.path[:] = [str(PROJECT_DIR), *(p for p in sys.path if p and Path(p).resolve() != BENCH_DIR)]

from bench import run, search_data  # noqa: E402  (needs the path above)

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/frivilligportal_bench"
LUA_SCRIPT = BENCH_DIR / "search.lua"
RESULTS_FILE = run.RESULTS_DIR / "search-latest.json"
GOAL_P95_MS = 60
# The goal for suggestions, which answer each keystroke, is tighter.
GOALS_P95_MS = {"suggest": 30}
BUSY_OTHER_PERCENT = 25  # CPU of other processes (in % of a core) above which the figures get a warning
SEED = 20250

# Queries a citizen types, one path each. Facet values are filled in from the database.
QUERIES = [
    "fodbold",
    "lektiehjælp",
    "ældre",
    "besøgsven",
    "sorggruppe",
    "kor",
    "fjordlund idræt",
    "spejder",
    "sprogcafé",
    "frivillig",
    "fodbolt",  # a one-letter typo
    "kryptovaluta",  # nothing fits
]
SUGGEST_PREFIXES = ["fod", "lek", "sor", "æl", "bes", "kor", "spe", "fjo", "svø", "idr", "dem", "l"]
KINDS = {
    "view": "/search/",
    "api": "/api/search",
    "suggest": "/api/search/suggest",
    # The same two addresses, each request a query no process has seen yet: what a search costs before
    # any answer is kept (search/memo.py), the long tail of what citizens type.
    "view-new": "/search/",
    "api-new": "/api/search",
}
# Words for the first-seen queries: needs, activities and groups as citizens type them, a few broad
# ones and a few misspelt. Alone, with a town, and in pairs they make ~2,000 distinct queries.
NEW_WORDS = [
    "fodbold",
    "håndbold",
    "svømning",
    "løb",
    "cykling",
    "gymnastik",
    "dans",
    "yoga",
    "petanque",
    "roning",
    "kajak",
    "sejlads",
    "ridning",
    "tennis",
    "badminton",
    "skak",
    "bridge",
    "kor",
    "musik",
    "teater",
    "maling",
    "strik",
    "syning",
    "madlavning",
    "fællesspisning",
    "havearbejde",
    "naturpleje",
    "fugle",
    "lektiehjælp",
    "lektiecafé",
    "sprogcafé",
    "dansk",
    "besøgsven",
    "besøgshund",
    "sorg",
    "ensomhed",
    "demens",
    "pårørende",
    "handicap",
    "flygtninge",
    "integration",
    "børn",
    "unge",
    "ældre",
    "seniorer",
    "familier",
    "mænd",
    "kvinder",
    "frivillig",
    "forening",
    "hjælp",
    "genbrug",
    "reparation",
    "cykel",
    "it-hjælp",
    "mitid",
    "spejder",
    "lejr",
    "udflugt",
    "café",
    "fodbolt",
    "svømnig",
    "lektiehjælpp",
]


def new_queries(towns, seed=SEED):
    """Distinct first-seen queries: every word alone, with each town, and every pair, in a fixed shuffle."""
    queries = list(NEW_WORDS)
    queries += [f"{word} {town}" for word in NEW_WORDS for town in towns]
    queries += [f"{a} {b}" for n, a in enumerate(NEW_WORDS) for b in NEW_WORDS[n + 1 :]]
    random.Random(seed).shuffle(queries)
    return queries


def kind_paths(kind, locality_slug, towns=()):
    """The request paths one kind rotates through."""
    base = KINDS[kind]
    if kind.endswith("-new"):
        return [f"{base}?{urlencode({'q': query})}" for query in new_queries(towns)]
    if kind == "suggest":
        return [f"{base}?{urlencode({'q': prefix})}" for prefix in SUGGEST_PREFIXES]
    paths = [f"{base}?{urlencode({'q': query})}" for query in QUERIES]
    paths.append(f"{base}?{urlencode({'q': 'fodbold', 'page': 2})}")
    if locality_slug:
        paths.append(f"{base}?{urlencode({'q': 'idræt', 'type': 'association', 'locality': locality_slug})}")
    return paths


# --- Options ---------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=DEFAULT_DATABASE_URL,
        help=f"PostgreSQL database for the benchmark, created if missing (default {DEFAULT_DATABASE_URL})",
    )
    parser.add_argument("--associations", type=int, default=5000, help="associations wanted (default 5000)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the generated content (default {SEED})")
    parser.add_argument("--recreate", action="store_true", help="drop and recreate the database first")
    parser.add_argument(
        "--reindex", action="store_true", help="run update_index even when no association had to be generated"
    )
    parser.add_argument("--skip-setup", action="store_true", help="measure the database as it is")
    parser.add_argument(
        "--save",
        action="store_true",
        help="also write bench/results/search-<date>-<associations>-<commit>.json, a record to commit",
    )
    parser.add_argument("--duration", type=int, default=15, help="seconds of wrk per kind (default 15)")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of unmeasured wrk per kind first (default 3)")
    parser.add_argument("--connections", type=int, default=8, help="wrk open connections (default 8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--port", type=int, default=8766, help="port on 127.0.0.1 (default 8766)")
    parser.add_argument(
        "--kinds", nargs="+", default=None, help=f"kinds to run (default all: {', '.join(KINDS)}); spaces or commas"
    )
    args = parser.parse_args(argv)
    args.kinds = [k for item in (args.kinds or KINDS) for k in item.split(",") if k]
    unknown = [k for k in args.kinds if k not in KINDS]
    if unknown:
        parser.error(f"unknown kind(s): {', '.join(unknown)}; known: {', '.join(KINDS)}")
    if urlsplit(args.database_url).scheme not in ("postgres", "postgresql", "pgsql"):
        parser.error("the search benchmark runs on PostgreSQL: --database-url must be a postgres:// URL")
    if not urlsplit(args.database_url).path.strip("/"):
        parser.error("--database-url must name a database")
    for name in ("duration", "connections", "threads", "workers", "associations"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be at least 1")
    if args.warmup < 0:
        parser.error("--warmup cannot be negative")
    if args.threads > args.connections:
        parser.error("--threads cannot exceed --connections (wrk needs a connection per thread)")
    return args


# --- The database ----------------------------------------------------------------------------


def maintenance_connection(database_url):
    """An autocommit connection to the server's `postgres` database, for CREATE/DROP DATABASE."""
    import psycopg

    parts = urlsplit(database_url)
    url = urlunsplit(parts._replace(scheme="postgresql", path="/postgres", query="", fragment=""))
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        run.fail(f"cannot reach PostgreSQL at {run.masked(url)}: {exc}")


def ensure_database(database_url, recreate):
    """Create the benchmark database if it is missing (after dropping it with --recreate)."""
    from psycopg import sql

    name = urlsplit(database_url).path.strip("/")
    with maintenance_connection(database_url) as conn:
        if recreate:
            print(f"  dropping database {name!r}")
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            print(f"  creating database {name!r}")
            conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(sql.Identifier(name)))


def vacuum_analyze(database_url):
    """Fresh statistics after the bulk load, as autovacuum would give a real site in time."""
    import psycopg

    url = urlunsplit(urlsplit(database_url)._replace(scheme="postgresql"))
    started = time.monotonic()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    print(f"  VACUUM ANALYZE ... done ({time.monotonic() - started:.1f} s)")


def association_counts():
    from django.db import connections

    from directory.models import AssociationPage

    pages = AssociationPage.objects.all()
    counts = {
        "total": pages.count(),
        "live": pages.live().count(),
        "generated": search_data.generated_count(),
    }
    connections.close_all()
    return counts


def fill_database(env, args):
    """Migrate; if there are fewer associations than wanted, load the demo, generate the rest, index once."""
    timings = {}
    print("Preparing the database:")
    started = time.monotonic()
    run.manage(env, "migrate", "--noinput")
    timings["migrate_s"] = round(time.monotonic() - started, 1)

    counts = association_counts()
    if counts["total"] >= args.associations:
        print(f"  {counts['total']} associations already ({counts['generated']} generated): no generation needed")
        if counts["total"] > args.associations:
            print(f"  NOTE: more than --associations {args.associations}; use --recreate to start from scratch")
        if args.reindex:
            started = time.monotonic()
            run.manage(env, "update_index")
            timings["update_index_s"] = round(time.monotonic() - started, 1)
            vacuum_analyze(args.database_url)
        else:
            print("  (the search index is as the last fill left it; --reindex rebuilds it after search changes)")
        return timings

    fill_started = time.monotonic()
    started = time.monotonic()
    run.manage(env, "load_demo", "--force")
    timings["load_demo_s"] = round(time.monotonic() - started, 1)

    missing = args.associations - association_counts()["total"]
    if missing > 0:
        print(f"  generating {missing} associations (seed {args.seed}):")
        previous = logging.root.manager.disable
        logging.disable(logging.INFO)  # Wagtail logs every page it saves
        try:
            timings["generate_s"] = round(search_data.generate(missing, args.seed), 1)
        finally:
            logging.disable(previous)
        from django.db import connections

        connections.close_all()

    started = time.monotonic()
    run.manage(env, "update_index")
    timings["update_index_s"] = round(time.monotonic() - started, 1)
    timings["fill_total_s"] = round(time.monotonic() - fill_started, 1)
    vacuum_analyze(args.database_url)
    print(
        f"  filled in {timings['fill_total_s']} s: load_demo {timings['load_demo_s']} s, "
        f"generation {timings.get('generate_s', 0)} s, update_index {timings['update_index_s']} s"
    )
    return timings


def facet_locality():
    """A locality slug for the facet-filtered query (Egebjerg if the demo's towns are there)."""
    from django.db import connections

    from directory.models import Locality

    slugs = list(Locality.objects.sources().order_by("sort_order").values_list("slug", flat=True))
    connections.close_all()
    return "egebjerg" if "egebjerg" in slugs else (slugs[0] if slugs else None)


# --- Measuring -------------------------------------------------------------------------------


def town_names():
    """The localities' names, lower case, for the first-seen queries ("fodbold egebjerg")."""
    from directory.models import Locality

    return sorted({name.lower() for name in Locality.objects.values_list("name", flat=True)})


def probe(base, path, repeat=3, warm=True):
    """Single-client look at one path: status, median ms over `repeat` requests after one warm-up, size.

    ``warm=False``: no warm-up, so ``repeat=1`` times the path's very first request."""
    timings, status, size = [], None, 0
    for attempt in range(repeat + 1 if warm else repeat):
        started = time.perf_counter()
        try:
            with run.OPENER.open(base + path, timeout=30) as response:
                size = len(response.read())
                status = response.status
        except urllib.error.HTTPError as exc:
            size = len(exc.read())
            status = exc.code
        except (urllib.error.URLError, OSError) as exc:
            return {"path": path, "status": str(getattr(exc, "reason", exc)), "ms": None, "bytes": 0}
        if attempt or not warm:
            timings.append((time.perf_counter() - started) * 1000)
    return {"path": path, "status": status, "ms": round(statistics.median(timings), 1), "bytes": size}


def database_share(path):
    """The same request served in this process: its queries and their time, next to the total.

    Tells whether a slow path waits on PostgreSQL or on Python (rendering, ranking, facets).
    """
    from django.db import connection, connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(raise_request_exception=False, HTTP_HOST=run.HOST)
    client.get(path)  # warm: the first request pays for imports and caches
    best = None
    for _ in range(2):  # the faster of two, as the machine may be busy with something else
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            client.get(path)
            total = (time.perf_counter() - started) * 1000
        db = sum(float(query["time"]) for query in captured.captured_queries) * 1000
        if best is None or total < best["in_process_ms"]:
            best = {"queries": len(captured), "db_ms": round(db, 1), "in_process_ms": round(total, 1)}
    connections.close_all()
    return best


class CpuSampler:
    """Where the CPU went between start() and stop(), in % of one core.

    gunicorn is its process group, postgres every PostgreSQL process (the other databases'
    too), wrk the child that has exited by stop() (from its rusage); "other" is the rest
    of the machine's busy time from /proc/stat, including processes that came and went
    meanwhile, and "idle" what nobody used.
    """

    GROUPS = ("gunicorn", "postgres", "wrk", "other", "idle")

    def __init__(self, gunicorn_pgid):
        self.gunicorn_pgid = gunicorn_pgid
        self.ticks = os.sysconf("SC_CLK_TCK")

    def snapshot(self):
        totals = {"gunicorn": 0, "postgres": 0}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                raw = (entry / "stat").read_text()
            except OSError:
                continue
            comm = raw[raw.index("(") + 1 : raw.rindex(")")]
            fields = raw[raw.rindex(")") + 2 :].split()
            pgid, used = int(fields[2]), int(fields[11]) + int(fields[12])
            if pgid == self.gunicorn_pgid:
                totals["gunicorn"] += used
            elif comm.startswith("postgres"):
                totals["postgres"] += used
        # First line of /proc/stat: user nice system idle iowait irq softirq steal ...
        cpu = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        totals["idle"] = cpu[3] + cpu[4]
        totals["busy"] = sum(cpu) - totals["idle"]
        times = os.times()
        totals["children"] = (times.children_user + times.children_system) * self.ticks
        return totals

    def start(self):
        self.begin, self.started = self.snapshot(), time.monotonic()

    def stop(self):
        end, elapsed = self.snapshot(), time.monotonic() - self.started
        used = {name: max(end[name] - self.begin[name], 0) / self.ticks for name in end}
        used["wrk"] = used.pop("children")
        used["other"] = max(used.pop("busy") - used["gunicorn"] - used["postgres"] - used["wrk"], 0)
        return {name: round(100 * used[name] / elapsed) for name in self.GROUPS}


def run_wrk(base, paths_file, seconds, args):
    """One wrk run with the Lua script; returns its figures and raw output."""
    cmd = [
        "wrk",
        "-t",
        str(args.threads),
        "-c",
        str(args.connections),
        "-d",
        f"{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(LUA_SCRIPT),
        base + "/",
        "--",
        str(paths_file),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
    if result.returncode != 0:
        run.fail(f"wrk exited with {result.returncode}:\n{result.stdout}{result.stderr}")
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("SEARCH_BENCH_JSON ")), None)
    if line is None:
        run.fail(f"no figures from bench/search.lua in wrk's output:\n{result.stdout}{result.stderr}")
    raw = json.loads(line.split(" ", 1)[1])
    statuses = {int(code): n for code, n in raw["statuses"].items()}
    non_2xx = sum(n for code, n in statuses.items() if not 200 <= code < 300)
    figures = {
        "requests": raw["requests"],
        "requests_per_sec": round(raw["requests"] / (raw["duration_us"] / 1e6), 1),
        **{f"p{p}_ms": round(raw[f"p{p}_us"] / 1000, 2) for p in (50, 90, 95, 99)},
        "max_ms": round(raw["max_us"] / 1000, 2),
        "mean_ms": round(raw["mean_us"] / 1000, 2),
        "statuses": statuses,
        "non_2xx": non_2xx,
        "socket_errors": raw["socket_errors"],
        "errors": non_2xx + sum(raw["socket_errors"].values()),
    }
    return figures, result.stdout


def measure_kind(kind, paths, base, args, gunicorn):
    """Probe every path once, warm up, then measure; returns the kind's row.

    A first-seen kind ("view-new") probes a dozen queries of its own and warms up on others than it
    measures with, so no measured query was asked before (each thread of wrk takes the next path)."""
    if kind.endswith("-new"):
        # Asked once each: a second time would be answered from what the first kept.
        probed, warmup_paths, paths = paths[:12], paths[12 : len(paths) // 3], paths[len(paths) // 3 :]
        probes = [{**probe(base, path, repeat=1, warm=False), **database_share(path)} for path in probed]
    else:
        probed, warmup_paths = paths, paths
        probes = [{**probe(base, path), **database_share(path)} for path in probed]
    print(
        f"\n  {kind}: {len(probed)} paths, one client"
        " (status, median ms over HTTP; in this process: queries, ms in SQL)"
    )
    for item in probes:
        print(
            f"    {str(item['status']):>4} {run.fmt(item['ms']):>7} ms  {item['queries']:>3} queries"
            f" {run.fmt(item['db_ms']):>7} ms SQL {item['bytes']:>8,} B  {item['path']}"
        )
    bad = [item for item in probes if item["status"] != 200]
    if bad:
        print(f"    NOTE: {len(bad)} of {len(probed)} paths do not answer 200; wrk counts them as non-2xx.")

    files = []
    for listed in (warmup_paths, paths):
        with tempfile.NamedTemporaryFile("w", suffix=".paths", delete=False) as handle:
            handle.write("\n".join(listed) + "\n")
            files.append(Path(handle.name))
    try:
        if args.warmup:
            print(f"  {kind}: warming up {args.warmup} s ...", flush=True)
            run_wrk(base, files[0], args.warmup, args)
        print(f"  {kind}: wrk {args.duration} s, {args.connections} connections ...", flush=True)
        sampler = CpuSampler(gunicorn.pid)
        sampler.start()
        figures, raw = run_wrk(base, files[1], args.duration, args)
        cpu = sampler.stop()
    finally:
        for paths_file in files:
            paths_file.unlink(missing_ok=True)
    if kind.endswith("-new") and figures["requests"] > len(paths):
        print(f"    NOTE: {figures['requests']} requests but {len(paths)} distinct queries: some were repeated.")
    timed = [item["ms"] for item in probes if item["ms"] is not None]
    return {
        "kind": kind,
        "paths": paths if len(paths) <= 50 else [*paths[:50], f"... {len(paths)} in all"],
        "probes": probes,
        "single_client_ms": round(statistics.median(timed), 1) if timed else None,
        **figures,
        "cpu_percent": cpu,
        "wrk_output": raw,
    }


# --- Report ----------------------------------------------------------------------------------


def commit_measured():
    """The commit the code was at, with "+changes" when the work tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short=10", "HEAD"], cwd=PROJECT_DIR, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=PROJECT_DIR, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}+changes" if dirty else head


def load_average():
    """The machine's 1, 5 and 15 minute load averages (as `uptime` prints them)."""
    return [round(value, 2) for value in os.getloadavg()]


def print_table(rows, cores):
    header = ("kind", "1 client ms", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "errors", "statuses")
    lines = []
    for row in rows:
        statuses = ", ".join(f"{code}: {n}" for code, n in sorted(row["statuses"].items()))
        lines.append(
            (
                row["kind"],
                run.fmt(row["single_client_ms"], 1),
                f"{row['requests']:,}",
                run.fmt(row["requests_per_sec"]),
                run.fmt(row["p50_ms"], 1),
                run.fmt(row["p95_ms"], 1),
                run.fmt(row["p99_ms"], 1),
                f"{row['non_2xx']:,}",
                f"{row['errors']:,}",
                statuses,
            )
        )
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    for cells in [header, tuple("-" * w for w in widths), *lines]:
        text = [
            c.ljust(w) if i in (0, len(header) - 1) else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        print("  ".join(text).rstrip())
    print("(1 client ms: median over the kind's paths of one client's median time, before any load)")

    print(f"\nCPU while measuring, % of one core ({cores} cores = {cores * 100}%):")
    for row in rows:
        cpu = row["cpu_percent"]
        print(f"  {row['kind']:<8} " + ", ".join(f"{name} {cpu[name]}%" for name in CpuSampler.GROUPS))
    busy = [row["kind"] for row in rows if row["cpu_percent"]["other"] >= BUSY_OTHER_PERCENT]
    if busy:
        print(
            f"  WARNING: other processes used {BUSY_OTHER_PERCENT}% of a core or more during {', '.join(busy)}: "
            "the machine was not idle, so those latencies are pessimistic. Rerun on a quiet machine to compare."
        )

    print(
        f"\nGoal: p95 under {GOAL_P95_MS} ms (suggestions {GOALS_P95_MS['suggest']} ms) at "
        f"{rows[0]['connections'] if rows else '-'} connections."
    )
    for row in rows:
        if row["non_2xx"] == row["requests"]:
            verdict = f"not measurable: every response was non-2xx ({', '.join(map(str, row['statuses']))})"
        else:
            goal = GOALS_P95_MS.get(row["kind"], GOAL_P95_MS)
            met = "met" if row["p95_ms"] < goal else "NOT met"
            verdict = f"p95 {row['p95_ms']:.1f} ms (goal {goal}): {met}"
            if row["non_2xx"]:
                verdict += f" (but {row['non_2xx']:,} of {row['requests']:,} responses were not 2xx)"
        print(f"  {row['kind']:<8} {verdict}")


def main(argv=None):
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        print(
            "wrk is not installed; it generates the load. Install it with:\n"
            "  apt-get install -y wrk        (Debian/Ubuntu, as root)",
            file=sys.stderr,
        )
        return 2
    if not (PROJECT_DIR / "static_build").is_dir():
        run.fail("static_build/ is missing; build the front-end assets first (npm run build)")

    run.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    run.GUNICORN_LOG = run.RESULTS_DIR / "search-gunicorn.log"  # keep bench/run.py's log apart
    env = run.bench_environment(args.database_url)
    # wrk is one client address: the per-IP search limit (120/m) would answer 429 to almost everything.
    env.setdefault("RATELIMIT_SEARCH_PER_IP", "1000000/m")
    os.environ.update(env)

    cores = run.core_count()
    print(f"Machine: {cores} cores usable ({os.cpu_count()} online), {platform.platform()}")
    print(f"Database: {run.masked(args.database_url)}")
    timings = {}
    if not args.skip_setup:
        print("Preparing the database server:")
        ensure_database(args.database_url, args.recreate)

    import django

    django.setup()
    from django.conf import settings

    if not args.skip_setup:
        timings = fill_database(env, args)
        run.collect_static(env)
    from django.db import DatabaseError

    try:
        counts = association_counts()
    except DatabaseError as exc:
        run.fail(f"cannot read associations from the database ({exc}); run without --skip-setup to prepare it")
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    print(
        f"Content: {counts['total']} associations ({counts['live']} live, {counts['generated']} generated); "
        f"search backend {backend['BACKEND']}; {args.workers} gunicorn workers; wrk {args.threads} threads / "
        f"{args.connections} connections, {args.warmup} s warm-up + {args.duration} s per kind"
    )
    locality = facet_locality()
    towns = town_names()

    base = f"http://{run.HOST}:{args.port}"
    load_before = load_average()
    rows = []
    process = None
    try:
        print(f"Starting gunicorn on {base} (log: {run.GUNICORN_LOG.relative_to(PROJECT_DIR)}) ...")
        process = run.start_gunicorn(env, args.port, args.workers)
        run.wait_for_health(process, base)
        for kind in args.kinds:
            row = measure_kind(kind, kind_paths(kind, locality, towns), base, args, process)
            row["connections"] = args.connections
            rows.append(row)
    finally:
        run.stop_gunicorn(process)

    print()
    print_table(rows, cores)
    report = {
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit_measured(),
        "machine": {
            "cores": cores,
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
            "node": platform.node(),
            "load_average_before": load_before,
            "load_average_after": load_average(),
        },
        "settings": {
            "database": run.masked(args.database_url),
            "search_backend": backend["BACKEND"],
            "associations": counts,
            "seed": args.seed,
            "gunicorn_workers": args.workers,
            "wrk_threads": args.threads,
            "connections": args.connections,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
        },
        "setup_timings": timings,
        "goal_p95_ms": GOAL_P95_MS,
        "goals_p95_ms": GOALS_P95_MS,
        "results": rows,
    }
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    RESULTS_FILE.write_text(text)
    print(f"\nLoad average before {load_before}, after {report['machine']['load_average_after']}")
    print(f"Written: {RESULTS_FILE.relative_to(PROJECT_DIR)}")
    if args.save:
        day = datetime.now(UTC).strftime("%Y-%m-%dT%H%M")
        kept = run.RESULTS_DIR / f"search-{day}-{counts['total']}-{report['commit']}.json"
        kept.write_text(text)
        print(f"Kept: {kept.relative_to(PROJECT_DIR)}")
    return 0


def _sigterm(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _sigterm)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nInterrupted; gunicorn (if started) has been stopped.", file=sys.stderr)
        sys.exit(130)

#!/usr/bin/env python
"""Load benchmark for the public pages: production settings behind gunicorn, measured with wrk.

This is a measurement, not a test: it prepares a database with demo content, starts
gunicorn on 127.0.0.1, checks that every page answers 200, then runs wrk against each
kind of page for a fixed time and prints requests/s and latency percentiles. The same
figures go to bench/results/latest.json so runs can be compared.

    .venv/bin/python bench/run.py --duration 5
    .venv/bin/python bench/run.py --database-url postgres://postgres@127.0.0.1:5432/bench --pages home search
"""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
DEFAULT_SQLITE = RESULTS_DIR / "bench.sqlite3"
GUNICORN_LOG = RESULTS_DIR / "gunicorn.log"
HOST = "127.0.0.1"  # Everything stays on this machine's loopback.
# seconds; a busy machine takes long to import Django in two workers (gunicorn dying ends the wait early)
HEALTH_TIMEOUT = int(os.environ.get("BENCH_HEALTH_TIMEOUT", "120"))
# bench/search.py is called like the search app: with bench/ first on the path (as when this file
# runs as a script), `import search` would find it instead of the app. The project goes first.
sys.path[:] = [str(PROJECT_DIR), *(p for p in sys.path if p and Path(p).resolve() != BENCH_DIR)]


# --- Page kinds ------------------------------------------------------------------------------
# Each kind is (name, callable(site) -> URL path or None). The callables run inside Django with
# the benchmark's settings, so they find real pages in the database instead of guessing URLs.
# None means "no such page in this database": the kind is reported as skipped, not failed.
# To measure another page type, add one line, e.g.
#     ("association", lambda site: first_live_page(site, "directory.AssociationPage")),


def first_live_page(site, model_label):
    """Public URL path of the first live, public page of a type under the site (None if none)."""
    from django.apps import apps

    if site is None:
        return None
    model = apps.get_model(model_label)
    page = model.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path").first()
    # url_path is the tree path (/home/about/), not the public URL; relative_url knows the site.
    return page.relative_url(site) if page else None


def site_root(site):
    """Public URL path of the default site's root page (the front page)."""
    return site.root_page.relative_url(site) if site else None


FILTERS = "kategori=idraet-og-motion&kategori=boern-og-unge&gratis=1"


def _with_query(path, query):
    return f"{path}?{query}" if path else None


def _with_subpath(path, subpath):
    return f"{path}{subpath}" if path else None


def open_consultation(site):
    """Public URL path of the first consultation open now, the one with the response form (None if none)."""
    from django.apps import apps
    from django.utils import timezone

    if site is None:
        return None
    now = timezone.now()
    model = apps.get_model("policy.ConsultationPage")
    pages = model.objects.live().public().descendant_of(site.root_page).filter(opens_at__lte=now, closes_at__gt=now)
    page = pages.order_by("path").first()
    return page.relative_url(site) if page else None


def enquiry_form(site):
    """The "Jeg vil gerne hjælpe" form of the first open volunteer task (None if none)."""
    from django.apps import apps

    if site is None:
        return None
    model = apps.get_model("directory.VolunteerTaskPage")
    task = model.objects.live().public().open_on().descendant_of(site.root_page).order_by("path").first()
    return f"/jeg-vil-hjaelpe/{task.pk}/" if task else None


TASK_FILTERS = "kategori=idraet-og-motion&tid=weekly&uden-dansk=1"
API_PATH = "/api/v2/pages/?type=directory.AssociationPage&fields=summary&limit=20"


def static_file(site):
    """The hashed address of the site's stylesheet, as whitenoise serves it: the ceiling for any page."""
    from django.contrib.staticfiles.storage import staticfiles_storage

    try:
        return staticfiles_storage.url("css/portal.css")
    except ValueError:  # not collected (no manifest entry): nothing to measure
        return None


def upcoming_event(site):
    """Public URL path of the first live event that has not ended (an event page shows its dates)."""
    from django.apps import apps
    from django.utils import timezone

    if site is None:
        return None
    model = apps.get_model("events.EventPage")
    pages = model.objects.live().public().descendant_of(site.root_page).filter(ends_at__gte=timezone.now())
    page = pages.order_by("path").first()
    return page.relative_url(site) if page else first_live_page(site, "events.EventPage")


PAGE_KINDS = [
    ("home", site_root),
    ("standard", lambda site: first_live_page(site, "home.StandardPage")),
    ("directory", lambda site: first_live_page(site, "directory.DirectoryIndexPage")),
    ("directory-filtered", lambda site: _with_query(first_live_page(site, "directory.DirectoryIndexPage"), FILTERS)),
    ("association", lambda site: first_live_page(site, "directory.AssociationPage")),
    ("tasks", lambda site: first_live_page(site, "directory.VolunteerTaskIndexPage")),
    (
        "tasks-filtered",
        lambda site: _with_query(first_live_page(site, "directory.VolunteerTaskIndexPage"), TASK_FILTERS),
    ),
    ("task", lambda site: first_live_page(site, "directory.VolunteerTaskPage")),
    ("kommune-unit", lambda site: first_live_page(site, "directory.KommuneUnitPage")),
    ("enquiry-form", enquiry_form),
    ("application-form", lambda site: "/tilmeld-forening/"),
    ("policy", lambda site: first_live_page(site, "policy.PolicyPage")),
    ("focus-area", lambda site: first_live_page(site, "policy.FocusAreaPage")),
    ("policy-compare", lambda site: _with_subpath(first_live_page(site, "policy.PolicyPage"), "versioner/sammenlign/")),
    ("consultation", open_consultation),
    ("guide", lambda site: first_live_page(site, "policy.GuidePage")),
    ("stories", lambda site: first_live_page(site, "stories.StoryIndexPage")),
    ("story", lambda site: first_live_page(site, "stories.StoryPage")),
    ("events", lambda site: first_live_page(site, "events.EventIndexPage")),
    ("event", upcoming_event),
    ("search", lambda site: "/search/?q=frivillig"),
    ("search-api", lambda site: "/api/search?q=frivillig"),
    ("api", lambda site: API_PATH),
    ("healthz", lambda site: "/healthz"),
    ("static", static_file),
]
# Kinds that are not pages a visitor reads: left out of the goals and of "the slowest page kind".
NOT_PAGES = {"healthz", "static"}
CEILING = "static"


# --- Options and environment -----------------------------------------------------------------


# bakerydemo (wagtail/bakerydemo with its load_initial_data) pages comparable to ours; --bakerydemo-pages
# replaces them, e.g. --bakerydemo-pages home=/ search=/search/?q=bread
BAKERYDEMO_PAGES = {
    "home": "/",
    "blog-page": "/blog/wild-yeast/",
    "recipe": "/recipes/hot-cross-bun/",
    "bread": "/breads/anpan/",
    "search": "/search/?q=bread",
    "listing": "/breads/",
}
# Which bakerydemo page each of ours is held against: a listing against a listing, a page of text
# and facts against a blog post, a long guide against a recipe. Kinds not named have no counterpart.
COMPARABLE = {
    "home": "home",
    "search": "search",
    "search-api": "search",
    "directory": "listing",
    "directory-filtered": "listing",
    "tasks": "listing",
    "tasks-filtered": "listing",
    "stories": "listing",
    "events": "listing",
    "association": "blog-page",
    "task": "blog-page",
    "story": "blog-page",
    "event": "blog-page",
    "kommune-unit": "blog-page",
    "standard": "blog-page",
    "policy": "recipe",
    "focus-area": "recipe",
    "guide": "recipe",
    "consultation": "recipe",
    "policy-compare": "recipe",
}
# The goals (issue 17): the table marks each kind against them.
GOAL_MAX_QUERIES = 12
GOAL_P99_MS = 150
GOAL_TIMES_BAKERYDEMO = 3
GOAL_CACHED_SHARE_OF_STATIC = 0.5


def parse_args(argv=None):
    """Read options; --pages takes names separated by spaces or commas."""
    from bench import dataset

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL") or "",
        help="database to benchmark (default: $DATABASE_URL, else a fresh bench/results/bench.sqlite3)",
    )
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page (default 10)")
    parser.add_argument("--connections", type=int, default=8, help="wrk open connections (default 8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765)")
    parser.add_argument(
        "--pages",
        nargs="+",
        default=None,
        help=f"page kinds to run (default all: {', '.join(name for name, _ in PAGE_KINDS)})",
    )
    parser.add_argument("--skip-setup", action="store_true", help="do not migrate, load demo content or collectstatic")
    dataset.add_size_options(parser, defaults_on="PostgreSQL; 0 on SQLite")
    parser.add_argument(
        "--cached",
        action="store_true",
        help="measure the page cache: warm every page with anonymous requests first, then measure",
    )
    parser.add_argument(
        "--server-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="environment for gunicorn and the query count, e.g. a page cache's off switch (repeatable)",
    )
    parser.add_argument("--bakerydemo", metavar="URL", help="bakerydemo's address, e.g. http://127.0.0.1:8770")
    parser.add_argument(
        "--bakerydemo-pages",
        nargs="+",
        metavar="NAME=PATH",
        help=f"bakerydemo pages to measure (default: {' '.join(f'{k}={v}' for k, v in BAKERYDEMO_PAGES.items())})",
    )
    parser.add_argument(
        "--rounds", type=int, default=None, help="interleaved rounds (default 5 with --bakerydemo, else 1)"
    )
    parser.add_argument(
        "--wrk-timeout", type=int, default=10, help="seconds before wrk counts a response as timed out (default 10)"
    )
    parser.add_argument(
        "--profile-requests",
        type=int,
        default=20,
        help="requests of the slowest page kind profiled with cProfile afterwards (default 20; 0: no profile)",
    )
    args = parser.parse_args(argv)

    known = [name for name, _ in PAGE_KINDS]
    if args.pages is None:
        args.pages = known
    else:
        args.pages = [name for item in args.pages for name in item.split(",") if name]
        unknown = [name for name in args.pages if name not in known]
        if unknown:
            parser.error(f"unknown page kind(s): {', '.join(unknown)}; known: {', '.join(known)}")
    for name in ("duration", "connections", "threads", "workers"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be at least 1")
    if args.threads > args.connections:
        parser.error("--threads cannot exceed --connections (wrk needs a connection per thread)")
    if args.rounds is None:
        args.rounds = 5 if args.bakerydemo else 1
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    try:
        args.server_env = dict(item.split("=", 1) for item in args.server_env)
    except ValueError:
        parser.error("--server-env takes NAME=VALUE")
    args.bakerydemo_pages = pairs(parser, args.bakerydemo_pages) if args.bakerydemo_pages else dict(BAKERYDEMO_PAGES)
    if args.bakerydemo:
        args.bakerydemo = args.bakerydemo.rstrip("/")
    return args


def pairs(parser, items):
    found = {}
    for item in items:
        name, sep, path = item.partition("=")
        if not sep or not path.startswith("/"):
            parser.error(f"--bakerydemo-pages takes NAME=/path, not {item!r}")
        found[name] = path
    return found


def bench_environment(database_url, extra=None, cached=False):
    """Environment for manage.py, gunicorn and this script: production settings, bench-only secret.

    Uncached runs turn the page cache off (``PAGE_CACHE_SECONDS=0``) so every request renders; ``--cached``
    leaves it on, in Redis as in production."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "bench-only-insecure-key-never-use-in-production",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DEBUG": "false",
            "SECURE_COOKIES": "false",
            # wrk speaks plain HTTP to gunicorn, with no nginx to say the client used HTTPS.
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "PYTHONUNBUFFERED": "1",
        }
    )
    # Production counts the public forms' per-IP limits in Redis, shared by every gunicorn worker
    # (a process-local cache fails Django's checks there): the machine's Redis unless one is named.
    env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
    # All of wrk's requests come from 127.0.0.1: with the production rates (120 searches a minute,
    # 10 form posts an hour per address) the search page would be measured as a 429 after two
    # seconds. The limits stay on, so their Redis round trips are in the figures, only far away.
    for name, rate in (
        ("RATELIMIT_SEARCH_PER_IP", "1000000/m"),
        ("RATELIMIT_FORM_PER_IP", "1000000/h"),
        ("RATELIMIT_FORM_PER_ADDRESS", "1000000/h"),
    ):
        env.setdefault(name, rate)
    if not cached:
        env["PAGE_CACHE_SECONDS"] = "0"
    env.update(extra or {})
    return env


def masked(url):
    """The database URL without its password, safe to print and store."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def core_count():
    """Cores this process may use (the affinity mask), which is what gunicorn and wrk share."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count()


def fail(message, code=1):
    """Stop with a clear message instead of a traceback; the finally blocks still run."""
    print(f"\nERROR: {message}", file=sys.stderr)
    raise SystemExit(code)


# --- Setup -----------------------------------------------------------------------------------


def manage(env, *command, hint=""):
    """Run one manage.py command quietly; show its output only if it fails."""
    cmd = [sys.executable, "manage.py", *command]
    started = time.monotonic()
    print(f"  manage.py {' '.join(command)} ...", end="", flush=True)
    result = subprocess.run(cmd, cwd=PROJECT_DIR, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        print(" failed")
        print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        fail(f"`manage.py {' '.join(command)}` exited with {result.returncode}{hint}")
    print(f" done ({time.monotonic() - started:.1f} s)")


def collect_static(env):
    """``collectstatic`` for the production storage, and this process told of the hashed names it wrote."""
    manage(
        env,
        "collectstatic",
        "--noinput",
        hint=(
            "\nThe production storage (CompressedManifestStaticFilesStorage) refuses a static file that"
            "\nrefers to a missing one, e.g. a JS source map: fix the static build"
            " (scripts/build-assets.mjs) and rerun."
        ),
    )
    # This process read the manifest of hashed names before collectstatic wrote it (the pages it renders to
    # count their queries would answer "Missing staticfiles manifest entry" on a new machine): read it again.
    from django.contrib.staticfiles.storage import staticfiles_storage

    staticfiles_storage.hashed_files, staticfiles_storage.manifest_hash = staticfiles_storage.load_manifest()


def prepare_database(env, fresh_sqlite, sizes):
    """Migrate, load the demo content, top it up to the data set's sizes and collect static files."""
    if not (PROJECT_DIR / "static_build").is_dir():
        fail(
            "static_build/ is missing; build the front-end assets first:\n"
            "  npm install --no-audit --no-fund && node scripts/build-assets.mjs"
        )
    if fresh_sqlite:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{DEFAULT_SQLITE}{suffix}").unlink(missing_ok=True)
    print("Preparing the database and static files:")
    manage(env, "migrate", "--noinput")

    from django.core.management import get_commands

    if "load_demo" in get_commands():
        manage(env, "load_demo", "--force")
    else:
        print(
            "  WARNING: there is no `load_demo` management command yet, so the site has only what the\n"
            "  migrations create (an empty front page); kinds without a page are skipped."
        )
    timings = build_dataset(sizes)
    collect_static(env)
    return timings


def build_dataset(sizes):
    """The kommune-sized data set on top of the demo (bench/dataset.py), then fresh statistics."""
    from django.db import connections

    from bench import dataset

    timings = dataset.build(sizes, progress=lambda line: print(line, flush=True))
    dataset.finish(timings, reindex=bool(timings), progress=lambda line: print(line, flush=True))
    print(f"  data set: {dataset.counts()}")
    connections.close_all()
    return timings


def page_urls(kinds):
    """{kind: URL path or None} for the default site, read from the database."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return {name: find_url(site) for name, find_url in PAGE_KINDS if name in kinds}


def discover_urls(kinds):
    """Ask the database for each kind's URL path; None means skipped."""
    from django.db import DatabaseError, connections

    try:
        urls = page_urls(kinds)
    except DatabaseError as exc:
        fail(f"cannot read pages from the database ({exc}); run without --skip-setup to migrate it")
    # Do not hold a database connection open while gunicorn is being measured.
    connections.close_all()
    return urls


# --- Gunicorn --------------------------------------------------------------------------------


def port_in_use(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        return sock.connect_ex((HOST, port)) == 0


def log_tail(lines=30):
    try:
        return "\n".join(GUNICORN_LOG.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def gunicorn_quiet_flags():
    """Newer gunicorn opens a control socket in ~/.gunicorn by default; a benchmark needs none."""
    from gunicorn.config import KNOWN_SETTINGS

    flag = "--no-control-socket"
    return [flag] if any(flag in (setting.cli or []) for setting in KNOWN_SETTINGS) else []


def start_gunicorn(env, port, workers):
    """Start gunicorn in its own process group so it can be stopped as a whole, and only it."""
    if port_in_use(port):
        fail(f"something already listens on {HOST}:{port}; pick another --port")
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        "portal.wsgi:application",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(workers),
        *gunicorn_quiet_flags(),
    ]
    with open(GUNICORN_LOG, "w") as log:
        return subprocess.Popen(
            cmd, cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop_gunicorn(process):
    """Graceful stop first (SIGTERM to the master), then kill the group if it lingers."""
    if process is None or process.poll() is not None:
        return
    try:
        process.terminate()
        process.wait(timeout=10)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer of its own here: wrk would measure the 3xx, not the page."""

    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def status_of(url, timeout=10):
    """HTTP status of one GET, or the error text if there was no HTTP answer."""
    try:
        with OPENER.open(url, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError) as exc:
        return str(getattr(exc, "reason", exc))


def wait_for_health(process, base):
    """Wait until /healthz answers 200, failing early if gunicorn dies."""
    deadline = time.monotonic() + HEALTH_TIMEOUT
    status = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            fail(f"gunicorn exited with {process.returncode}; last log lines:\n{log_tail()}")
        status = status_of(f"{base}/healthz", timeout=2)
        if status == 200:
            return
        time.sleep(0.25)
    fail(f"/healthz did not answer 200 within {HEALTH_TIMEOUT} s (last: {status}); log:\n{log_tail()}")


# --- wrk -------------------------------------------------------------------------------------

TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
TIME_RE = r"([\d.]+)(us|ms|s|m|h)"


def to_ms(value, unit):
    return round(float(value) * TIME_UNITS_MS[unit], 3)


def parse_wrk(output):
    """Pull requests/s, latency percentiles and error counts out of wrk's --latency report."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    if not rps:
        raise ValueError("no 'Requests/sec' line in wrk's output")
    percentiles = {
        int(pct): to_ms(value, unit) for pct, value, unit in re.findall(rf"^\s+(\d+)%\s+{TIME_RE}\s*$", output, re.M)
    }
    total = re.search(r"^\s+(\d+) requests in ([\d.]+)(us|ms|s|m|h)", output, re.M)
    socket_errors = dict.fromkeys(("connect", "read", "write", "timeout"), 0)
    found = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if found:
        socket_errors = dict(zip(socket_errors, map(int, found.groups()), strict=True))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    non_2xx_3xx = int(non_2xx.group(1)) if non_2xx else 0
    return {
        "requests_per_sec": float(rps.group(1)),
        "p50_ms": percentiles.get(50),
        "p90_ms": percentiles.get(90),
        "p99_ms": percentiles.get(99),
        "requests": int(total.group(1)) if total else None,
        "non_2xx_3xx": non_2xx_3xx,
        "socket_errors": socket_errors,
        "errors": non_2xx_3xx + sum(socket_errors.values()),
    }


def run_wrk(url, args):
    """One fixed-length wrk run; bounded by a timeout in case wrk hangs."""
    cmd = ["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s"]
    # wrk gives up on a response after 2 s by default and counts it as a socket error, not as a
    # latency: on a busy machine p99 would then read lower than what visitors waited.
    cmd += ["--timeout", f"{args.wrk_timeout}s", "--latency", url]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=args.duration + 60)
    if result.returncode != 0:
        fail(f"wrk exited with {result.returncode} for {url}:\n{result.stdout}{result.stderr}")
    try:
        figures = parse_wrk(result.stdout)
    except ValueError as exc:
        fail(f"could not read wrk's report for {url} ({exc}):\n{result.stdout}")
    if not figures["requests"]:
        # wrk prints 0 µs percentiles when no response came back in time: no figure, not a fast one.
        figures.update(p50_ms=None, p90_ms=None, p99_ms=None)
    return figures, result.stdout


# --- Machine and commit ----------------------------------------------------------------------


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average():
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None


def machine_info():
    """What the figures depend on: cores, CPU, how busy the machine was (1/5/15-minute load)."""
    return {
        "cores": core_count(),
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model(),
        "load_average_at_start": load_average(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


def commit_info():
    """The commit measured, and whether the work tree had changes on top of it."""

    def git(*command):
        result = subprocess.run(["git", *command], cwd=PROJECT_DIR, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""

    return {
        "commit": git("rev-parse", "HEAD") or "unknown",
        "branch": git("rev-parse", "--abbrev-ref", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
    }


# --- Measuring -------------------------------------------------------------------------------


def median(values):
    values = [value for value in values if value is not None]
    return round(statistics.median(values), 3) if values else None


def warm_up(base, paths, times=3):
    """Anonymous requests to every page first, so a page cache holds them before wrk starts."""
    for path in paths:
        for _ in range(times):
            status_of(base + path)


def measure_rounds(targets, args):
    """wrk on every target, round after round, so a busy moment hits both sides alike.

    ``targets`` is [(key, url)]; returns {key: [figures of each round]}."""
    runs = {key: [] for key, _url in targets}
    for number in range(1, args.rounds + 1):
        for key, url in targets:
            label = f"round {number}/{args.rounds}: " if args.rounds > 1 else ""
            name = key[1] if key[0] == "portal" else f"bakerydemo {key[1]}"
            print(f"  {label}{name}: wrk {args.duration} s on {url}", flush=True)
            # The previous run's last requests may still queue in the server's sync workers: one
            # request of this page waits until they are done, so this run starts on an idle server.
            status_of(url, timeout=60)
            figures, raw = run_wrk(url, args)
            runs[key].append({**figures, "wrk_output": raw})
    return runs


def summary_of(rounds):
    """Median of the rounds for rates and latencies; errors added up."""
    return {
        "requests_per_sec": median([run["requests_per_sec"] for run in rounds]),
        "p50_ms": median([run["p50_ms"] for run in rounds]),
        "p90_ms": median([run["p90_ms"] for run in rounds]),
        "p99_ms": median([run["p99_ms"] for run in rounds]),
        "errors": sum(run["errors"] for run in rounds),
        "rounds": rounds,
    }


def check_bakerydemo(args):
    """Every bakerydemo page must answer 200 (a 404 measured would flatter us)."""
    for name, path in args.bakerydemo_pages.items():
        status = status_of(args.bakerydemo + path)
        if status != 200:
            fail(f"bakerydemo's {name} page {args.bakerydemo}{path} answered {status}, not 200")


def with_goals(row, bakery, ceiling_rps, cached_mode):
    """The issue's goals for one page kind: queries, p99, × bakerydemo (and × the static file when cached)."""
    goals = {}
    if row.get("queries") is not None:
        goals["queries_at_most_12"] = row["queries"] <= GOAL_MAX_QUERIES
    if row.get("p99_ms") is not None:
        goals["p99_under_150_ms"] = row["p99_ms"] < GOAL_P99_MS
    counterpart = bakery.get(COMPARABLE.get(row["kind"]))
    if counterpart and counterpart["requests_per_sec"]:
        row["bakerydemo_kind"] = COMPARABLE[row["kind"]]
        row["times_bakerydemo"] = round(row["requests_per_sec"] / counterpart["requests_per_sec"], 2)
        goals["at_least_3x_bakerydemo"] = row["times_bakerydemo"] >= GOAL_TIMES_BAKERYDEMO
    if ceiling_rps:
        row["share_of_static"] = round(row["requests_per_sec"] / ceiling_rps, 3)
        if cached_mode:
            goals["cached_half_of_static"] = row["share_of_static"] >= GOAL_CACHED_SHARE_OF_STATIC
    row["goals"] = goals
    return row


# --- Profile ---------------------------------------------------------------------------------


def profile_page(kind, path, requests, out):
    """cProfile of ``requests`` requests of one page in this process, written as text to ``out``."""
    import cProfile
    import io
    import pstats

    from django.db import connection, connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench import queries

    client = Client(raise_request_exception=False, HTTP_HOST=HOST)
    counted = queries.count_page(client, path)  # also the warm-up
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(requests):
        client.get(path)
    profiler.disable()
    per_request = (time.perf_counter() - started) * 1000 / requests
    text = io.StringIO()
    text.write(
        f"Profile of {kind} ({path}): {requests} requests in this process, {per_request:.1f} ms each "
        f"(with cProfile's overhead); {counted['queries']} SQL queries, {counted['db_ms']} ms in the database.\n\n"
    )
    text.write("== The SQL of one request, in order (time in ms) ==\n")
    for query in captured.captured_queries:
        text.write(f"{float(query['time'] or 0) * 1000:8.1f}  {' '.join(query['sql'].split())[:300]}\n")
    text.write("\n")
    stats = pstats.Stats(profiler, stream=text)
    text.write("== By cumulative time ==\n")
    stats.sort_stats("cumulative").print_stats(60)
    text.write("\n== By own time ==\n")
    stats.sort_stats("tottime").print_stats(30)
    out.write_text(text.getvalue())
    connections.close_all()
    return {"kind": kind, "path": path, "requests": requests, "ms_per_request": round(per_request, 1)}


# --- Report ----------------------------------------------------------------------------------


def fmt(value, digits=1):
    return "-" if value is None else f"{value:,.{digits}f}"


def mark(goals, name):
    return "-" if name not in goals else ("yes" if goals[name] else "NO")


def print_table(results, bakery, cached_mode):
    """Fixed-width table; a skipped kind says why in the url column."""
    header = ["kind", "url", "req/s", "p50 ms", "p99 ms", "err", "queries", "cached", "×bakery", "q≤12", "p99<150"]
    header.append("½ static" if cached_mode else "≥3×bakery")
    rows = []
    for row in results:
        if row["status"] == "skipped":
            rows.append([row["kind"], f"(skipped: {row['reason']})", *["-"] * (len(header) - 2)])
            continue
        goals = row.get("goals", {})
        rows.append(
            [
                row["kind"],
                row["url"] if len(row["url"]) <= 48 else row["url"][:45] + "...",
                fmt(row["requests_per_sec"]),
                fmt(row["p50_ms"], 1),
                fmt(row["p99_ms"], 1),
                str(row["errors"]),
                "-" if row.get("queries") is None else str(row["queries"]),
                {True: "yes", False: "no"}.get(row.get("cached"), "-"),
                fmt(row.get("times_bakerydemo"), 2),
                mark(goals, "queries_at_most_12"),
                mark(goals, "p99_under_150_ms"),
                mark(goals, "cached_half_of_static" if cached_mode else "at_least_3x_bakerydemo"),
            ]
        )
    for name, row in bakery.items():
        rows.append(
            [f"bakerydemo {name}", row["url"], fmt(row["requests_per_sec"]), fmt(row["p50_ms"], 1)]
            + [fmt(row["p99_ms"], 1), str(row["errors"]), *["-"] * (len(header) - 6)]
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for cells in [header, ["-" * w for w in widths], *rows]:
        text = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        print("  ".join(text))


def write_report(report, stamp, mode):
    """bench/results/<date>-<commit>-<mode>.json, and latest.json (plus latest-<mode>.json)."""
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    dated = RESULTS_DIR / f"{stamp}-{mode}.json"
    for path in (dated, RESULTS_DIR / "latest.json", RESULTS_DIR / f"latest-{mode}.json"):
        path.write_text(text)
    return dated


def main(argv=None):
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        print(
            "wrk is not installed; it generates the load. Install it with:\n"
            "  apt-get install -y wrk        (Debian/Ubuntu, as root)",
            file=sys.stderr,
        )
        return 2

    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    fresh_sqlite = not args.database_url
    database_url = args.database_url or f"sqlite:///{DEFAULT_SQLITE}"
    if fresh_sqlite and args.skip_setup and not DEFAULT_SQLITE.exists():
        fail(f"{DEFAULT_SQLITE} does not exist; run once without --skip-setup")

    env = bench_environment(database_url, args.server_env, cached=args.cached)
    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection, connections

    from bench import dataset, queries

    mode = "cached" if args.cached else "uncached"
    settings_used = {
        "settings_module": env["DJANGO_SETTINGS_MODULE"],
        "database_vendor": connection.vendor,
        "database": masked(database_url),
        "database_conn_max_age": settings.DATABASES["default"].get("CONN_MAX_AGE"),
        "cache_backend": settings.CACHES["default"]["BACKEND"],
        "gunicorn_workers": args.workers,
        "wrk_threads": args.threads,
        "connections": args.connections,
        "duration_s": args.duration,
        "rounds": args.rounds,
        "port": args.port,
        "mode": mode,
        "server_env": args.server_env,
        "bakerydemo": args.bakerydemo,
    }
    machine = machine_info()
    commit = commit_info()
    started_at = datetime.now(UTC)
    stamp = f"{started_at:%Y%m%dT%H%M%SZ}-{commit['commit'][:10]}"
    print(
        f"Machine: {machine['cores']} cores usable ({machine['cpu_count']} online), {machine['cpu_model']}, "
        f"load {machine['load_average_at_start']}, {machine['platform']}"
    )
    print(f"Commit: {commit['commit'][:12]}{' (with changes)' if commit['dirty'] else ''}; mode: {mode}")
    print(
        f"Settings: database {settings_used['database_vendor']} ({settings_used['database']}), "
        f"CONN_MAX_AGE {settings_used['database_conn_max_age']}, {args.workers} gunicorn workers, "
        f"wrk {args.threads} threads / {args.connections} connections, {args.duration} s per page, "
        f"{args.rounds} round(s)"
    )

    setup_timings = {}
    if args.skip_setup:
        if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
            print("WARNING: no collected static files (staticfiles.json); pages will likely answer 500.")
    else:
        # SQLite is for a quick look at the demo; the kommune-sized set is for PostgreSQL.
        sizes = dataset.sizes_of(args, default=0 if connection.vendor == "sqlite" else None)
        setup_timings = prepare_database(env, fresh_sqlite, sizes) or {}
    content = dataset.counts()
    print(f"Content: {content}")

    urls = discover_urls(args.pages)
    base = f"http://{HOST}:{args.port}"
    results = []
    bakery = {}
    process = None
    try:
        print(f"Starting gunicorn on {base} (log: {GUNICORN_LOG.relative_to(PROJECT_DIR)}) ...")
        process = start_gunicorn(env, args.port, args.workers)
        wait_for_health(process, base)

        measured = [name for name in args.pages if urls[name] is not None]
        for name in measured:
            status = status_of(base + urls[name])
            if status != 200:
                fail(f"{name}: GET {urls[name]} answered {status}, not 200; nothing measured.\n{log_tail()}")
        if args.bakerydemo:
            check_bakerydemo(args)
        if args.cached:
            print("Warming the page cache with anonymous requests ...")
            warm_up(base, [urls[name] for name in measured])
        # Counted in this process, with gunicorn's settings and database (and cache, so a page the
        # warm-up put in a page cache counts 0 queries), before wrk loads the machine.
        counts = queries.count_queries({name: urls[name] for name in measured})
        connections.close_all()
        print("Every page answers 200; measuring.\n")

        targets = [(("portal", name), base + urls[name]) for name in measured]
        if args.bakerydemo:
            targets += [(("bakerydemo", name), args.bakerydemo + path) for name, path in args.bakerydemo_pages.items()]
        runs = measure_rounds(targets, args)
    finally:
        stop_gunicorn(process)

    for name, path in args.bakerydemo_pages.items() if args.bakerydemo else ():
        bakery[name] = {"url": args.bakerydemo + path, **summary_of(runs[("bakerydemo", name)])}
    ceiling = summary_of(runs[("portal", CEILING)])["requests_per_sec"] if ("portal", CEILING) in runs else None
    for name in args.pages:
        if urls[name] is None:
            results.append({"kind": name, "status": "skipped", "reason": "no page in the database"})
            continue
        row = {"kind": name, "status": "ok", "url": urls[name], **summary_of(runs[("portal", name)])}
        row.update({key: counts[name][key] for key in ("queries", "db_ms", "in_process_ms", "cached")})
        if name in NOT_PAGES:
            row["cached"] = None  # no page: the goals and "served from the page cache" do not apply
            results.append(row)
        else:
            results.append(with_goals(row, bakery, ceiling, args.cached))

    pages = [row for row in results if row["status"] == "ok" and row["kind"] not in NOT_PAGES]
    page_cache = any(row["cached"] for row in pages)
    notes = []
    if args.cached and not page_cache:
        notes.append(
            "No page was served from a page cache (every warmed page still ran SQL queries): there is no page "
            "cache yet, so these 'cached' figures are the uncached ones."
        )
    if not args.cached and page_cache:
        notes.append(
            "Some pages ran no SQL after one request: a page cache answered them, so these 'uncached' figures "
            "are partly cached. Pass the cache's off switch with --server-env NAME=VALUE."
        )

    profile = None
    if args.profile_requests and pages:
        slowest = min(pages, key=lambda row: row["requests_per_sec"] or float("inf"))
        out = RESULTS_DIR / f"{stamp}-{mode}-profile-{slowest['kind']}.txt"
        print(f"\nProfiling the slowest page kind, {slowest['kind']} ({args.profile_requests} requests) ...")
        profile = {**profile_page(slowest["kind"], slowest["url"], args.profile_requests, out), "file": out.name}

    print()
    print_table(results, bakery, args.cached)
    for note in notes:
        print(f"\nNOTE: {note}")
    machine["load_average_at_end"] = load_average()
    report = {
        "started_at": started_at.isoformat(timespec="seconds"),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine,
        "commit": commit,
        "settings": settings_used,
        "content": content,
        "setup_timings": setup_timings,
        "goals": {
            "max_queries": GOAL_MAX_QUERIES,
            "p99_ms": GOAL_P99_MS,
            "times_bakerydemo": GOAL_TIMES_BAKERYDEMO,
            "cached_share_of_static": GOAL_CACHED_SHARE_OF_STATIC,
        },
        "page_cache_seen": page_cache,
        "notes": notes,
        "static_ceiling_requests_per_sec": ceiling,
        "results": results,
        "bakerydemo": bakery,
        "profile": profile,
    }
    out = write_report(report, stamp, mode)
    print(f"\nWritten: {out.relative_to(PROJECT_DIR)} (and latest.json)")
    if profile:
        print(f"Profile: {(RESULTS_DIR / profile['file']).relative_to(PROJECT_DIR)}")
    return 0


def _sigterm(signum, frame):
    """Turn SIGTERM into the same path as Ctrl-C so gunicorn is stopped."""
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _sigterm)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nInterrupted; gunicorn (if started) has been stopped.", file=sys.stderr)
        sys.exit(130)

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
HEALTH_TIMEOUT = int(os.environ.get("BENCH_HEALTH_TIMEOUT", "30"))  # seconds; more on a busy machine


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


PAGE_KINDS = [
    ("home", site_root),
    ("standard", lambda site: first_live_page(site, "home.StandardPage")),
    ("directory", lambda site: first_live_page(site, "directory.DirectoryIndexPage")),
    ("directory-filtered", lambda site: _with_query(first_live_page(site, "directory.DirectoryIndexPage"), FILTERS)),
    ("association", lambda site: first_live_page(site, "directory.AssociationPage")),
    ("tasks", lambda site: first_live_page(site, "directory.VolunteerTaskIndexPage")),
    ("task", lambda site: first_live_page(site, "directory.VolunteerTaskPage")),
    ("kommune-unit", lambda site: first_live_page(site, "directory.KommuneUnitPage")),
    ("enquiry-form", enquiry_form),
    ("application-form", lambda site: "/tilmeld-forening/"),
    ("policy", lambda site: first_live_page(site, "policy.PolicyPage")),
    ("focus-area", lambda site: first_live_page(site, "policy.FocusAreaPage")),
    ("policy-compare", lambda site: _with_subpath(first_live_page(site, "policy.PolicyPage"), "versioner/sammenlign/")),
    ("consultation", open_consultation),
    ("guide", lambda site: first_live_page(site, "policy.GuidePage")),
    ("search", lambda site: "/search/?q=frivillig"),
    ("healthz", lambda site: "/healthz"),
]


# --- Options and environment -----------------------------------------------------------------


def parse_args(argv=None):
    """Read options; --pages takes names separated by spaces or commas."""
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
    return args


def bench_environment(database_url):
    """Environment for manage.py, gunicorn and this script: production settings, bench-only secret."""
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


def prepare_database(env, fresh_sqlite):
    """Migrate, load the demo content and collect static files, as a deployment would."""
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


def discover_urls(kinds):
    """Ask the database for each kind's URL path; None means skipped."""
    from django.db import DatabaseError, connections
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        urls = {name: find_url(site) for name, find_url in PAGE_KINDS if name in kinds}
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
    cmd += ["--latency", url]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=args.duration + 60)
    if result.returncode != 0:
        fail(f"wrk exited with {result.returncode} for {url}:\n{result.stdout}{result.stderr}")
    try:
        return parse_wrk(result.stdout), result.stdout
    except ValueError as exc:
        fail(f"could not read wrk's report for {url} ({exc}):\n{result.stdout}")


# --- Report ----------------------------------------------------------------------------------


def fmt(value, digits=1):
    return "-" if value is None else f"{value:,.{digits}f}"


def print_table(results):
    """Fixed-width table; a skipped kind says why in the url column."""
    header = ("kind", "url", "requests/s", "p50 ms", "p90 ms", "p99 ms", "errors")
    rows = []
    for row in results:
        if row["status"] == "skipped":
            rows.append((row["kind"], f"(skipped: {row['reason']})", "-", "-", "-", "-", "-"))
            continue
        rows.append(
            (
                row["kind"],
                row["url"],
                fmt(row["requests_per_sec"]),
                fmt(row["p50_ms"], 2),
                fmt(row["p90_ms"], 2),
                fmt(row["p99_ms"], 2),
                str(row["errors"]),
            )
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for cells in [header, tuple("-" * w for w in widths), *rows]:
        text = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        print("  ".join(text))


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

    env = bench_environment(database_url)
    os.environ.update(env)
    sys.path.insert(0, str(PROJECT_DIR))
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    settings_used = {
        "settings_module": env["DJANGO_SETTINGS_MODULE"],
        "database_vendor": connection.vendor,
        "database": masked(database_url),
        "database_conn_max_age": settings.DATABASES["default"].get("CONN_MAX_AGE"),
        "gunicorn_workers": args.workers,
        "wrk_threads": args.threads,
        "connections": args.connections,
        "duration_s": args.duration,
        "port": args.port,
    }
    machine = {
        "cores": core_count(),
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    print(f"Machine: {machine['cores']} cores usable ({machine['cpu_count']} online), {machine['platform']}")
    print(
        f"Settings: database {settings_used['database_vendor']} ({settings_used['database']}), "
        f"CONN_MAX_AGE {settings_used['database_conn_max_age']}, {args.workers} gunicorn workers, "
        f"wrk {args.threads} threads / {args.connections} connections, {args.duration} s per page"
    )

    if args.skip_setup:
        if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
            print("WARNING: no collected static files (staticfiles.json); pages will likely answer 500.")
    else:
        prepare_database(env, fresh_sqlite)

    urls = discover_urls(args.pages)
    base = f"http://{HOST}:{args.port}"
    results = []
    process = None
    try:
        print(f"Starting gunicorn on {base} (log: {GUNICORN_LOG.relative_to(PROJECT_DIR)}) ...")
        process = start_gunicorn(env, args.port, args.workers)
        wait_for_health(process, base)

        for name in args.pages:
            path = urls[name]
            if path is None:
                continue
            status = status_of(base + path)
            if status != 200:
                fail(f"{name}: GET {path} answered {status}, not 200; nothing measured.\n{log_tail()}")
        print("Every page answers 200; measuring.\n")

        for name in args.pages:
            path = urls[name]
            if path is None:
                results.append({"kind": name, "status": "skipped", "reason": "no page in the database"})
                continue
            print(f"  {name}: wrk {args.duration} s on {path} ...", flush=True)
            figures, raw = run_wrk(base + path, args)
            results.append({"kind": name, "status": "ok", "url": path, **figures, "wrk_output": raw})
    finally:
        stop_gunicorn(process)

    print()
    print_table(results)
    report = {
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine,
        "settings": settings_used,
        "results": results,
    }
    out = RESULTS_DIR / "latest.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nWritten: {out.relative_to(PROJECT_DIR)}")
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

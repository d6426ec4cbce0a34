#!/usr/bin/env python
"""A bounded mixed load on loopback: page views, searches and form posts, then a check that nothing was lost.

Serves the benchmark's database (prepared by bench/run.py or bench/dataset.py) with gunicorn
and the production settings, and lets ``--clients`` simulated visitors loose on it for
``--duration`` seconds (default 300). Each visitor, in a loop, either

    views a page         (70 %)  one of the page kinds bench/run.py measures
    searches             (20 %)  /search/?q=… or /api/search?q=…, Danish queries
    sends a form         (10 %)  "Jeg vil gerne hjælpe" (enquiries/) on an open task, or the
                                 sign-up form of an event, as a new visitor: GET the form (its
                                 CSRF cookie and token, the signed "shown at" timestamp), then
                                 POST it; the sign-up form refuses a post sooner than 3 s after
                                 it was shown, so that post waits while the visitor goes on.

Every submission has its own email address (bench-mixed-<run>-<n>@example.dk), so the per-address
limit never trips and each one can be found afterwards. The per-IP limits stay on, set far above
what the load sends (RATELIMIT_*_PER_IP, as bench/run.py does); a 429 still counts as refused.

At the end it checks: zero 5xx answers (and zero connection errors), and zero lost submissions:
every POST answered with the redirect to the receipt has its row (Enquiry, Signup), and the mail
queue (django-mailer's Message table) grew by as many mails as those rows need (mails per
submission measured on one enquiry and one sign-up sent before the load). Exit status 0 if both
hold, 1 if not. Results: bench/results/<date>-<commit>-mixed.json.

    .venv/bin/python bench/mixed.py --database-url postgres://postgres@127.0.0.1:5432/bench
    .venv/bin/python bench/mixed.py --database-url postgres://… --duration 30 --clients 4
"""

import argparse
import json
import os
import random
import signal
import statistics
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, build_opener

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
sys.path[:] = [str(PROJECT_DIR), *(p for p in sys.path if p and Path(p).resolve() != BENCH_DIR)]

from bench import run  # noqa: E402

DEFAULT_PORT = 8767
WEIGHTS = {"view": 70, "search": 20, "form": 10}
SEARCHES = ["fodbold", "lektiehjælp", "ældre", "besøgsven", "kor", "spejder", "frivillig", "fodbolt", "idræt"]
SIGNUP_WAIT_S = 3.2  # SignupForm.min_fill_seconds is 3
TIMEOUT_S = 30
# Page kinds a visitor views; the forms are sent, not just viewed, and static files are no page.
VIEW_KINDS = [name for name, _ in run.PAGE_KINDS if name not in run.NOT_PAGES | {"enquiry-form", "application-form"}]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""), help="default: $DATABASE_URL")
    parser.add_argument("--duration", type=int, default=300, help="seconds of load (default 300)")
    parser.add_argument("--clients", type=int, default=8, help="simulated visitors at once (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port on 127.0.0.1 (default {DEFAULT_PORT})")
    parser.add_argument("--seed", type=int, default=17, help="seed of the visitors' choices (default 17)")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("name the prepared benchmark database: --database-url or $DATABASE_URL")
    if args.duration < 1 or args.clients < 1 or args.workers < 1:
        parser.error("--duration, --clients and --workers must be at least 1")
    return args


# --- Forms -----------------------------------------------------------------------------------


class FormFields(HTMLParser):
    """The hidden inputs of the page's POST forms (CSRF token, the signed timestamp, the honeypot)."""

    def __init__(self):
        super().__init__()
        self.hidden = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.hidden[attrs["name"]] = attrs.get("value") or ""


def hidden_fields(html):
    parser = FormFields()
    parser.feed(html)
    return parser.hidden


class Submissions:
    """Numbered, findable submissions of one run."""

    def __init__(self):
        self.run = uuid.uuid4().hex[:8]
        self.number = 0
        self.lock = threading.Lock()

    def email(self):
        with self.lock:
            self.number += 1
            return f"bench-mixed-{self.run}-{self.number}@example.dk"

    def prefix(self):
        return f"bench-mixed-{self.run}-"


def form_data(kind, hidden, email):
    data = {**hidden, "name": "Bench Frivillig", "email": email, "phone": "", "consent": "on"}
    data["message" if kind == "enquiry" else "note"] = "Jeg kan hjælpe tirsdag og torsdag."
    return data


def is_receipt(response):
    return response.status_code == 302 and "/tak/" in response.headers.get("Location", "")


class Response:
    """What a visitor needs of an answer: its status, headers and text."""

    def __init__(self, status_code, headers, body):
        self.status_code, self.headers, self.text = status_code, headers, body.decode("utf-8", "replace")


class Browser:
    """A visitor's own cookies (CSRF cookie, session), redirects not followed: a 302 is an answer here."""

    def __init__(self):
        self.opener = build_opener(HTTPCookieProcessor(CookieJar()), run.NoRedirect)

    def request(self, method, url, data=None):
        body = urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(url, data=body, timeout=TIMEOUT_S) as answer:
                return Response(answer.status, answer.headers, answer.read())
        except HTTPError as error:  # 3xx (not followed), 4xx and 5xx
            return Response(error.code, error.headers, error.read())

    def get(self, url):
        return self.request("GET", url)

    def post(self, url, data):
        return self.request("POST", url, data)


# --- The visitors ----------------------------------------------------------------------------


class Tally:
    """What the visitors saw, shared by their threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = defaultdict(Counter)  # action -> status -> count
        self.latencies = defaultdict(list)  # action -> ms
        self.page_cache = defaultdict(Counter)  # action -> "hit"/"miss"/"none" (the X-Page-Cache header)
        self.accepted = Counter()  # form kind -> receipts
        self.refused = Counter()  # "enquiry 429" ...
        self.errors = Counter()  # connection errors by action
        self.server_errors = []  # (action, path, status)

    def record(self, action, path, response, started):
        with self.lock:
            self.latencies[action].append((time.perf_counter() - started) * 1000)
            self.statuses[action][response.status_code] += 1
            self.page_cache[action][response.headers.get("X-Page-Cache") or "none"] += 1
            if response.status_code >= 500:
                self.server_errors.append((action, path, response.status_code))

    def failed(self, action):
        with self.lock:
            self.errors[action] += 1


class Visitor(threading.Thread):
    def __init__(self, number, base, plan, tally, submissions, until, seed):
        super().__init__(name=f"visitor-{number}", daemon=True)
        self.base, self.plan, self.tally, self.submissions, self.until = base, plan, tally, submissions, until
        self.rng = random.Random(f"{seed}:{number}")
        self.session = Browser()
        self.pending = []  # (due, kind, path, session, data): sign-ups waiting for their 3 s

    def get(self, action, path, session=None):
        return self.call(action, path, session, "GET")

    def call(self, action, path, session, method, data=None):
        session = session or self.session
        started = time.perf_counter()
        try:
            response = session.request(method, self.base + path, data=data)
        except (URLError, OSError):
            self.tally.failed(action)
            return None
        self.tally.record(action, path, response, started)
        return response

    def run(self):
        while time.monotonic() < self.until:
            if self.pending and self.pending[0][0] <= time.monotonic():
                self.post(*self.pending.pop(0)[1:])
                continue
            action = self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
            if action == "view":
                self.get("view", self.rng.choice(self.plan["views"]))
            elif action == "search":
                query = urlencode({"q": self.rng.choice(SEARCHES)})
                self.get("search", f"{self.rng.choice(['/search/', '/api/search'])}?{query}")
            else:
                self.start_form()
        # Sign-ups shown before the end are still sent: a visitor does not give up halfway.
        for due, *rest in self.pending:
            time.sleep(max(due - time.monotonic(), 0))
            self.post(*rest)

    def start_form(self):
        kinds = [kind for kind in ("enquiry", "signup") if self.plan[kind]]
        if not kinds:
            return
        kind = self.rng.choice(kinds)
        path = self.rng.choice(self.plan[kind])
        session = Browser()  # a new visitor: its own CSRF cookie and session
        response = self.get(f"{kind}-form", path, session)
        if response is None or response.status_code != 200:
            return
        data = form_data(kind, hidden_fields(response.text), self.submissions.email())
        if kind == "signup":
            self.pending.append((time.monotonic() + SIGNUP_WAIT_S, kind, path, session, data))
        else:
            self.post(kind, path, session, data)

    def post(self, kind, path, session, data):
        response = self.call(f"{kind}-post", path, session, "POST", data)
        if response is None:
            return
        with self.tally.lock:
            if is_receipt(response):
                self.tally.accepted[kind] += 1
            else:
                self.tally.refused[f"{kind} {response.status_code}"] += 1


# --- Plan and check --------------------------------------------------------------------------


def plan_of():
    """The paths the visitors use, read from the database: pages, open tasks' forms, events' sign-ups."""
    from django.db import connections
    from django.utils import timezone

    from directory.models import VolunteerTaskPage
    from portal_events.models import EventPage
    from signups.seats import availability

    urls = run.discover_urls(VIEW_KINDS)
    tasks = VolunteerTaskPage.objects.live().public().open_on().order_by("path")[:20]
    events = (
        EventPage.objects.live()
        .public()
        .filter(signup_method=EventPage.FORM, starts_at__gt=timezone.now())
        .order_by("starts_at")[:40]
    )
    plan = {
        "views": [path for path in urls.values() if path],
        "enquiry": [f"/jeg-vil-hjaelpe/{task.pk}/" for task in tasks],
        "signup": [f"/tilmelding/{event.pk}/" for event in events if availability(event).is_open][:10],
    }
    connections.close_all()
    return plan


def stored(prefix):
    """Rows and queued mails now: the submissions of this run found by their email addresses."""
    from django.db import connections
    from mailer.models import Message

    from enquiries.models import Enquiry
    from signups.models import Signup

    found = {
        "enquiry": Enquiry.objects.filter(email__startswith=prefix).count(),
        "signup": Signup.objects.filter(email__startswith=prefix).count(),
        "mails": Message.objects.count(),
    }
    connections.close_all()
    return found


def calibrate(base, plan, submissions):
    """Send one enquiry and one sign-up alone: how many queued mails each makes."""
    per_kind = {}
    for kind in ("enquiry", "signup"):
        if not plan[kind]:
            continue
        before = stored(submissions.prefix())["mails"]
        session = Browser()
        path = plan[kind][0]
        response = session.get(base + path)
        data = form_data(kind, hidden_fields(response.text), submissions.email())
        if kind == "signup":
            time.sleep(SIGNUP_WAIT_S)
        response = session.post(base + path, data)
        if not is_receipt(response):
            run.fail(f"the {kind} form at {path} did not accept a valid submission (HTTP {response.status_code})")
        per_kind[kind] = stored(submissions.prefix())["mails"] - before
    return per_kind


def percentile(values, share):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def main(argv=None):
    args = parse_args(argv)
    env = run.bench_environment(args.database_url, cached=True)  # as a site runs: page views from the page cache
    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings

    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        run.manage(env, "collectstatic", "--noinput")
    run.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    run.GUNICORN_LOG = run.RESULTS_DIR / "mixed-gunicorn.log"
    machine, commit = run.machine_info(), run.commit_info()
    started_at = datetime.now(UTC)
    print(f"Machine: {machine['cores']} cores, {machine['cpu_model']}, load {machine['load_average_at_start']}")
    plan = plan_of()
    print(
        f"Plan: {len(plan['views'])} pages, {len(plan['enquiry'])} enquiry forms, {len(plan['signup'])} sign-up forms; "
        f"{args.clients} visitors for {args.duration} s"
    )
    submissions = Submissions()
    base = f"http://{run.HOST}:{args.port}"
    tally = Tally()
    process = None
    try:
        process = run.start_gunicorn(env, args.port, args.workers)
        run.wait_for_health(process, base)
        mails_per = calibrate(base, plan, submissions)
        print(f"Mails queued per submission: {mails_per}")
        before = stored(submissions.prefix())
        until = time.monotonic() + args.duration
        visitors = [Visitor(n, base, plan, tally, submissions, until, args.seed) for n in range(args.clients)]
        for visitor in visitors:
            visitor.start()
        for visitor in visitors:
            visitor.join(timeout=args.duration + TIMEOUT_S * 3 + 10)
    finally:
        run.stop_gunicorn(process)

    after = stored(submissions.prefix())
    rows = {kind: after[kind] - before[kind] for kind in ("enquiry", "signup")}
    mails = after["mails"] - before["mails"]
    expected_mails = sum(tally.accepted[kind] * mails_per.get(kind, 0) for kind in ("enquiry", "signup"))
    lost = {kind: tally.accepted[kind] - rows[kind] for kind in ("enquiry", "signup")}
    lost["mails"] = expected_mails - mails
    server_errors = len(tally.server_errors)
    connection_errors = sum(tally.errors.values())
    ok = server_errors == 0 and connection_errors == 0 and not any(lost.values())

    actions = {}
    for action, latencies in sorted(tally.latencies.items()):
        actions[action] = {
            "requests": len(latencies),
            "statuses": dict(tally.statuses[action]),
            "p50_ms": round(statistics.median(latencies), 1),
            "p99_ms": percentile(latencies, 0.99),
            "connection_errors": tally.errors[action],
            # How often the page cache answered: a sign-up emptying the whole cache would show as few hits.
            "page_cache": dict(tally.page_cache[action]),
        }
        print(
            f"  {action:<14} {len(latencies):>6} requests  p50 {actions[action]['p50_ms']:>7} ms  "
            f"p99 {actions[action]['p99_ms']:>7} ms  statuses {dict(sorted(tally.statuses[action].items()))}  "
            f"page cache {dict(sorted(tally.page_cache[action].items()))}"
        )
    print(f"Submissions accepted: {dict(tally.accepted)}; refused: {dict(tally.refused) or 'none'}")
    print(f"Rows stored: {rows}; mails queued: {mails} (expected {expected_mails})")
    print(f"5xx: {server_errors}; connection errors: {connection_errors}; lost: {lost}")
    print("RESULT: " + ("zero 5xx and zero lost submissions" if ok else "FAILED"))

    report = {
        "started_at": started_at.isoformat(timespec="seconds"),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {**machine, "load_average_at_end": run.load_average()},
        "commit": commit,
        "settings": {"database": run.masked(args.database_url), "clients": args.clients, "workers": args.workers},
        "duration_s": args.duration,
        "weights": WEIGHTS,
        "actions": actions,
        "submissions_accepted": dict(tally.accepted),
        "submissions_refused": dict(tally.refused),
        "rows_stored": rows,
        "mails_per_submission": mails_per,
        "mails_queued": mails,
        "mails_expected": expected_mails,
        "lost": lost,
        "server_errors": tally.server_errors[:50],
        "connection_errors": dict(tally.errors),
        "ok": ok,
    }
    out = run.RESULTS_DIR / f"{started_at:%Y%m%dT%H%M%SZ}-{commit['commit'][:10]}-mixed.json"
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    (run.RESULTS_DIR / "latest-mixed.json").write_text(out.read_text())
    print(f"Written: {out.relative_to(PROJECT_DIR)}")
    return 0 if ok else 1


def _sigterm(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _sigterm)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nInterrupted; gunicorn (if started) has been stopped.", file=sys.stderr)
        sys.exit(130)

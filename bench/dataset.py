#!/usr/bin/env python
"""A kommune-sized data set for the benchmark, made through the portal's own import and page APIs.

On top of the demo (``manage.py load_demo``), it tops the site up to the wanted number of

    associations  through import_associations' importer (directory.importer: a JSON file of
                  generated rows, bench/search_data.py's Danish associations, read and imported
                  as ``manage.py import_associations`` does), with their activities, which the
                  file format has no column for, set on each new page before it is published
    tasks         VolunteerTaskPage under the generated associations, the demo's tasks varied
    events        EventPage in the calendar (a fifth under associations), dates over a year
    stories       StoryPage under "Gode historier"

each added with ``parent.add_child(instance=...)`` and ``save_revision().publish()``, as an
editor's publish would, in ONE transaction with the search indexing paused (Wagtail's
AUTO_UPDATE off, the search app's publish handler disconnected, the reference index off);
``manage.py update_index`` runs once afterwards and, on PostgreSQL, ``VACUUM ANALYZE`` (the
machine's autovacuum is off, and the planner needs the statistics a real site would have).

Sizes are totals, not additions: a site with 300 associations asked for 5,000 gets 4,700 more,
so a second run with the same sizes adds nothing. Generated items are marked: associations by
``external_id = "bench-NNNNN"``, the other pages by a slug ending in ``-gNNNNN``.

    .venv/bin/python bench/dataset.py --database-url postgres://postgres@127.0.0.1:5432/bench
    .venv/bin/python bench/dataset.py --associations 200 --tasks 50 --events 20 --stories 10 --skip-demo
"""

import argparse
import contextlib
import json
import logging
import os
import random
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
# bench/search.py is called like the search app: the project goes first on the path and bench/ off it.
sys.path[:] = [str(PROJECT_DIR), *(p for p in sys.path if p and Path(p).resolve() != BENCH_DIR)]

from bench import search_data  # noqa: E402

KOMMUNE_SIZES = {"associations": 5000, "tasks": 2000, "events": 1000, "stories": 300}
GENERATED_SLUG = r"-g\d{5}$"
SEED = 20250  # bench/search.py's, so the same associations come out of both
EVENT_UNDER_ASSOCIATION_SHARE = 0.2


def generated_slug(base, number):
    return f"{base[:60].rstrip('-')}-g{number:05d}"


# --- Pausing the indexes ---------------------------------------------------------------------


@contextlib.contextmanager
def indexing_paused():
    """No search or reference indexing per save: ``manage.py update_index`` catches up once.

    Without this, each publish rebuilds the page's search documents and those of the pages that
    show its facts (an association's tasks, ...), which is most of the time a bulk load takes.
    """
    from modelsearch.conf import get_app_config
    from wagtail.signal_handlers import disable_reference_index_auto_update
    from wagtail.signals import page_published

    from search import signals as search_signals

    config = get_app_config().get_search_backend_config()
    before = {name: params.get("AUTO_UPDATE", True) for name, params in config.items()}
    handler = getattr(search_signals, "page_published_handler", None)
    disconnected = handler is not None and page_published.disconnect(handler)
    try:
        for params in config.values():
            params["AUTO_UPDATE"] = False
        with disable_reference_index_auto_update():
            yield
    finally:
        for name, value in before.items():
            config[name]["AUTO_UPDATE"] = value
        if disconnected:
            page_published.connect(handler)


@contextlib.contextmanager
def quiet_logging():
    """Wagtail logs every page it saves and publishes; thousands of lines say nothing here."""
    previous = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        yield
    finally:
        logging.disable(previous)


# --- Associations through the importer -------------------------------------------------------


def import_row(spec):
    """One row of import_associations' JSON for a generated association (its columns only)."""
    about = (
        "\n\n".join(value if isinstance(value, str) else value["text"] for _kind, value in spec["about"] if value)
        .replace("<p>", "")
        .replace("</p>", "")
    )
    slug = search_data.slug_for(spec["title"], set())
    return {
        "external_id": f"{search_data.EXTERNAL_ID_PREFIX}{spec['number']:05d}",
        "name": spec["title"],
        "summary": spec["summary"],
        "description": about,
        "categories": spec["categories"],
        "target_groups": spec["groups"],
        "locality": spec["town"].name,
        "address": spec["street"],
        "city": spec["town"].name,
        "meeting_times": spec["times"],
        "email": f"formand@{slug}.example.dk",
        "website": f"https://{slug}.example.dk" if spec["website"] else "",
    }


def activities_of(spec, vocabulary):
    from directory.models import Activity

    return [
        Activity(
            name=item["name"],
            description=item["description"],
            when=item["when"],
            where=item["where"],
            target_group=vocabulary.groups.get(item["group"]),
            is_free=item["is_free"],
            price=item["price"],
            no_danish_needed=item["no_danish_needed"],
            accessible_venue=item["accessible_venue"],
            sort_order=order,
        )
        for order, item in enumerate(spec["activities"])
    ]


def importer_with_activities(parent, activities):
    """import_associations' importer (directory.importer, what the command and the admin upload run),
    with the activities its file format has no column for.

    They are put on a new page with the row's other values, so each association is created,
    revised and published once, as the import does, instead of being published a second time
    (a second revision per association, a third more time)."""
    from directory.importer import AssociationImporter

    class ImporterWithActivities(AssociationImporter):
        def apply(self, page, row):
            changed = super().apply(page, row)
            if page.pk is None and row.external_id in activities:
                page.activities = activities[row.external_id]
                changed = True
            return changed

    return ImporterWithActivities(parent)


def add_associations(count, seed, progress):
    """Generate ``count`` associations and import them, with their activities, through the importer."""
    from directory.importer import SKIPPED, default_parent, read_import_file

    vocabulary = search_data.Vocabulary()
    start = search_data.generated_count()
    specs = [search_data.association_spec(number, seed, vocabulary) for number in range(start, start + count)]
    rows = [import_row(spec) for spec in specs]
    activities = {row["external_id"]: activities_of(spec, vocabulary) for row, spec in zip(rows, specs, strict=True)}
    # The bytes of a JSON file, read as `manage.py import_associations associations.json` reads it.
    import_file = read_import_file(json.dumps(rows, ensure_ascii=False).encode(), "associations.json")
    started = time.monotonic()
    report = importer_with_activities(default_parent(), {k: v for k, v in activities.items() if v}).run(import_file)
    skipped = report.rows(SKIPPED)
    if skipped:
        reasons = "; ".join(f"{result.number}: {result.reason}" for result in skipped[:5])
        raise RuntimeError(f"the importer skipped {len(skipped)} generated associations ({reasons})")
    with_activities = sum(1 for made in activities.values() if made)
    progress(
        f"    associations: {count} imported ({with_activities} with activities) in {time.monotonic() - started:.1f} s"
    )
    return count


# --- Tasks, events and stories through the page API ------------------------------------------


def next_number(model):
    """The next free generated number for a page model (so a top-up never reuses a slug)."""
    slugs = model.objects.filter(slug__regex=GENERATED_SLUG).values_list("slug", flat=True)
    return max((int(slug.rsplit("-g", 1)[1]) for slug in slugs), default=-1) + 1


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision(clean=False).publish()  # add_child has just validated the page
    return page


def generated_associations():
    from directory.models import AssociationPage

    pages = AssociationPage.objects.live().filter(external_id__startswith=search_data.EXTERNAL_ID_PREFIX)
    found = list(pages.order_by("path"))
    if not found:
        found = list(AssociationPage.objects.live().order_by("path"))
    if not found:
        raise RuntimeError("there are no live associations to put tasks under; load the demo first")
    return found


def add_tasks(count, seed, progress):
    from django.utils import timezone

    from directory.demo.tasks import TASKS
    from directory.models import VolunteerTaskPage

    today = timezone.localdate()
    parents = generated_associations()
    start = next_number(VolunteerTaskPage)
    started = time.monotonic()
    for number in range(start, start + count):
        rng = random.Random(f"{seed}:task:{number}")
        spec = TASKS[number % len(TASKS)]
        parent = parents[number % len(parents)]
        open_task = rng.random() < 0.85
        task = VolunteerTaskPage(
            title=spec["title"],
            slug=generated_slug(spec["slug"], number),
            summary=spec["summary"],
            what_you_do=spec["what_you_do"],
            time_commitment=spec["commitment"],
            hours=Decimal(str(spec["hours"])),
            start_date=today + timedelta(days=rng.randint(-30, 60)),
            deadline=today + timedelta(days=rng.randint(5, 90)) if rng.random() < 0.6 else None,
            skills=spec.get("skills", ""),
            requires_child_certificate=spec.get("child_certificate", False),
            minimum_age=spec.get("minimum_age"),
            language_requirements=spec.get("language", ""),
            no_danish_needed=spec.get("no_danish", False),
            where=spec.get("where", ""),
            locality=parent.locality,
            status=VolunteerTaskPage.OPEN if open_task else VolunteerTaskPage.FILLED,
            live=False,
        )
        publish_child(parent, task)
    progress(f"    tasks: {count} in {time.monotonic() - started:.1f} s")
    return count


def add_events(count, seed, progress):
    from directory.demo.content import LOCALITIES
    from directory.models import Category, Locality, TargetGroup
    from portal_events.demo import content
    from portal_events.demo.loader import moment
    from portal_events.models import EventDate, EventIndexPage, EventPage

    calendar = EventIndexPage.objects.live().order_by("path").first()
    if calendar is None:
        raise RuntimeError("there is no event calendar (Arrangementer); load the demo first")
    associations = generated_associations()
    towns = {town.slug: town for town in Locality.objects.sources()}
    postcodes = {spec["slug"]: spec for spec in LOCALITIES}
    categories = {term.name: term for term in Category.objects.sources()}
    groups = {term.name: term for term in TargetGroup.objects.sources()}
    start = next_number(EventPage)
    started = time.monotonic()
    for number in range(start, start + count):
        rng = random.Random(f"{seed}:event:{number}")
        spec = content.EVENTS[number % len(content.EVENTS)]
        parent = rng.choice(associations) if rng.random() < EVENT_UNDER_ASSOCIATION_SHARE else calendar
        town = postcodes.get(spec["town"], {})
        days = rng.randint(1, 365)
        _first_day, begins, ends = spec["dates"][0]
        page = EventPage(
            title=spec["title"],
            slug=generated_slug(spec["slug"], number),
            event_type=spec["type"],
            summary=spec["summary"],
            body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in spec["body"]],
            place_name=spec["place"],
            street=spec["street"],
            postcode=town.get("postcode", ""),
            city=town.get("name", ""),
            locality=towns.get(spec["town"]),
            accessible_venue=spec.get("accessible", False),
            is_free=spec["free"],
            price=spec.get("price", ""),
            no_danish_needed=spec.get("no_danish", False),
            signup_method=spec.get("signup", EventPage.NONE),
            signup_url=spec.get("signup_url", ""),
            # Room for the mixed load's sign-ups: a full event only puts people on the waiting list.
            signup_capacity=spec.get("capacity") and max(spec["capacity"], 500),
            live=False,
        )
        page.dates = [EventDate(start=moment(days, begins), end=moment(days, ends), sort_order=0)]
        parent.add_child(instance=page)
        page.categories.set([categories[name] for name in spec.get("categories", []) if name in categories])
        page.target_groups.set([groups[name] for name in spec.get("groups", []) if name in groups])
        page.save_revision(clean=False).publish()
    progress(f"    events: {count} in {time.monotonic() - started:.1f} s")
    return count


def story_body(spec):
    """The demo story's paragraphs and quotes; paragraphs linking to demo pages are left out."""
    from home.demo.content import LINK_TOKEN

    body = []
    for name, value in spec["body"]:
        if name == "paragraph" and f'id="{LINK_TOKEN}' not in value or name == "quote":
            body.append((name, value))
    return body or [("paragraph", f"<p>{spec['intro']}</p>")]


def add_stories(count, seed, progress):
    from django.utils import timezone

    from directory.models import Category
    from stories.demo import content
    from stories.models import StoryIndexPage, StoryPage

    index = StoryIndexPage.objects.live().order_by("path").first()
    if index is None:
        raise RuntimeError("there is no story index (Gode historier); load the demo first")
    categories = {term.name: term for term in Category.objects.sources()}
    today = timezone.localdate()
    start = next_number(StoryPage)
    started = time.monotonic()
    for number in range(start, start + count):
        rng = random.Random(f"{seed}:story:{number}")
        spec = content.STORIES[number % len(content.STORIES)]
        story = StoryPage(
            title=spec["title"],
            slug=generated_slug(spec["slug"], number),
            intro=spec["intro"],
            search_description=spec["intro"],
            byline=spec.get("byline", content.BYLINE),
            story_date=today - timedelta(days=rng.randint(1, 1500)),
            body=story_body(spec),
            live=False,
        )
        index.add_child(instance=story)
        story.categories.set([categories[name] for name in spec["categories"] if name in categories])
        story.save_revision(clean=False).publish()
    progress(f"    stories: {count} in {time.monotonic() - started:.1f} s")
    return count


# --- The whole set ---------------------------------------------------------------------------


def counts():
    """How many of each the database has now (all, live or not)."""
    from directory.models import AssociationPage, VolunteerTaskPage
    from portal_events.models import EventPage
    from stories.models import StoryPage

    return {
        "associations": AssociationPage.objects.count(),
        "tasks": VolunteerTaskPage.objects.count(),
        "events": EventPage.objects.count(),
        "stories": StoryPage.objects.count(),
    }


ADDERS = {"associations": add_associations, "tasks": add_tasks, "events": add_events, "stories": add_stories}


def build(sizes, seed=SEED, progress=print):
    """Top the database up to ``sizes`` ({"associations": 5000, ...}) in one transaction; returns timings.

    The caller runs ``update_index`` (see ``finish``) once this has committed."""
    from django.db import transaction

    timings = {}
    before = counts()
    missing = {kind: max(sizes.get(kind, 0) - before[kind], 0) for kind in ADDERS}
    if not any(missing.values()):
        progress(f"  the data set is there already: {before}")
        return timings
    progress(f"  adding {', '.join(f'{n} {kind}' for kind, n in missing.items() if n)} (seed {seed}):")
    started = time.monotonic()
    with quiet_logging(), indexing_paused(), transaction.atomic():
        for kind, adder in ADDERS.items():
            if missing[kind]:
                kind_started = time.monotonic()
                adder(missing[kind], seed, progress)
                timings[f"{kind}_s"] = round(time.monotonic() - kind_started, 1)
    timings["added"] = missing
    timings["build_s"] = round(time.monotonic() - started, 1)
    return timings


def finish(timings, reindex=True, progress=print):
    """One ``update_index`` for everything added, then fresh planner statistics (PostgreSQL)."""
    from django.core.management import call_command
    from django.db import connection

    if reindex:
        started = time.monotonic()
        with quiet_logging():
            call_command("update_index", verbosity=0)
        timings["update_index_s"] = round(time.monotonic() - started, 1)
        progress(f"  update_index ... done ({timings['update_index_s']} s)")
    if connection.vendor == "postgresql":
        started = time.monotonic()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        timings["vacuum_analyze_s"] = round(time.monotonic() - started, 1)
        progress(f"  VACUUM ANALYZE ... done ({timings['vacuum_analyze_s']} s)")
    return timings


def add_size_options(parser, defaults_on="any database"):
    """--associations, --tasks, --events, --stories (default: KOMMUNE_SIZES) and --seed."""
    for kind, default in KOMMUNE_SIZES.items():
        parser.add_argument(
            f"--{kind}",
            type=int,
            default=None,
            help=f"{kind} wanted in total (default {default} on {defaults_on}; 0: the demo's)",
        )
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the generated content (default {SEED})")


def sizes_of(args, default=None):
    """The sizes asked for; a size not given is KOMMUNE_SIZES' (or ``default``, e.g. 0 on SQLite)."""
    return {
        kind: getattr(args, kind) if getattr(args, kind) is not None else (size if default is None else default)
        for kind, size in KOMMUNE_SIZES.items()
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""), help="default: $DATABASE_URL")
    parser.add_argument("--skip-demo", action="store_true", help="do not migrate or run load_demo first")
    add_size_options(parser)
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("name the database: --database-url or $DATABASE_URL (it gets demo users with known passwords)")

    from bench import run

    env = run.bench_environment(args.database_url)
    os.environ.update(env)
    if not args.skip_demo:
        run.manage(env, "migrate", "--noinput")
        run.manage(env, "load_demo", "--force")
    import django

    django.setup()
    timings = build(sizes_of(args), args.seed)
    finish(timings, reindex=bool(timings))
    print(f"Data set: {counts()}; timings {timings}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The benchmark's tools work on a small data set: the builder adds it through the portal's own
import and page APIs, and the query count reports every page kind.

Not a benchmark: nothing here is timed. bench/run.py runs the same code on 5,000 associations.
"""

import pytest

from bench import dataset, queries, run
from directory.models import Activity, AssociationPage, VolunteerTaskPage
from portal_events.models import EventPage
from stories.models import StoryPage

SMALL = {"associations": 20, "tasks": 10, "events": 5, "stories": 3}


@pytest.fixture
def small_kommune(demo):
    """The demo topped up by SMALL: the builder's sizes are totals, so they count from what is there."""
    before = dataset.counts()
    sizes = {kind: before[kind] + SMALL[kind] for kind in SMALL}
    lines = []
    timings = dataset.build(sizes, progress=lines.append)
    return before, sizes, timings, lines


def test_the_builder_adds_each_kind_up_to_its_size_through_the_import_and_publishing(small_kommune):
    _before, sizes, timings, lines = small_kommune

    assert dataset.counts() == sizes
    assert timings["added"] == SMALL
    assert any("associations: 20 imported" in line for line in lines)
    imported = AssociationPage.objects.filter(external_id__startswith="bench-")
    assert imported.count() == 20
    # Published as an editor's publish would be: live, with the live revision the importer made.
    assert not imported.filter(live=False).exists()
    assert not imported.filter(live_revision__isnull=True).exists()
    # The importer's columns arrived (towns and categories from the vocabularies, the contact's email) ...
    assert not imported.filter(locality__isnull=True).exists()
    assert imported.filter(categories__isnull=False).distinct().count() == 20
    assert not imported.filter(contacts__isnull=True).exists()
    # ... and the activities, which the import has no column for, in the same published revision.
    with_activities = imported.filter(activities__isnull=False).distinct()
    assert with_activities.exists()
    page = with_activities.first()
    assert page.revisions.count() == 1
    assert page.live_revision.as_object().activities.count() == Activity.objects.filter(association=page).count()

    for model, count in ((VolunteerTaskPage, 10), (EventPage, 5), (StoryPage, 3)):
        generated = model.objects.filter(slug__regex=dataset.GENERATED_SLUG)
        assert generated.count() == count
        assert not generated.filter(live_revision__isnull=True).exists()
    tasks = VolunteerTaskPage.objects.filter(slug__regex=dataset.GENERATED_SLUG)
    assert {page.get_parent().specific_class for page in tasks} == {AssociationPage}

    # The sizes are totals: asked again for the same, the builder adds nothing.
    assert dataset.build(sizes, progress=lines.append) == {}
    assert dataset.counts() == sizes


def test_the_query_count_reports_every_page_kind_of_the_benchmark(small_kommune):
    kinds = [name for name, _ in run.PAGE_KINDS if name != run.CEILING]  # tests collect no static files
    urls = run.page_urls(kinds)

    counted = queries.count_queries(urls, warm=0)  # counted cold: only that each kind is counted matters here

    missing = [kind for kind in kinds if kind not in counted]
    assert missing == []  # every kind has a page in the demo plus the small kommune
    for kind, figures in counted.items():
        assert figures["status"] == 200, (kind, figures)
        assert figures["path"] == urls[kind]
    # Each page renders from the database: there is no page cache in the tests.
    pages = {kind: figures for kind, figures in counted.items() if kind not in run.NOT_PAGES}
    assert all(figures["queries"] > 0 and not figures["cached"] for figures in pages.values()), pages

"""What a citizen can find follows what is live: publishing, moderation, unpublishing, privacy, staleness.

And the Danish query side: typos, compounds, æ/ø/å spellings, inflections, synonyms, and
queries that nothing fits finding nothing.
"""

import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from directory.factories import (
    ActivityFactory,
    AssociationPageFactory,
    LocalityFactory,
    VolunteerTaskPageFactory,
    category,
)
from directory.models import VolunteerTaskPage
from search import documents
from search.models import SearchDocument, SynonymGroup
from search.query import analyse
from search.service import run_search
from tests.helpers import publish

pytestmark = pytest.mark.django_db


def titles(query, **params):
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data[key] = value
    outcome = run_search(query, Locale.objects.get(language_code="da"), data)
    return [result.title for result in outcome.results]


@pytest.fixture
def sorggruppe(directory):
    page = AssociationPageFactory(
        parent=directory,
        title="Lysglimt",
        slug="lysglimt",
        summary="Sorggrupper for efterladte ægtefæller i Fjordlund.",
        locality=LocalityFactory(name="Fjordlund"),
        categories=[category("Socialt arbejde")],
    )
    ActivityFactory(
        association=page,
        name="Sorggruppe for forældre",
        description="For dig, der har mistet et barn. Vi mødes i en lille gruppe.",
    )
    return publish(page)


@pytest.fixture
def roklub(directory):
    page = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        summary="Roning og kajak på fjorden for alle fra 14 år.",
        categories=[category("Idræt og motion")],
    )
    ActivityFactory(association=page, name="Morgenroning", description="Tirsdag og torsdag.", is_free=True)
    return publish(page)


def test_a_published_association_is_found_with_its_activities_nested(sorggruppe):
    kinds = set(SearchDocument.objects.filter(page=sorggruppe).values_list("kind", flat=True))
    assert kinds == {"association", "activity"}
    outcome = run_search("sorggruppe", Locale.objects.get(language_code="da"))
    assert [result.title for result in outcome.results] == ["Lysglimt"]
    assert [activity.title for activity in outcome.results[0].activities] == ["Sorggruppe for forældre"]
    assert "<mark>" in outcome.results[0].snippet


def test_a_submitted_change_waits_for_approval_and_the_live_text_stays_findable(sorggruppe):
    sorggruppe.summary = "Vi strikker sammen om torsdagen."
    sorggruppe.save_revision()  # A representative's change, not yet approved.
    assert titles("strikker") == []
    assert titles("efterladte") == ["Lysglimt"]


def test_unpublished_and_private_pages_leave_the_search(sorggruppe, roklub):
    sorggruppe.unpublish()
    assert titles("sorggruppe") == []
    PageViewRestriction.objects.create(page=roklub, restriction_type=PageViewRestriction.LOGIN)
    assert titles("roning") == []


def test_a_filled_or_expired_task_is_not_offered(roklub):
    task = VolunteerTaskPageFactory(parent=roklub, title="Bådsmand", summary="Hjælp med bådene.")
    publish(task)
    assert titles("bådsmand") == ["Bådsmand"]
    task.deadline = timezone.localdate() - datetime.timedelta(days=1)
    publish(task)
    assert titles("bådsmand") == []
    task.deadline, task.status = None, VolunteerTaskPage.FILLED
    publish(task)
    assert not SearchDocument.objects.filter(page=task).exists()


def test_an_association_nobody_has_updated_for_years_is_not_offered(roklub, settings):
    settings.SEARCH_STALE_AFTER_DAYS = 730
    SearchDocument.objects.filter(page=roklub).update(updated_at=timezone.now() - datetime.timedelta(days=800))
    assert titles("roning") == []
    settings.SEARCH_STALE_AFTER_DAYS = 0
    assert titles("roning") == ["Fjordlund Roklub"]


def test_facets_narrow_and_count(sorggruppe, roklub):
    outcome = run_search("fjordlund", Locale.objects.get(language_code="da"))
    types = {
        option.value: option.count for facet in outcome.facets if facet.param == "type" for option in facet.options
    }
    assert types["association"] == 2
    assert titles("fjordlund", free="1") == ["Fjordlund Roklub"]  # With its free activity nested.
    assert titles("fjordlund", category="idraet-og-motion") == ["Fjordlund Roklub"]


def test_rebuild_makes_the_documents_again_and_drops_stale_ones(sorggruppe, roklub):
    SearchDocument.objects.filter(page=roklub).delete()
    SearchDocument.objects.create(key="page:999999", page=sorggruppe, locale=sorggruppe.locale, kind="page", title="x")
    documents.rebuild()
    assert SearchDocument.objects.filter(page=roklub, kind="association").exists()
    assert not SearchDocument.objects.filter(key="page:999999").exists()


@pytest.mark.parametrize(
    ("typed", "finds"),
    [
        ("Lysglimt", "Lysglimt"),  # As written.
        ("sorg", "Lysglimt"),  # A part of a compound: sorggrupper (sorg + grupper, both words used here).
        ("efterladt", "Lysglimt"),  # Another inflection.
        ("sorggrupe", "Lysglimt"),  # One letter missing.
        ("kajk", "Fjordlund Roklub"),  # "kajak" with a letter dropped: four letters, but no Danish word.
        ("roklub fjordlund", "Fjordlund Roklub"),
        ("aegtefaeller", "Lysglimt"),  # æ written as ae.
    ],
)
def test_danish_queries(sorggruppe, roklub, typed, finds):
    found = titles(typed)
    assert found[:1] == [finds]


def test_synonyms_staff_keep_widen_the_query(sorggruppe):
    assert titles("enke") == []
    SynonymGroup.objects.create(terms="efterladte, enke, enkemand")
    assert titles("enke") == ["Lysglimt"]


def test_a_query_nothing_fits_finds_nothing_rather_than_everything_about_the_rest(sorggruppe, roklub):
    assert titles("golfbane i fjordlund") == []
    assert titles("karate for alle") == []
    plan = analyse("golfbane i fjordlund")
    assert plan.unknown == ["golfbane"]


def test_typos_are_corrected_and_the_correction_is_offered(roklub):
    outcome = run_search("kajka", Locale.objects.get(language_code="da"))
    assert [result.title for result in outcome.results] == ["Fjordlund Roklub"]
    assert outcome.suggestion == "kajak"

"""A representative edits their association and its tasks without meeting the technical fields.

The Promote tab's address (slug), SEO title, search description and "show in menus", and the raw
latitude and longitude, are for staff (Kommunikation). The representative's forms leave them out,
and what staff set there survives the representative's changes; a new task's address is made
from its title.
"""

from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from directory.factories import AssociationPageFactory, VolunteerTaskPageFactory, representative_of
from directory.models import AssociationPage, VolunteerTaskPage
from tests.helpers import PASSWORD, live, logged_in, member_of, publish, workflow_action

pytestmark = pytest.mark.django_db

TECHNICAL = ["slug", "seo_title", "search_description", "show_in_menus", "latitude", "longitude"]
TASK_TECHNICAL = ["slug", "seo_title", "search_description", "show_in_menus"]


@pytest.fixture
def roklub(directory):
    return publish(
        AssociationPageFactory(
            parent=directory,
            title="Fjordlund Roklub",
            slug="roklub",
            seo_title="Roning i Fjordlund – Fjordlund Roklub",
            search_description="Ro på fjorden med Fjordlund Roklub.",
            show_in_menus=True,
            latitude=Decimal("55.012345"),
            longitude=Decimal("12.164321"),
        )
    )


@pytest.fixture
def task(roklub):
    return publish(
        VolunteerTaskPageFactory(parent=roklub, title="Bådvask", slug="baadvask", seo_title="Vask både i Fjordlund")
    )


@pytest.fixture
def rep(roklub):
    return logged_in(representative_of(roklub, "formand@roklub.dk", PASSWORD))


@pytest.fixture
def staff(db):
    return logged_in(member_of("Kommunikation", "karin"))


def form_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), querydict_from_html(response.content.decode(), form_id="page-edit-form")


def test_the_representative_edits_the_association_without_the_technical_fields(rep, roklub):
    html, data = form_of(rep, reverse("wagtailadmin_pages:edit", args=[roklub.pk]))
    for name in TECHNICAL:
        assert name not in data, name
        assert f'name="{name}"' not in html, name
    assert "summary" in data and "street" in data  # the content they keep up to date


def test_staff_still_see_and_set_them(staff, roklub, task):
    for page, names in [(roklub, TECHNICAL), (task, TASK_TECHNICAL)]:
        html, _data = form_of(staff, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        for name in names:
            assert f'name="{name}"' in html, name


def test_saving_as_a_representative_keeps_what_staff_set(rep, roklub):
    url = reverse("wagtailadmin_pages:edit", args=[roklub.pk])
    _html, data = form_of(rep, url)
    data.update(nested_form_data({"description": streamfield([])}))  # the stream field's data is made by script
    data["summary"] = "Roning på fjorden, også om aftenen."
    data["slug"] = "hijacked"  # smuggled in: not a field of their form, so ignored
    data["latitude"] = "56"
    data["action-submit"] = "Submit"
    response = rep.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    waiting = AssociationPage.objects.get(pk=roklub.pk).get_latest_revision_as_object()
    assert waiting.summary == "Roning på fjorden, også om aftenen."
    assert (waiting.slug, waiting.seo_title, waiting.search_description) == (
        "roklub",
        "Roning i Fjordlund – Fjordlund Roklub",
        "Ro på fjorden med Fjordlund Roklub.",
    )
    assert waiting.show_in_menus is True
    assert (waiting.latitude, waiting.longitude) == (Decimal("55.012345"), Decimal("12.164321"))

    moderator = logged_in(member_of("Kommunikation", "karin"))
    assert workflow_action(moderator, roklub, "approve").status_code == 302
    page = live(roklub)
    assert page.summary == "Roning på fjorden, også om aftenen."
    assert (page.slug, page.seo_title, page.latitude) == (
        "roklub",
        "Roning i Fjordlund – Fjordlund Roklub",
        Decimal("55.012345"),
    )


def test_the_representative_creates_a_task_whose_address_is_made_from_its_title(rep, roklub):
    url = reverse("wagtailadmin_pages:add", args=["directory", "volunteertaskpage", roklub.pk])
    html, data = form_of(rep, url)
    for name in TASK_TECHNICAL:
        assert f'name="{name}"' not in html, name
    data.update(
        {
            "title": "Hjælper til standerhejsning",
            "summary": "Giv en hånd, når sæsonen åbner.",
            "what_you_do": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Du hjælper.", "depth": 0, '
            '"inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
            "time_commitment": VolunteerTaskPage.ONE_OFF,
            "status": VolunteerTaskPage.OPEN,
            "action-save-draft": "action-save-draft",
        }
    )
    response = rep.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    task = VolunteerTaskPage.objects.child_of(roklub).get(title="Hjælper til standerhejsning")
    assert task.slug == "hjaelper-til-standerhejsning"


def test_the_representative_edits_a_task_and_its_seo_title_stays(rep, task):
    url = reverse("wagtailadmin_pages:edit", args=[task.pk])
    html, data = form_of(rep, url)
    for name in TASK_TECHNICAL:
        assert f'name="{name}"' not in html, name
    data["summary"] = "Vask både før sæsonen."
    data["action-save-draft"] = "action-save-draft"
    assert rep.post(url, data).status_code == 302
    draft = VolunteerTaskPage.objects.get(pk=task.pk).get_latest_revision_as_object()
    assert (draft.summary, draft.slug, draft.seo_title) == (
        "Vask både før sæsonen.",
        "baadvask",
        "Vask både i Fjordlund",
    )

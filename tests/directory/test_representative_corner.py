"""The representative's corner, "Jeres forening": a volunteer logs in and sees their own association, its tasks and
what waits for approval, confirms the page is current in one click, and never sees another association's things.
Staff keep Wagtail's dashboard."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.admin.ui.components import Component

from directory.factories import (
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    VolunteerTaskPageFactory,
    representative_of,
)
from directory.models import AssociationPage, VolunteerTaskPage
from tests.helpers import PASSWORD, in_danish, logged_in, member_of, publish, soup_of, text_of

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 2, 9, 30, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def directory(home):
    return DirectoryIndexPageFactory(parent=home)


@pytest.fixture
def roklub(directory):
    association = publish(AssociationPageFactory(parent=directory, title="Fjordlund Roklub", slug="roklub"))
    publish(VolunteerTaskPageFactory(parent=association, title="Hjælper til kaproningen", slug="kaproning"))
    publish(
        VolunteerTaskPageFactory(
            parent=association, title="Træner for begyndere", slug="traener", status=VolunteerTaskPage.FILLED
        )
    )
    return association


@pytest.fixture
def skakklub(directory):
    association = publish(AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost"))
    publish(VolunteerTaskPageFactory(parent=association, title="Skakturnering", slug="skakturnering"))
    return association


@pytest.fixture
def chair(roklub, skakklub):
    """The rowing club's chair; the chess club has its own representative."""
    representative_of(skakklub, "formand@bifrost.dk", PASSWORD)
    return representative_of(roklub, "formand@roklub.dk", PASSWORD, first_name="Mette")


def corner(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response


def section_of(response, association):
    section = soup_of(response).select_one(f'[data-corner-association="{association.pk}"]')
    assert section is not None, f"{association.title} is not in the corner"
    return section


def test_after_login_a_representative_lands_on_their_association(client, chair, roklub, skakklub):
    response = client.post(reverse("wagtailadmin_login"), {"username": chair.username, "password": PASSWORD})
    assert response["Location"] == reverse("wagtailadmin_home")
    page = corner(client)
    soup = soup_of(page)
    assert text_of(soup.select_one("h1")) == "Jeres forening"
    section = section_of(page, roklub)
    assert text_of(section.select_one("h2")) == "Fjordlund Roklub"
    assert section.select_one(f'a[href="{reverse("wagtailadmin_pages:edit", args=[roklub.pk])}"]')
    assert section.select_one(f'a[href="{roklub.url}"]')
    assert "Bifrost" not in page.content.decode()
    assert "Skakturnering" not in page.content.decode()


def test_wagtails_own_panels_are_gone_for_a_representative(client, chair, roklub):
    """With an edit of their own waiting for approval, Wagtail would show "Your pages in a workflow" and
    "Your most recent edits"; the corner shows the same change in its own words instead."""
    page = AssociationPage.objects.get(pk=roklub.pk)
    page.save_revision(user=chair)
    page.get_workflow().start(page, chair)
    html = corner(logged_in(chair)).content.decode()
    for panel in ("objects-in-workflow", "awaiting-review", "recent-edits", "locked-pages"):
        assert f'id="{panel}"' not in html
    assert 'class="w-summary"' not in html  # the site summary ("3 pages, 2 images")
    assert in_danish("Search all pages…") not in html
    assert "Fjordlund Roklub venter på" in text_of(section_of(corner(logged_in(chair)), roklub))


def test_the_corner_lists_tasks_open_and_closed_with_a_way_to_add_one(client, chair, roklub):
    section = section_of(corner(logged_in(chair)), roklub)
    items = [text_of(li) for li in section.select("ul.corner-list li")]
    assert "Hjælper til kaproningen åben" in items
    assert "Træner for begyndere lukket" in items
    add_task = reverse("wagtailadmin_pages:add", args=["directory", "volunteertaskpage", roklub.pk])
    assert text_of(section.select_one(f'a[href="{add_task}"]')) == "Tilføj opgave"


def test_what_waits_for_approval_and_drafts_show(client, chair, roklub):
    task = VolunteerTaskPage.objects.get(slug="kaproning")
    task.title = "Hjælper til kaproningen 2027"
    task.save_revision(user=chair)
    page = AssociationPage.objects.get(pk=roklub.pk)
    page.summary = "Nu også med kajak."
    revision = page.save_revision(user=chair)
    page.get_workflow().start(page, chair)
    assert revision.pk
    section = section_of(corner(logged_in(chair)), roklub)
    waiting = [text_of(li) for li in section.select("ul.corner-list")[-1].select("li")]
    assert waiting[0].startswith("Fjordlund Roklub venter på")
    assert waiting[1] == "Hjælper til kaproningen 2027 kladde, ikke sendt til godkendelse"


def test_confirming_the_page_records_today_and_says_thank_you(client, chair, roklub):
    browser = logged_in(chair)
    response = browser.post(
        reverse("directory_association_confirm", args=[roklub.pk]), {"next": reverse("wagtailadmin_home")}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "Tak. Fjordlund Roklub er bekræftet som opdateret i dag." in response.content.decode()
    assert AssociationPage.objects.get(pk=roklub.pk).last_confirmed_at == timezone.now()
    confirmed = section_of(response, roklub).select_one("[data-corner-confirmed] time")
    assert (text_of(confirmed), confirmed["datetime"][:10]) == ("2. november 2026", "2026-11-02")


def test_confirming_makes_no_revision_and_keeps_a_draft_waiting(client, chair, roklub):
    revisions = roklub.revisions.count()
    logged_in(chair).post(reverse("directory_association_confirm", args=[roklub.pk]))
    assert roklub.revisions.count() == revisions


def test_a_representative_cannot_confirm_another_associations_page(client, chair, skakklub):
    before = AssociationPage.objects.get(pk=skakklub.pk).last_confirmed_at  # set when it was published
    with time_machine.travel(timezone.now() + datetime.timedelta(days=30)):
        response = logged_in(chair).post(reverse("directory_association_confirm", args=[skakklub.pk]))
    assert response.status_code == 403
    assert AssociationPage.objects.get(pk=skakklub.pk).last_confirmed_at == before


def test_confirming_needs_a_login_and_a_csrf_token(client, chair, roklub):
    url = reverse("directory_association_confirm", args=[roklub.pk])
    before = AssociationPage.objects.get(pk=roklub.pk).last_confirmed_at  # set when it was published
    with time_machine.travel(timezone.now() + datetime.timedelta(days=30)):
        assert client.post(url).status_code == 302  # to the login
        assert "/login/" in client.post(url)["Location"]
        strict = Client(enforce_csrf_checks=True)
        strict.force_login(chair)
        assert strict.post(url).status_code == 403
    assert AssociationPage.objects.get(pk=roklub.pk).last_confirmed_at == before


def test_the_corners_button_works_with_csrf_protection_on(chair, roklub):
    """As in a real browser: the token comes from the corner's own form."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(chair)
    form = section_of(corner(browser), roklub).select_one("form")
    fields = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    response = browser.post(form["action"], fields)
    assert response.status_code == 302
    assert AssociationPage.objects.get(pk=roklub.pk).last_confirmed_at == timezone.now()


def test_a_next_address_elsewhere_is_ignored(client, chair, roklub):
    response = logged_in(chair).post(
        reverse("directory_association_confirm", args=[roklub.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("wagtailadmin_home")


def test_staff_can_confirm_any_association_and_keep_wagtails_dashboard(client, chair, roklub):
    staff = logged_in(member_of("Kommunikation", "kommunikation"))
    assert staff.post(reverse("directory_association_confirm", args=[roklub.pk])).status_code == 302
    assert AssociationPage.objects.get(pk=roklub.pk).last_confirmed_at == timezone.now()
    html = corner(staff).content.decode()
    assert "data-corner-association" not in html
    assert "Jeres forening" not in html
    assert 'class="w-summary"' in html


def test_the_editor_offers_the_confirmation_in_its_header(client, chair, roklub):
    browser = logged_in(chair)
    edit = reverse("wagtailadmin_pages:edit", args=[roklub.pk])
    html = browser.get(edit).content.decode()
    confirm = reverse("directory_association_confirm", args=[roklub.pk])
    assert f'href="{confirm}?next=' in html
    question = browser.get(f"{confirm}?next={edit}")
    assert question.status_code == 200
    assert "Bekræft at siden er opdateret" in question.content.decode()
    back = browser.post(confirm, {"next": edit})
    assert back["Location"] == edit


def test_the_confirm_question_is_refused_for_another_association(client, chair, skakklub):
    assert logged_in(chair).get(reverse("directory_association_confirm", args=[skakklub.pk])).status_code == 403


class WaitingEnquiries(Component):
    order = 100

    def __init__(self, associations):
        self.associations = associations

    def render_html(self, parent_context=None):
        names = ", ".join(association.title for association in self.associations)
        return format_html('<section data-test-panel="enquiries">Henvendelser til {}</section>', names)


class Announcement(Component):
    order = 50

    def render_html(self, parent_context=None):
        return mark_safe('<section data-test-panel="announcement">Nyt fra kommunen</section>')


def test_other_apps_add_panels_after_the_association_in_their_order(client, chair, roklub):
    with hooks.register_temporarily(
        "representative_corner_panels", lambda request, associations: [WaitingEnquiries(associations), Announcement()]
    ):
        html = corner(logged_in(chair)).content.decode()
    association = html.index(f'data-corner-association="{roklub.pk}"')
    announcement = html.index('data-test-panel="announcement"')
    enquiries = html.index('data-test-panel="enquiries"')
    assert association < announcement < enquiries
    assert "Henvendelser til Fjordlund Roklub" in html


def test_staff_do_not_get_the_corners_panels(client, chair):
    staff = logged_in(member_of("Kommunikation", "kommunikation"))
    with hooks.register_temporarily("representative_corner_panels", lambda request, associations: [Announcement()]):
        assert 'data-test-panel="announcement"' not in corner(staff).content.decode()


def test_the_corner_costs_the_same_queries_however_many_tasks(client, chair, roklub, django_assert_max_num_queries):
    browser = logged_in(chair)
    corner(browser)
    with CaptureQueriesContext(connection) as few:
        corner(browser)
    for number in range(10):
        VolunteerTaskPageFactory(parent=AssociationPage.objects.get(pk=roklub.pk), title=f"Opgave {number}")
    with django_assert_max_num_queries(len(few)):
        html = corner(browser).content.decode()
    assert "Opgave 9" in html
    assert len(few) <= 40

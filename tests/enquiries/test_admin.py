"""Enquiries in the admin ("Henvendelser"): a representative sees and answers only their own association's.

The representative of "Ajax Roklub" (A) uses the admin while "Bifrost Skakklub" (B) has enquiries
too. Everything of B's contains "Bifrost", so no response A's representative gets may contain it,
at any address: the list, its filter, inspect, edit, delete, history, usage, any API.
"""

from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail import hooks

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, VolunteerTaskPageFactory
from directory.factories import representative_of as make_representative
from enquiries.corner import WaitingEnquiriesPanel
from enquiries.models import Enquiry
from enquiries.summary import counts_by_page
from tests.helpers import PASSWORD, logged_in, member_of, menu_urls, soup_of, text_of

from .conftest import make_enquiry

pytestmark = pytest.mark.django_db

B = "Bifrost"


@dataclass
class World:
    a: object
    a_task: object
    b: object
    b_task: object
    a_enquiry: Enquiry
    a_answered: Enquiry
    b_enquiry: Enquiry
    b_direct: Enquiry
    rep: object
    staff: object


@pytest.fixture
def world(home):
    directory = DirectoryIndexPageFactory(parent=home)
    a = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
    a_task = VolunteerTaskPageFactory(parent=a, title="Ajax kaproning", slug="kaproning")
    b = AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost")
    b_task = VolunteerTaskPageFactory(parent=b, title="Bifrost skakturnering", slug="turnering")
    make_representative(b, "formand@bifrost.dk")
    return World(
        a=a,
        a_task=a_task,
        b=b,
        b_task=b_task,
        a_enquiry=make_enquiry(a_task, name="Anna Andersen", email="anna@example.dk", message="Jeg kan ro."),
        a_answered=make_enquiry(a_task, name="Aksel Ask", email="aksel@example.dk", status=Enquiry.ANSWERED),
        b_enquiry=make_enquiry(b_task, name="Bifrost borger", email="borger@bifrost-mail.dk"),
        b_direct=make_enquiry(b, name="Bifrost nabo", email="nabo@bifrost-mail.dk"),
        rep=make_representative(a, "formand@ajax.dk", PASSWORD, first_name="Mette"),
        staff=member_of("Kommunikation", "kommunikation", email="kommunikation@kommune.dk"),
    )


@pytest.fixture
def rep_client(world):
    return logged_in(world.rep)


def admin_url(name, *args, query=""):
    return reverse(f"enquiries_admin:{name}", args=args) + query


OWN, DENIED = "own", "denied"


def matrix(w):
    """(where, address, outcome, what must be shown)."""
    return [
        ("the list", admin_url("index"), OWN, "Anna Andersen"),
        ("the list's results", admin_url("index_results"), OWN, "Anna Andersen"),
        ("the list filtered by B's task", admin_url("index", query=f"?page={w.b_task.pk}"), OWN, None),
        ("the list filtered by A's task", admin_url("index", query=f"?page={w.a_task.pk}"), OWN, "Anna Andersen"),
        ("the list searched for B", admin_url("index", query="?q=Bifr"), OWN, None),
        ("inspect A's", admin_url("inspect", w.a_enquiry.pk), OWN, "Jeg kan ro."),
        ("edit A's", admin_url("edit", w.a_enquiry.pk), OWN, "Anna Andersen"),
        ("inspect B's", admin_url("inspect", w.b_enquiry.pk), DENIED, None),
        ("inspect B's direct enquiry", admin_url("inspect", w.b_direct.pk), DENIED, None),
        ("edit B's", admin_url("edit", w.b_enquiry.pk), DENIED, None),
        ("delete B's", admin_url("delete", w.b_enquiry.pk), DENIED, None),
        ("delete A's (only staff delete)", admin_url("delete", w.a_enquiry.pk), DENIED, None),
        ("history of B's", admin_url("history", w.b_enquiry.pk), DENIED, None),
        ("history results of B's", admin_url("history_results", w.b_enquiry.pk), DENIED, None),
        ("usage of B's", admin_url("usage", w.b_enquiry.pk), DENIED, None),
        ("add an enquiry (nobody may)", admin_url("add"), DENIED, None),
        ("snippets listing", "/admin/snippets/enquiries/enquiry/", DENIED, None),
        ("snippet chooser", "/admin/snippets/choose/enquiries/enquiry/", DENIED, None),
        (
            "wagtail-localize's snippet API",
            reverse("wagtail_localize:snippets_api_listing", args=["enquiries", "enquiry"]),
            DENIED,
            None,
        ),
        (
            "wagtail-localize's snippet API: B's",
            reverse("wagtail_localize:snippets_api_detail", args=["enquiries", "enquiry", w.b_enquiry.pk]),
            DENIED,
            None,
        ),
        ("admin API: B's task", reverse("wagtailadmin_api:pages:detail", args=[w.b_task.pk]), DENIED, None),
    ]


def test_what_a_representative_reaches(rep_client, world):
    for where, address, outcome, shows in matrix(world):
        response = rep_client.get(address, follow=True)
        body = response.content.decode()
        assert B not in body, where
        assert "bifrost-mail.dk" not in body, where
        if outcome == OWN:
            assert response.status_code == 200, where
            if shows:
                assert shows in body, where
        else:
            landed_elsewhere = response.redirect_chain and response.request["PATH_INFO"] != address.split("?")[0]
            assert response.status_code in (403, 404) or landed_elsewhere, where


def test_a_representative_cannot_change_or_delete_anothers_enquiry_by_posting(rep_client, world):
    response = rep_client.post(admin_url("edit", world.b_enquiry.pk), {"status": "closed", "internal_note": "x"})
    assert response.status_code == 404
    assert rep_client.post(admin_url("delete", world.b_enquiry.pk)).status_code == 404
    assert rep_client.post(admin_url("delete", world.a_enquiry.pk)).status_code in (302, 403)
    world.b_enquiry.refresh_from_db()
    assert world.b_enquiry.status == Enquiry.NEW and world.b_enquiry.internal_note == ""
    assert Enquiry.objects.filter(pk=world.a_enquiry.pk).exists()


def test_a_representative_marks_an_enquiry_answered_but_cannot_change_what_the_citizen_wrote(rep_client, world):
    edit = soup_of(rep_client.get(admin_url("edit", world.a_enquiry.pk)))
    # What the citizen wrote is shown, not editable; the status and a note are.
    panel = text_of(edit.select_one(".enquiry-panel"))
    assert "Anna Andersen" in panel and "anna@example.dk" in panel and "Jeg kan ro." in panel
    names = {field["name"] for field in edit.select("form [name]") if field.get("name")}
    assert {"status", "internal_note"} <= names
    assert not names & {"name", "email", "phone", "message", "page", "organiser", "recipients"}

    response = rep_client.post(
        admin_url("edit", world.a_enquiry.pk),
        {"status": "answered", "internal_note": "Ringede 3/3.", "name": "Hacket", "message": "Ændret"},
    )
    assert response.status_code == 302
    world.a_enquiry.refresh_from_db()
    assert world.a_enquiry.status == Enquiry.ANSWERED
    assert world.a_enquiry.answered_by == world.rep and world.a_enquiry.answered_at is not None
    assert world.a_enquiry.internal_note == "Ringede 3/3."
    assert (world.a_enquiry.name, world.a_enquiry.message) == ("Anna Andersen", "Jeg kan ro.")

    # Closing it later keeps when it was answered.
    answered_at = world.a_enquiry.answered_at
    rep_client.post(admin_url("edit", world.a_enquiry.pk), {"status": "closed", "internal_note": ""})
    world.a_enquiry.refresh_from_db()
    assert world.a_enquiry.status == Enquiry.CLOSED and world.a_enquiry.closed_by == world.rep
    assert world.a_enquiry.answered_at == answered_at


def test_the_list_counts_the_offers_per_task(rep_client, world):
    html = text_of(soup_of(rep_client.get(admin_url("index"))))
    assert "2 har meldt sig, 1 venter" in html
    assert "Venter på svar" in html and "Besvaret" in html  # the status column
    assert counts_by_page([world.a_task, world.b_task, world.a]) == {
        world.a_task.pk: {"new": 1, "total": 2},
        world.b_task.pk: {"new": 1, "total": 1},
    }


def test_the_task_filter_offers_only_the_representatives_own_tasks(rep_client, world):
    page = soup_of(rep_client.get(admin_url("index")))
    options = {text_of(option) for option in page.select("select[name=page] option")}
    assert "Ajax kaproning" in options
    assert not any(B in option for option in options)


def test_the_representatives_menu_has_enquiries(rep_client):
    assert admin_url("index") in menu_urls(rep_client.get(reverse("wagtailadmin_home")))


def test_staff_see_every_enquiry_and_may_delete_one(world):
    staff = logged_in(world.staff)
    html = staff.get(admin_url("index")).content.decode()
    assert "Anna Andersen" in html and "Bifrost borger" in html and "Bifrost nabo" in html
    assert staff.get(admin_url("inspect", world.b_enquiry.pk)).status_code == 200
    assert staff.post(admin_url("delete", world.b_enquiry.pk)).status_code == 302
    assert not Enquiry.objects.filter(pk=world.b_enquiry.pk).exists()


def test_someone_without_the_permission_sees_no_enquiries(world):
    outsider = member_of("Politikejere", "politik", email="politik@kommune.dk")
    client = logged_in(outsider)
    response = client.get(admin_url("index"), follow=True)
    assert "Anna Andersen" not in response.content.decode()
    assert response.status_code in (403, 404) or response.redirect_chain
    assert admin_url("index") not in menu_urls(client.get(reverse("wagtailadmin_home")))


# The representative's corner --------------------------------------------------------------------------------------


def test_the_corner_lists_the_enquiries_waiting_for_the_representative(rf, world):
    request = rf.get("/admin/")
    request.user = world.rep
    panels = [panel for fn in hooks.get_hooks("representative_corner_panels") for panel in fn(request, [world.a])]
    [panel] = [panel for panel in panels if isinstance(panel, WaitingEnquiriesPanel)]
    assert isinstance(panel.order, int)
    html = panel.render_html({"request": request})
    page = BeautifulSoup(html, "html.parser")
    rows = [text_of(row) for row in page.select("tbody tr")]
    assert len(rows) == 1
    assert "Ajax kaproning" in rows[0] and "Anna Andersen" in rows[0] and "0 dage" in rows[0]
    assert page.select_one(f"a[href='{admin_url('edit', world.a_enquiry.pk)}']")
    per_task = [" ".join(item.get_text().split()) for item in page.select("li")]
    assert per_task == ["Ajax kaproning: 2 har meldt sig, 1 venter"]
    assert B not in html

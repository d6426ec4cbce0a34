"""Kommunikation decides on applications in the admin's "Ansøgninger"; nobody else sees them.

Sofie (Kommunikation) finds the waiting application in the menu, reads it, and approves it:
the association's page is made as a draft under the directory, the applicant is invited to
edit it, and can then edit that page and nothing else. Or she rejects it with a reason that
goes to the applicant. A representative of another association and a visitor who is not
logged in get nowhere.
"""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, Page, PageLogEntry

from applications.factories import AssociationApplicationFactory
from applications.models import AssociationApplication
from directory.access import association_group
from directory.factories import AssociationPageFactory, category, representative_of, target_group
from directory.models import AssociationPage
from tests.helpers import PASSWORD, member_of, menu_urls, password_login, soup_of, text_of
from tests.mail import deliver_queued_mail

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue", "portal_settings")]


def menu_labels(response):
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', response.content.decode(), re.S
    )
    return set(re.findall(r'"label": "([^"]*)"', json.dumps(json.loads(props.group(1)), ensure_ascii=False)))


def refused(response):
    """Wagtail's answer to a user without the permission: back to the dashboard with "you may not" (or 403)."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code == 403


def admin_url(name, application=None):
    args = [application.pk] if application is not None else []
    return reverse(f"association_applications:{name}", args=args)


@pytest.fixture
def seniordans(directory, towns):
    return AssociationApplicationFactory(
        name="Fjordlund Seniordans",
        cvr="35123407",
        summary="Vi danser folkedans for seniorer hver onsdag.",
        categories=[category("Kultur og musik"), category("Ældre")],
        target_groups=[target_group("Ældre")],
        locality=towns["Fjordlund"],
        website="https://www.seniordans.dk",
        contact_name="Karen Holm",
        email="karen@seniordans.dk",
        phone="21 43 65 87",
    )


@pytest.fixture
def sofie(db):
    return member_of("Kommunikation", "sofie", email="sofie@testrup.dk")


@pytest.fixture
def staff(client, sofie):
    client.force_login(sofie)
    return client


@pytest.fixture
def rep(directory):
    """The representative of another association, logged in."""
    ajax = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
    client = Client()
    client.force_login(representative_of(ajax, "formand@ajax.dk"))
    return client


# Finding and reading applications --------------------------------------------------------------------------------


def test_kommunikation_finds_applications_in_the_menu_with_the_number_waiting(staff, seniordans):
    AssociationApplicationFactory(status=AssociationApplication.REJECTED)
    response = staff.get(reverse("wagtailadmin_home"))
    assert admin_url("index") in menu_urls(response)
    assert "Ansøgninger (1)" in menu_labels(response)


def test_the_list_shows_the_applications_and_filters_them_by_status(staff, seniordans):
    rejected = AssociationApplicationFactory(name="Billige Biler ApS", status=AssociationApplication.REJECTED)
    html = staff.get(admin_url("index")).content.decode()
    assert "Fjordlund Seniordans" in html and "Billige Biler ApS" in html
    assert admin_url("inspect", seniordans) in html  # the name leads to the application, not to an edit form
    assert "/edit/" not in re.sub(r"/admin/pages/\d+/edit/", "", html)

    new_only = staff.get(admin_url("index"), {"status": "new"}).content.decode()
    assert "Fjordlund Seniordans" in new_only and "Billige Biler ApS" not in new_only
    rejected_only = staff.get(admin_url("index"), {"status": "rejected"}).content.decode()
    assert "Billige Biler ApS" in rejected_only and "Fjordlund Seniordans" not in rejected_only
    assert rejected.pk


def test_the_application_shows_what_was_sent_and_the_two_decisions(staff, seniordans):
    response = staff.get(admin_url("inspect", seniordans))
    assert response.status_code == 200
    text = text_of(soup_of(response).find("main") or soup_of(response))
    for shown in [
        "Fjordlund Seniordans",
        "35123407",
        "Vi danser folkedans for seniorer hver onsdag.",
        "Kultur og musik, Ældre",
        "Fjordlund",
        "Karen Holm",
        "karen@seniordans.dk",
        "21 43 65 87",
        "Ny",
    ]:
        assert shown in text, shown
    html = response.content.decode()
    assert admin_url("approve", seniordans) in html
    assert admin_url("reject", seniordans) in html
    assert "Afgjort" not in text and "None" not in text  # no decision yet, so no empty decision fields


def test_nobody_adds_or_edits_an_application_in_the_admin(staff, seniordans):
    assert staff.get(admin_url("add")).status_code in (302, 403)
    assert not AssociationApplication.objects.exclude(pk=seniordans.pk).exists()
    response = staff.get(admin_url("edit", seniordans))
    assert response.status_code == 302
    assert response["Location"] == admin_url("inspect", seniordans)


# Approving -------------------------------------------------------------------------------------------------------


def test_approving_makes_a_draft_page_and_invites_the_contact_person_who_can_then_edit_it(
    staff, sofie, seniordans, directory
):
    confirm = staff.get(admin_url("approve", seniordans))
    assert confirm.status_code == 200
    assert "karen@seniordans.dk" in confirm.content.decode()
    assert not AssociationPage.objects.filter(title="Fjordlund Seniordans").exists()  # GET changes nothing

    response = staff.post(admin_url("approve", seniordans))

    page = AssociationPage.objects.get(title="Fjordlund Seniordans")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    # The page: a draft under the directory, filled in from the application.
    assert page.get_parent().pk == directory.pk
    assert page.slug == "fjordlund-seniordans"
    assert not page.live
    assert page.latest_revision is not None and page.latest_revision.user == sofie
    assert page.owner == sofie
    assert PageLogEntry.objects.filter(page=page, action="wagtail.create", user=sofie).exists()
    assert page.summary == "Vi danser folkedans for seniorer hver onsdag."
    assert set(page.categories.values_list("name", flat=True)) == {"Kultur og musik", "Ældre"}
    assert list(page.target_groups.values_list("name", flat=True)) == ["Ældre"]
    assert page.locality.name == "Fjordlund"
    assert (page.website, page.cvr) == ("https://www.seniordans.dk", "35123407")
    assert page.contact_form_enabled
    assert [(contact.role, contact.email) for contact in page.contacts.all()] == [("Kontakt", "karen@seniordans.dk")]
    # Its group and collection, and the application records it all.
    group = association_group(page)
    assert group is not None
    assert GroupCollectionPermission.objects.filter(group=group, collection__name="Fjordlund Seniordans").exists()
    seniordans.refresh_from_db()
    assert seniordans.status == AssociationApplication.APPROVED
    assert seniordans.association == page
    assert seniordans.decided_by == sofie and seniordans.decided_at is not None
    success = staff.get(response["Location"]).content.decode()
    assert "Fjordlund Seniordans er godkendt" in success

    # Karen's invitation, and what she can do with it.
    [invitation] = [email for email in deliver_queued_mail() if email.to == ["karen@seniordans.dk"]]
    assert "Fjordlund Seniordans" in invitation.subject
    setup_link = re.search(r"http\S+/password_reset/confirm/\S+", invitation.body)
    assert setup_link
    karen = get_user_model().objects.get(email="karen@seniordans.dk")
    assert karen.groups.filter(pk=group.pk).exists()
    karen.set_password(PASSWORD)
    karen.save()
    other = AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost")
    client = Client()
    assert password_login(client, karen.username, PASSWORD)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])).status_code in (302, 403)
    assert client.get(admin_url("index")).status_code in (302, 403)


def test_an_application_cannot_be_approved_twice(staff, seniordans):
    staff.post(admin_url("approve", seniordans))
    response = staff.post(admin_url("approve", seniordans), follow=True)
    assert AssociationPage.objects.filter(title="Fjordlund Seniordans").count() == 1
    assert "Der er allerede truffet afgørelse om Fjordlund Seniordans" in response.content.decode()
    # Nor rejected afterwards, and the decision buttons are gone.
    staff.post(admin_url("reject", seniordans), {"reason": "Fortrudt"})
    seniordans.refresh_from_db()
    assert seniordans.status == AssociationApplication.APPROVED
    assert admin_url("approve", seniordans) not in staff.get(admin_url("inspect", seniordans)).content.decode()


def test_a_contact_person_who_already_has_a_login_is_told_by_email_instead_of_invited(staff, seniordans, directory):
    ajax = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
    representative_of(ajax, "karen@seniordans.dk")
    staff.post(admin_url("approve", seniordans))
    [email] = [email for email in deliver_queued_mail() if email.to == ["karen@seniordans.dk"]]
    assert email.subject == "Jeres ansøgning er godkendt: Fjordlund Seniordans"
    assert "/admin/" in email.body


def test_a_name_whose_address_is_taken_gets_the_next_free_one(staff, seniordans, directory):
    AssociationPageFactory(parent=directory, title="Seniordans (gammel)", slug="fjordlund-seniordans")
    staff.post(admin_url("approve", seniordans))
    assert AssociationPage.objects.get(title="Fjordlund Seniordans").slug == "fjordlund-seniordans-2"


def test_without_a_directory_nothing_is_made_and_staff_are_told(client, sofie, towns):
    application = AssociationApplicationFactory()
    client.force_login(sofie)
    response = client.post(admin_url("approve", application), follow=True)
    assert "Der er ingen foreningsoversigt" in response.content.decode()
    application.refresh_from_db()
    assert application.status == AssociationApplication.NEW
    assert not Collection.objects.filter(name=application.name).exists()


# Rejecting -------------------------------------------------------------------------------------------------------


def test_rejecting_needs_a_reason_and_emails_it_to_the_applicant(staff, sofie, seniordans):
    response = staff.post(admin_url("reject", seniordans), {"reason": "  "})
    assert response.status_code == 200  # the form again, with the error
    seniordans.refresh_from_db()
    assert seniordans.status == AssociationApplication.NEW

    reason = "Foreningen har ikke aktiviteter i kommunen.\nSkriv endelig igen, hvis det ændrer sig."
    response = staff.post(admin_url("reject", seniordans), {"reason": reason})

    assert response.status_code == 302
    seniordans.refresh_from_db()
    assert seniordans.status == AssociationApplication.REJECTED
    assert seniordans.rejection_reason == reason
    assert seniordans.decided_by == sofie
    [email] = deliver_queued_mail()
    assert email.to == ["karen@seniordans.dk"]
    assert email.subject == "Om jeres ansøgning: Fjordlund Seniordans"
    assert reason in email.body
    assert "frivillig@testrup.dk" in email.body
    assert not AssociationPage.objects.filter(title="Fjordlund Seniordans").exists()
    # The application now shows the decision, and no buttons to decide again.
    text = text_of(soup_of(staff.get(admin_url("inspect", seniordans))))
    assert "Afvist" in text and "Foreningen har ikke aktiviteter i kommunen." in text and "sofie" in text
    assert "Træf afgørelse" not in text and "None" not in text


# Who may ----------------------------------------------------------------------------------------------------------


def test_a_representative_never_sees_or_decides_on_applications(rep, seniordans):
    assert admin_url("index") not in menu_urls(rep.get(reverse("wagtailadmin_home")))
    for name in ["index", "inspect"]:
        response = rep.get(admin_url(name, seniordans if name == "inspect" else None))
        assert refused(response)
        assert "Seniordans" not in response.content.decode()
    assert refused(rep.get(admin_url("approve", seniordans)))
    assert refused(rep.post(admin_url("approve", seniordans)))
    assert refused(rep.post(admin_url("reject", seniordans), {"reason": "Nej"}))
    # An admin script asking (XMLHttpRequest) gets the plain 403.
    assert rep.post(admin_url("approve", seniordans), headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    seniordans.refresh_from_db()
    assert seniordans.status == AssociationApplication.NEW
    assert not Page.objects.filter(title="Fjordlund Seniordans").exists()


def test_staff_without_the_permission_cannot_decide_either(client, seniordans):
    client.force_login(member_of("Politikejere", "politik"))
    assert refused(client.post(admin_url("approve", seniordans)))
    assert refused(client.get(admin_url("index")))
    seniordans.refresh_from_db()
    assert seniordans.status == AssociationApplication.NEW


def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login(client, seniordans):
    for name in ["approve", "reject", "inspect"]:
        response = (
            client.post(admin_url(name, seniordans)) if name != "inspect" else client.get(admin_url(name, seniordans))
        )
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    seniordans.refresh_from_db()
    assert seniordans.status == AssociationApplication.NEW


@pytest.mark.parametrize("who", ["representative", "staff without the permission"])
def test_the_snippet_api_and_chooser_do_not_list_applications(client, directory, seniordans, who):
    """Applications are not a snippet: wagtail-localize's snippet API and the snippet chooser do not serve them."""
    if who == "representative":
        ajax = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
        client.force_login(representative_of(ajax, "formand@ajax.dk"))
    else:
        client.force_login(member_of("Politikejere", "politik"))
    for address in [
        "/admin/localize/api/snippets/applications/associationapplication/",
        f"/admin/localize/api/snippets/applications/associationapplication/{seniordans.pk}/",
        "/admin/snippets/choose/applications/associationapplication/",
        "/admin/snippets/applications/associationapplication/",
    ]:
        response = client.get(address)
        assert response.status_code in (302, 403, 404), address
        assert "Seniordans" not in response.content.decode()


def test_superusers_decide_too(client, seniordans, directory):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@testrup.dk", PASSWORD))
    assert client.get(admin_url("inspect", seniordans)).status_code == 200
    client.post(admin_url("reject", seniordans), {"reason": "Ikke en forening."})
    seniordans.refresh_from_db()
    assert seniordans.status == AssociationApplication.REJECTED

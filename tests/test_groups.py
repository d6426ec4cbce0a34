"""The groups a kommune starts with, and what each may do in the admin."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow

from home.factories import StandardPageFactory
from tests.helpers import member_of

pytestmark = pytest.mark.django_db


def test_the_three_editorial_groups_exist_and_wagtails_stock_groups_do_not():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Kommunikation", "Politikejere", "Foreningsrepræsentanter"} <= names
    assert not names & {"Editors", "Moderators"}


def test_moderation_requests_go_to_the_communications_group():
    workflow = Workflow.objects.get(workflow_pages__page__depth=1)  # The site-wide default, on the root page.
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    assert list(task.groups.values_list("name", flat=True)) == ["Kommunikation"]


def test_policies_are_reviewed_by_the_policy_owners_before_communications_approve_them():
    workflow = Workflow.objects.get(name="Politikgodkendelse", active=True)
    steps = [
        (step.task.name, list(step.task.specific.groups.values_list("name", flat=True)))
        for step in workflow.workflow_tasks.order_by("sort_order")
    ]
    assert steps == [
        ("Faglig gennemgang ved Politikejere", ["Politikejere"]),
        ("Godkendelse ved Kommunikation", ["Kommunikation"]),
    ]


def test_communications_staff_edit_and_publish_pages(client, home):
    editor = member_of("Kommunikation", "kommunikation")
    page = StandardPageFactory(parent=home, title="Kontakt", slug="kontakt")
    perms = page.permissions_for_user(editor)
    assert perms.can_edit() and perms.can_publish() and perms.can_add_subpage()
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert client.get("/admin/images/").status_code == 200
    assert client.get("/admin/settings/home/portalsettings/").status_code in (200, 302)


def test_policy_owners_reach_the_admin_but_cannot_publish_ordinary_pages(client, home):
    owner = member_of("Politikejere", "politik")
    assert not home.permissions_for_user(owner).can_publish()
    client.force_login(owner)
    assert client.get("/admin/").status_code == 200


def test_an_association_representative_without_an_association_cannot_enter_the_admin(client, home):
    representative = member_of("Foreningsrepræsentanter", "forening")
    assert not home.permissions_for_user(representative).can_edit()
    client.force_login(representative)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]

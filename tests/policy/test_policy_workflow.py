"""The policy is changed in two steps: professional review by the policy owners, then Kommunikation.

A policy owner (a member of Politikejere) edits the policy in the admin and submits it. The
workflow "Politikgodkendelse" starts at "Faglig gennemgang ved Politikejere" and the other
policy owners are told by email; when one of them approves, it moves on to "Godkendelse ved
Kommunikation" and Kommunikation is told; when Kommunikation approves, the change is
published. A rejection at either step sends the author an email with the reviewer's comment,
and nothing is published. Everything goes through the admin's own HTTP endpoints and the
production mail queue, as in tests/directory/test_moderation.py.
"""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory
from directory.models import ContactMessage
from policy.factories import FocusAreaPageFactory, PolicyPageFactory, initiative
from policy.models import FocusAreaPage, PolicyPage, PolicyVersion
from tests.helpers import expected_subject, live, logged_in, member_of, task_state_of, workflow_action
from tests.mail import deliver_queued_mail, messages_to, new_mail

# These stories follow each email through the production queue.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

WORKFLOW = "Politikgodkendelse"
REVIEW_TASK = "Faglig gennemgang ved Politikejere"
COMMUNICATIONS_TASK = "Godkendelse ved Kommunikation"
OLD_VISION = "Alle kan være en del af et fællesskab."
NEW_VISION = "Alle kan være en del af et fællesskab, også dem, der aldrig har prøvet før."
FIRST_ADOPTION = datetime.date(2025, 6, 19)
NEW_ADOPTION = datetime.date(2026, 2, 26)
REVIEW_COMMENT = "Skriv hellere 'borgere' end 'dem' i visionen, så er den klar."
COMMUNICATIONS_COMMENT = "Visionen skal være kortere end to linjer på forsiden. Prøv igen."


def member(group_name, username, first_name):
    return member_of(group_name, username, first_name=first_name, last_name="Testesen")


@pytest.fixture
def author(db):
    """The policy owner who writes the change."""
    return member("Politikejere", "politikejer-anna", "Anna")


@pytest.fixture
def reviewer(db):
    """Another policy owner, who does the professional review."""
    return member("Politikejere", "politikejer-bo", "Bo")


@pytest.fixture
def communications(db):
    return member("Kommunikation", "kommunikation-karin", "Karin")


@pytest.fixture
def policy(home, author, reviewer, communications):
    """The adopted policy, published once (so its first version is kept), made after the groups' members."""
    policy = PolicyPageFactory(
        parent=home, title="Frivilligpolitik", slug="frivilligpolitik", vision=f"<p>{OLD_VISION}</p>"
    )
    policy.save_revision().publish()
    mail.outbox.clear()
    deliver_queued_mail()
    mail.outbox.clear()
    return PolicyPage.objects.get(pk=policy.pk)


@pytest.fixture
def focus_area(policy):
    area = FocusAreaPageFactory(
        parent=policy,
        title="Flere unge frivillige",
        slug="unge",
        intro="<p>Unge vil gerne, når de bliver spurgt.</p>",
        initiatives=[initiative("Frivilligjob i skolen", status="planned")],
    )
    area.save_revision().publish()
    return FocusAreaPage.objects.get(pk=area.pk)


def policy_form(page, **changes):
    """The policy page's edit form as the admin shows it, with these fields changed."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "status": page.status,
        "adopted_by": page.adopted_by,
        "adopted_on": page.adopted_on.isoformat() if page.adopted_on else "",
        "next_evaluation_on": page.next_evaluation_on.isoformat() if page.next_evaluation_on else "",
        "revises": "",
        "replaced_by": "",
        "vision": rich_text(page.vision),
        "principles": streamfield([]),
        "definitions": streamfield([]),
        "cooperation_rules": rich_text(page.cooperation_rules or "<p></p>"),
        "follow_up": streamfield([]),
        "related_policies": streamfield([]),
        "documents": streamfield([]),
        "contact": streamfield([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def focus_area_form(page, **changes):
    fields = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(page.intro),
        "goals": streamfield([]),
        "initiatives": streamfield([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def submit(client, page, form):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {**form, "action-submit": "Submit"})


def recipients(outbox):
    return {address for message in outbox for address in message.to}


SUBMITTED = 'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"'
APPROVED = 'The page "%(title)s" has been approved in "%(workflow)s".'
REJECTED = 'The page "%(title)s" has been rejected during "%(workflow)s".'


def test_new_policies_and_their_focus_areas_go_through_the_policy_workflow(policy, focus_area):
    assert policy.get_workflow().name == WORKFLOW
    assert focus_area.get_workflow().name == WORKFLOW
    assert [task.name for task in policy.get_workflow().tasks] == [REVIEW_TASK, COMMUNICATIONS_TASK]


def test_a_change_is_reviewed_by_a_policy_owner_then_approved_and_published_by_kommunikation(
    policy, author, reviewer, communications
):
    assert PolicyVersion.objects.filter(policy=policy).count() == 1
    author_client = logged_in(author)
    response = submit(
        author_client,
        policy,
        policy_form(policy, vision=rich_text(f"<p>{NEW_VISION}</p>"), adopted_on=NEW_ADOPTION.isoformat()),
    )
    assert response.status_code == 302, response.content.decode()[:3000]

    # Step 1: professional review by the policy owners. Nothing is public yet.
    workflow_state = Page.objects.get(pk=policy.pk).current_workflow_state
    assert workflow_state.workflow.name == WORKFLOW
    assert workflow_state.requested_by == author
    assert task_state_of(policy).task.name == REVIEW_TASK
    assert OLD_VISION in live(policy).vision
    assert live(policy).adopted_on == FIRST_ADOPTION

    outbox = new_mail()
    (notice,) = messages_to(reviewer, outbox)
    assert notice.subject == expected_subject(SUBMITTED, title=policy.title, task=REVIEW_TASK).strip()
    assert f"{settings.BASE_URL}/admin/pages/{policy.pk}/edit/" in notice.body
    assert recipients(outbox) == {reviewer.email}, "not Kommunikation yet, and not the author"

    # The reviewer approves: on to Kommunikation, who are told.
    response = workflow_action(logged_in(reviewer), policy, "approve", comment="Fagligt i orden.")
    assert response.status_code == 302
    assert task_state_of(policy).task.name == COMMUNICATIONS_TASK
    assert OLD_VISION in live(policy).vision
    outbox = new_mail()
    (notice,) = messages_to(communications, outbox)
    assert notice.subject == expected_subject(SUBMITTED, title=policy.title, task=COMMUNICATIONS_TASK).strip()
    assert recipients(outbox) == {communications.email}

    # Kommunikation approves: the change is published, and kept as a new version (adopted on a new date).
    response = workflow_action(logged_in(communications), policy, "approve")
    assert response.status_code == 302
    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_APPROVED
    published = live(policy)
    assert NEW_VISION in published.vision
    assert NEW_VISION in Client().get(published.url).content.decode()
    assert published.adopted_on == NEW_ADOPTION
    assert not published.has_unpublished_changes
    versions = PolicyVersion.objects.filter(policy=policy).order_by("number")
    assert [(version.number, version.adopted_on) for version in versions] == [(1, FIRST_ADOPTION), (2, NEW_ADOPTION)]

    outbox = new_mail()
    (outcome,) = messages_to(author, outbox)
    assert outcome.subject == expected_subject(APPROVED, title=policy.title, workflow=WORKFLOW)


def test_approving_a_correction_on_the_same_adoption_date_keeps_the_versions(policy, author, reviewer, communications):
    submit(logged_in(author), policy, policy_form(policy, vision=rich_text(f"<p>{NEW_VISION}</p>")))
    workflow_action(logged_in(reviewer), policy, "approve")
    workflow_action(logged_in(communications), policy, "approve")
    assert NEW_VISION in live(policy).vision
    assert PolicyVersion.objects.filter(policy=policy).count() == 1


@pytest.mark.parametrize("step", ["review", "communications"])
def test_a_rejection_at_either_step_returns_the_change_to_the_author_with_the_comment(
    policy, author, reviewer, communications, step
):
    author_client = logged_in(author)
    submit(author_client, policy, policy_form(policy, vision=rich_text(f"<p>{NEW_VISION}</p>")))
    if step == "review":
        rejecter, comment, task = reviewer, REVIEW_COMMENT, REVIEW_TASK
    else:
        workflow_action(logged_in(reviewer), policy, "approve")
        rejecter, comment, task = communications, COMMUNICATIONS_COMMENT, COMMUNICATIONS_TASK
    new_mail()

    response = workflow_action(logged_in(rejecter), policy, "reject", comment=comment)
    assert response.status_code == 302

    workflow_state = Page.objects.get(pk=policy.pk).current_workflow_state
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert OLD_VISION in live(policy).vision
    assert NEW_VISION not in live(policy).vision

    outbox = new_mail()
    (outcome,) = messages_to(author, outbox)
    assert outcome.subject == expected_subject(REJECTED, title=policy.title, workflow=WORKFLOW)
    assert comment in outcome.body
    assert f"{settings.BASE_URL}/admin/pages/{policy.pk}/edit/" in outcome.body
    assert recipients(outbox) == {author.email}

    # The author reworks the text and sends it back to the step that asked for the changes
    # (Wagtail resumes the workflow there), whose group is told again.
    reworked = NEW_VISION.replace("dem", "borgere")
    response = submit(author_client, policy, policy_form(policy, vision=rich_text(f"<p>{reworked}</p>")))
    assert response.status_code == 302
    assert task_state_of(policy).task.name == task
    assert reworked in task_state_of(policy).revision.as_object().vision
    assert recipients(new_mail()) == {rejecter.email}
    assert OLD_VISION in live(policy).vision


def test_policy_owners_cannot_publish_directly(policy, author, communications):
    author_client = logged_in(author)
    assert not policy.permissions_for_user(author).can_publish()
    edit_url = reverse("wagtailadmin_pages:edit", args=[policy.pk])
    assert 'name="action-publish"' not in author_client.get(edit_url).content.decode()
    assert 'name="action-publish"' in logged_in(communications).get(edit_url).content.decode()

    response = author_client.post(
        edit_url, {**policy_form(policy, vision=rich_text(f"<p>{NEW_VISION}</p>")), "action-publish": "1"}
    )
    assert response.status_code == 302
    # Saved as a draft at most: the public policy is unchanged, and no workflow was started.
    assert OLD_VISION in live(policy).vision
    assert NEW_VISION not in live(policy).vision
    assert live(policy).has_unpublished_changes
    assert Page.objects.get(pk=policy.pk).current_workflow_state is None


def test_a_focus_area_goes_through_the_same_two_steps(policy, focus_area, author, reviewer, communications):
    new_intro = "<p>Unge vil gerne, når de bliver spurgt, og når det passer med skolen.</p>"
    response = submit(logged_in(author), focus_area, focus_area_form(focus_area, intro=rich_text(new_intro)))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert task_state_of(focus_area).task.name == REVIEW_TASK
    assert recipients(new_mail()) == {reviewer.email}

    workflow_action(logged_in(reviewer), focus_area, "approve")
    assert task_state_of(focus_area).task.name == COMMUNICATIONS_TASK
    assert recipients(new_mail()) == {communications.email}
    assert "når det passer med skolen" not in live(focus_area).intro

    workflow_action(logged_in(communications), focus_area, "approve")
    assert "når det passer med skolen" in live(focus_area).intro
    assert (
        TaskState.objects.filter(workflow_state__object_id=str(focus_area.pk), status=TaskState.STATUS_APPROVED).count()
        == 2
    )


def test_communications_cannot_skip_the_professional_review(policy, author, communications):
    """While the policy owners review, Kommunikation has no approve action on that step."""
    submit(logged_in(author), policy, policy_form(policy, vision=rich_text(f"<p>{NEW_VISION}</p>")))
    response = workflow_action(logged_in(communications), policy, "approve")
    assert response.status_code == 302
    assert task_state_of(policy).task.name == REVIEW_TASK
    assert task_state_of(policy).status == TaskState.STATUS_IN_PROGRESS
    assert OLD_VISION in live(policy).vision


# What a policy owner may do in the admin --------------------------------------------------------------------------


def test_policy_owners_edit_the_policy_and_its_focus_areas_and_nothing_else(home, policy, focus_area, author):
    association = AssociationPageFactory(parent=DirectoryIndexPageFactory(parent=home), title="Fjordlund Roklub")
    client = logged_in(author)
    for page in (policy, focus_area):
        assert page.permissions_for_user(author).can_edit()
        assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    assert policy.permissions_for_user(author).can_add_subpage()

    for page in (home, association):
        assert not page.permissions_for_user(author).can_edit()
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"title": "Overtaget", "action-publish": "1"}
        )
        assert response.status_code in (302, 403)
        assert Page.objects.get(pk=page.pk).title != "Overtaget"


def test_policy_owners_do_not_see_the_associations_contact_messages(home, author):
    association = AssociationPageFactory(parent=DirectoryIndexPageFactory(parent=home), title="Fjordlund Roklub")
    ContactMessage.objects.create(
        association=association, name="Borger Bent", email="bent@example.dk", message="Må jeg prøve at ro?"
    )
    client = logged_in(author)
    assert not author.has_perm("directory.view_contactmessage")
    response = client.get("/admin/snippets/directory/contactmessage/", follow=True)
    assert "Borger Bent" not in response.content.decode()
    assert response.redirect_chain or response.status_code == 403
    assert "/admin/snippets/directory/contactmessage/" not in client.get(reverse("wagtailadmin_home")).content.decode()

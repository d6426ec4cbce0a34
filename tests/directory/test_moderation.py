"""An association's representative changes its page; Kommunikation approves or asks for changes.

Everything happens through the Wagtail admin's own HTTP endpoints, as the people would do it:
the representative submits the edit form, the moderator gets an email (through the mail queue)
with a link to what changed, approves or requests changes with a comment, and the
representative hears the outcome by email. Until a change is approved the public page keeps
showing the last approved version.
"""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from mailer.models import Message
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, representative_of
from tests.helpers import PASSWORD, expected_subject, live, logged_in, member_of, task_state_of, workflow_action
from tests.mail import messages_to, new_mail

# These stories follow each email through the production queue.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

OLD_SUMMARY = "Vi ror på fjorden hver lørdag formiddag."
NEW_SUMMARY = "Vi ror på fjorden hver lørdag formiddag og tirsdag aften."
REVIEW_COMMENT = "Skriv gerne, hvornår tirsdagsholdet starter, så tager vi den igen."
COMPARE_LINK = re.compile(re.escape(settings.BASE_URL) + r"(/admin/pages/\d+/revisions/compare/live\.\.\.\d+/)")


@pytest.fixture
def association(home):
    directory = DirectoryIndexPageFactory(parent=home)
    return AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="fjordlund-roklub",
        summary=OLD_SUMMARY,
        description=[("paragraph", "<p>Roklubben har både inriggere og kajakker.</p>")],
    )


@pytest.fixture
def representative(association):
    """The association's chair, given access the way staff do it in the admin."""
    return representative_of(association, "formand@fjordlund-roklub.dk", PASSWORD, first_name="Mette")


@pytest.fixture
def moderator(db):
    """A member of Kommunikation, the group every approval request goes to."""
    return member_of("Kommunikation", "kommunikation", email="kommunikation@fjordlund.dk", first_name="Karin")


def public_text(page):
    """What a citizen sees at the association's address."""
    response = Client().get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def edit_form(page, **changes):
    """The association page's edit form, filled in as it is now, with these fields changed."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "description": streamfield([(block.block_type, rich_text(block.value.source)) for block in page.description]),
        "street": page.street,
        "postcode": page.postcode,
        "city": page.city,
        "activities": inline_formset([]),
        "social_links": inline_formset([]),
        "contacts": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def submit_for_moderation(client, page, **changes):
    return client.post(f"/admin/pages/{page.pk}/edit/", {**edit_form(page, **changes), "action-submit": "Submit"})


def compared_version(response, side):
    """One side of Wagtail's comparison view: the old text (with what was deleted) or the new one."""
    dropped, kept = ("addition", "deletion") if side == "old" else ("deletion", "addition")
    html = response.content.decode()
    html = re.sub(rf'<span class="{dropped}">.*?</span>', "", html, flags=re.S)
    return re.sub(rf'<span class="{kept}">(.*?)</span>', r"\1", html, flags=re.S)


def workflow_name(page):
    return Page.objects.get(pk=page.pk).get_workflow().name


def test_representative_submits_moderator_approves_and_the_change_goes_live(association, representative, moderator):
    representative_client = logged_in(representative)
    response = submit_for_moderation(representative_client, association, summary=NEW_SUMMARY)
    assert response.status_code == 302, response.content.decode()[:2000]

    # Waiting for approval: saved as a revision in the workflow, the public page is unchanged.
    workflow_state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(association.pk))
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.requested_by == representative
    assert live(association).summary == OLD_SUMMARY
    assert live(association).has_unpublished_changes
    assert OLD_SUMMARY in public_text(association)
    assert NEW_SUMMARY not in public_text(association)

    # The moderator is told, through the queue, what to review and where to see what changed.
    outbox = new_mail()
    (notice,) = messages_to(moderator, outbox)
    assert (
        notice.subject
        == expected_subject(
            'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"',
            title=association.title,
            task="Godkendelse ved Kommunikation",
        ).strip()
    )
    assert association.title in notice.body
    assert f"{settings.BASE_URL}/admin/pages/{association.pk}/edit/" in notice.body
    compare_path = COMPARE_LINK.search(notice.body).group(1)
    assert not messages_to(representative, outbox), "the representative hears nothing until there is an outcome"

    # The link shows the published text next to the new one.
    moderator_client = logged_in(moderator)
    comparison = moderator_client.get(compare_path)
    assert comparison.status_code == 200
    assert OLD_SUMMARY in compared_version(comparison, "old")
    assert NEW_SUMMARY in compared_version(comparison, "new")

    response = workflow_action(moderator_client, association, "approve", comment="Fint, tak!")
    assert response.status_code == 302

    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_APPROVED
    assert live(association).summary == NEW_SUMMARY
    assert not live(association).has_unpublished_changes
    assert NEW_SUMMARY in public_text(association)

    outbox = new_mail()
    (outcome,) = messages_to(representative, outbox)
    assert outcome.subject == expected_subject(
        'The page "%(title)s" has been approved in "%(workflow)s".',
        title=association.title,
        workflow=workflow_name(association),
    )
    assert association.title in outcome.body
    assert association.url in outcome.body
    assert not messages_to(moderator, outbox), "approving sends the moderator nothing more"


def test_moderator_requests_changes_with_a_comment_and_the_representative_resubmits(
    association, representative, moderator
):
    representative_client = logged_in(representative)
    submit_for_moderation(representative_client, association, summary=NEW_SUMMARY)
    moderator_client = logged_in(moderator)

    response = workflow_action(moderator_client, association, "reject", comment=REVIEW_COMMENT)
    assert response.status_code == 302

    workflow_state = Page.objects.get(pk=association.pk).current_workflow_state
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert live(association).summary == OLD_SUMMARY
    assert OLD_SUMMARY in public_text(association)
    assert NEW_SUMMARY not in public_text(association)

    outbox = new_mail()
    (outcome,) = messages_to(representative, outbox)
    assert outcome.subject == expected_subject(
        'The page "%(title)s" has been rejected during "%(workflow)s".',
        title=association.title,
        workflow=workflow_name(association),
    )
    assert REVIEW_COMMENT in outcome.body
    assert f"{settings.BASE_URL}/admin/pages/{association.pk}/edit/" in outcome.body

    # The representative can open the page again, change it and send it back to the same workflow.
    assert representative_client.get(f"/admin/pages/{association.pk}/edit/").status_code == 200
    resubmitted = NEW_SUMMARY + " Tirsdagsholdet starter 1. april."
    response = submit_for_moderation(representative_client, association, summary=resubmitted)
    assert response.status_code == 302
    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert task_state_of(association).revision.as_object().summary == resubmitted
    assert live(association).summary == OLD_SUMMARY

    (second_notice,) = messages_to(moderator, new_mail())
    compare_path = COMPARE_LINK.search(second_notice.body).group(1)
    comparison = moderator_client.get(compare_path)
    assert OLD_SUMMARY in compared_version(comparison, "old")
    assert resubmitted in compared_version(comparison, "new")

    workflow_action(moderator_client, association, "approve")
    assert live(association).summary == resubmitted
    assert resubmitted in public_text(association)


def test_moderator_can_approve_from_the_edit_view(association, representative, moderator):
    submit_for_moderation(logged_in(representative), association, summary=NEW_SUMMARY)
    task_state = task_state_of(association)

    response = logged_in(moderator).post(
        f"/admin/pages/{association.pk}/edit/",
        {
            **edit_form(association, summary=NEW_SUMMARY),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
        },
    )
    assert response.status_code == 302
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert live(association).summary == NEW_SUMMARY
    assert NEW_SUMMARY in public_text(association)


def test_approve_and_publish_sent_twice_publishes_once_and_the_second_is_no_error(
    association, representative, moderator
):
    # Clicking "Godkend og Publicér" once sent two POSTs: the second found the workflow finished and
    # failed with AttributeError 'NoneType' object has no attribute 'on_action' (a 500), or, arriving
    # a moment later, was saved as a new draft ("stray draft") of a page that had just been published.
    submit_for_moderation(logged_in(representative), association, summary=NEW_SUMMARY)
    task_state = task_state_of(association)
    client = logged_in(moderator)
    approval = {
        **edit_form(association, summary=NEW_SUMMARY),
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }
    first = client.post(f"/admin/pages/{association.pk}/edit/", approval)
    assert first.status_code == 302
    published = live(association)
    revisions = published.revisions.count()

    second = client.post(f"/admin/pages/{association.pk}/edit/", approval)
    assert second.status_code == 302
    assert second["Location"] == f"/admin/pages/{association.pk}/edit/"
    shown = [str(message) for message in second.wsgi_request._messages]
    assert any("allerede" in message for message in shown), shown

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    page = live(association)
    assert page.summary == NEW_SUMMARY and not page.has_unpublished_changes
    assert page.revisions.count() == revisions  # no stray draft
    assert page.live_revision_id == published.live_revision_id
    assert page.current_workflow_state is None  # no new moderation started either


def test_a_representative_cannot_approve_their_own_submission(association, representative, moderator):
    representative_client = logged_in(representative)
    submit_for_moderation(representative_client, association, summary=NEW_SUMMARY)
    approve_button = 'data-workflow-action-name="approve"'

    # No approve button for the representative; the moderator has one.
    assert approve_button not in representative_client.get(f"/admin/pages/{association.pk}/edit/").content.decode()
    assert approve_button in logged_in(moderator).get(f"/admin/pages/{association.pk}/edit/").content.decode()

    # Calling the approve action directly is refused...
    response = workflow_action(representative_client, association, "approve")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    # ...and so are approving or publishing through the edit form: the page is locked while in review.
    for action in ({"action-workflow-action": "true", "workflow-action-name": "approve"}, {"action-publish": "1"}):
        response = representative_client.post(
            f"/admin/pages/{association.pk}/edit/", {**edit_form(association, summary=NEW_SUMMARY), **action}
        )
        assert response.status_code == 200
    assert Page.objects.get(pk=association.pk).specific.get_lock().for_user(representative)

    assert task_state_of(association).status == TaskState.STATUS_IN_PROGRESS
    assert not association.permissions_for_user(representative).can_publish()
    assert live(association).summary == OLD_SUMMARY
    assert OLD_SUMMARY in public_text(association)
    assert NEW_SUMMARY not in public_text(association)


def test_communications_staff_publish_directly(association, moderator):
    response = logged_in(moderator).post(
        f"/admin/pages/{association.pk}/edit/", {**edit_form(association, summary=NEW_SUMMARY), "action-publish": "1"}
    )
    assert response.status_code == 302

    assert live(association).summary == NEW_SUMMARY
    assert NEW_SUMMARY in public_text(association)
    assert not WorkflowState.objects.filter(object_id=str(association.pk)).exists()
    assert new_mail() == []


def test_moderation_emails_are_on_for_new_users(representative, moderator):
    for user in (representative, moderator):
        profile = UserProfile.get_for_user(user)
        assert profile.submitted_notifications
        assert profile.approved_notifications
        assert profile.rejected_notifications


def test_moderation_mail_is_queued_not_sent_while_the_request_is_handled(association, representative, moderator):
    submit_for_moderation(logged_in(representative), association, summary=NEW_SUMMARY)
    assert mail.outbox == []
    queued = [message for message in Message.objects.all() if moderator.email in message.to_addresses]
    assert len(queued) == 1

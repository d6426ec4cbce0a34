"""core.admin.AllowedActionsPermissionPolicy: records citizens sent are handled, never written, in the admin."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.permissions import policy_registry

from core.admin import AllowedActionsPermissionPolicy
from directory.models import ContactMessage
from policy.models import ConsultationResponse

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("chef", "chef@testrup.dk", "pw")


@pytest.fixture
def reader(django_user_model):
    """Someone with every model permission on contact messages, through a group."""
    user = django_user_model.objects.create_user("laeser", "laeser@testrup.dk", "pw")
    group = Group.objects.create(name="Læsere")
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="directory", codename__endswith="_contactmessage")
    )
    user.groups.add(group)
    return user


def test_only_the_given_actions_are_allowed_even_to_a_superuser(superuser):
    policy = AllowedActionsPermissionPolicy(ContactMessage, {"view", "delete"})
    assert policy.user_has_permission(superuser, "view")
    assert policy.user_has_permission(superuser, "delete")
    assert not policy.user_has_permission(superuser, "add")
    assert not policy.user_has_permission(superuser, "change")
    assert policy.user_has_any_permission(superuser, ["add", "view"])
    assert not policy.user_has_any_permission(superuser, ["add", "change"])


def test_the_model_permissions_still_decide_within_the_allowed_actions(reader, django_user_model):
    policy = AllowedActionsPermissionPolicy(ContactMessage, {"view", "delete"})
    nobody = django_user_model.objects.create_user("ingen", "ingen@testrup.dk", "pw")
    assert policy.user_has_permission(reader, "delete")
    assert not policy.user_has_permission(reader, "change")  # the group has it; the policy does not allow it
    assert not policy.user_has_permission(nobody, "view")


def test_users_with_a_permission_count_only_the_allowed_actions(superuser, reader):
    policy = AllowedActionsPermissionPolicy(ContactMessage, {"view", "delete"})
    assert set(policy.users_with_any_permission(["view"])) == {superuser, reader}
    assert set(policy.users_with_any_permission(["add", "change"])) == set()
    assert set(policy.users_with_permission("delete")) == {superuser, reader}


def allowed(policy, user):
    return {action for action in ("add", "change", "delete", "view") if policy.user_has_permission(user, action)}


def test_contact_messages_are_read_and_deleted_and_responses_moderated(superuser):
    messages = policy_registry.get_by_type(ContactMessage)
    responses = policy_registry.get_by_type(ConsultationResponse)
    assert isinstance(messages, AllowedActionsPermissionPolicy)
    assert isinstance(responses, AllowedActionsPermissionPolicy)
    assert allowed(messages, superuser) == {"view", "delete"}
    assert allowed(responses, superuser) == {"view", "change"}

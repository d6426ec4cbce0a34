"""Giving an association's representatives access to its own pages and media, in one action.

Staff call ``grant_association_access`` (from the admin view or the demo). It makes
sure the association has

- a group of its own with add and change rights on the association's page subtree
  (never publish: every change goes through moderation; never delete the
  association page: representatives do not own it),
- a Wagtail collection for its images and documents that only that group (and
  staff) can use,

and adds each representative to that group and to "Foreningsrepræsentanter",
inviting new people by email with a link to set their password.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

REPRESENTATIVES_GROUP = "Foreningsrepræsentanter"
PAGE_PERMISSIONS = ["add_page", "change_page"]
MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "delete_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "delete_document", "choose_document"],
}


@dataclass
class AccessResult:
    group: Group
    collection: Collection
    invited: list = field(default_factory=list)  # new users who got an invitation
    added: list = field(default_factory=list)  # existing users added to the group


def association_group_name(association):
    return f"Forening: {association.title} ({association.pk})"


def association_group(association):
    """The association's own group, if access has been given."""
    return Group.objects.filter(page_permissions__page=association).distinct().first()


def association_collection(association):
    group = association_group(association)
    if group is None:
        return None
    permission = GroupCollectionPermission.objects.filter(group=group).select_related("collection").first()
    return permission.collection if permission else None


@transaction.atomic
def grant_association_access(association, emails=(), invited_by=None, request=None, send_invitations=True):
    """Set up the association's group and collection and add (or invite) its representatives."""
    group = association_group(association)
    if group is None:
        group = Group.objects.create(name=association_group_name(association)[:150])
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=association,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )

    collection = association_collection(association)
    if collection is None:
        root = Collection.get_first_root_node()
        collection = root.add_child(instance=Collection(name=association.title[:255]))
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
            )

    result = AccessResult(group=group, collection=collection)
    representatives = Group.objects.get(name=REPRESENTATIVES_GROUP)
    User = get_user_model()
    for email in emails:
        email = email.strip().lower()
        if not email:
            continue
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            user = User.objects.create_user(username=email[:150], email=email)
            user.set_unusable_password()
            user.save(update_fields=["password"])
            result.invited.append(user)
        else:
            result.added.append(user)
        user.groups.add(group, representatives)

    if send_invitations:
        for user in result.invited:
            send_invitation(user, association, invited_by=invited_by)
    return result


def password_setup_url(user):
    """A one-time link where an invited representative chooses a password."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("wagtailadmin_password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    return settings.BASE_URL + path


def send_invitation(user, association, invited_by=None):
    context = {
        "user": user,
        "association": association,
        "invited_by": invited_by,
        "setup_url": password_setup_url(user),
        "admin_url": settings.BASE_URL + reverse("wagtailadmin_home"),
        "portal_name": getattr(settings, "WAGTAIL_SITE_NAME", "Frivilligportal"),
    }
    subject = _("You can now edit %(association)s on %(portal)s") % {
        "association": association.title,
        "portal": context["portal_name"],
    }
    body = render_to_string("directory/email/invitation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])

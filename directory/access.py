"""Giving an association's representatives access to its own pages and media, in one action.

Staff call ``grant_association_access`` (from the admin view or the demo). It makes
sure the association has

- a group of its own with add and change rights on the association's page subtree
  (never publish: every change goes through moderation; never delete the
  association page: representatives do not own it),
- a Wagtail collection for its images and documents that only that group (and
  staff) can use, and whose documents only they can open (a view restriction: the
  documents are working files until staff move one to a public collection),

and adds each representative to that group and to "Foreningsrepræsentanter",
inviting new people by email with a link to set their password.

``representative_scope`` tells the directory's corner which users are representatives
and nothing more; ``confine_representatives`` declares them a confined role to core
(core/confinement.py), which narrows the admin to their own associations.

``association_collections`` tells the content API (content_api/private_collections.py) which
collections are the associations' own working space, so that it lists nothing from them.
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
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission, GroupPagePermission, Page

from core.confinement import Confinement, pages_within  # noqa: F401  pages_within: used by the corners

from .models import AssociationPage

REPRESENTATIVES_GROUP = "Foreningsrepræsentanter"
ASSOCIATION_GROUP_PREFIX = "Forening: "
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
    already: list = field(default_factory=list)  # users who had access before


def association_group_name(association):
    """The group's name; a long title is cut so that the page id at the end is never lost."""
    suffix = f" ({association.pk})"
    title = association.title[: 150 - len(ASSOCIATION_GROUP_PREFIX) - len(suffix)]
    return f"{ASSOCIATION_GROUP_PREFIX}{title}{suffix}"


def association_group(association):
    """The association's own group, if access has been given.

    A group counts only if its page rights are on this association alone, so a staff
    group that happens to have rights on the page is never mistaken for it.
    """
    candidates = Group.objects.filter(page_permissions__page=association).distinct().order_by("pk")
    for group in candidates:
        if not GroupPagePermission.objects.filter(group=group).exclude(page=association).exists():
            return group
    return None


def association_collection(association):
    group = association_group(association)
    if group is None:
        return None
    permission = GroupCollectionPermission.objects.filter(group=group).select_related("collection").first()
    return permission.collection if permission else None


@hooks.register("content_api_private_collections")
def association_collections():
    """Every association's own collection: its images and documents are its representatives' working files."""
    return Collection.objects.filter(group_permissions__group__name__startswith=ASSOCIATION_GROUP_PREFIX)


def association_representatives(association):
    """Everyone who can edit the association through its group, in a stable order."""
    group = association_group(association)
    if group is None:
        return get_user_model().objects.none()
    return group.user_set.order_by("email", "username")


def _find_user(email):
    User = get_user_model()
    return (
        User.objects.filter(email__iexact=email).order_by("pk").first()
        or User.objects.filter(username__iexact=email).order_by("pk").first()
    )


@transaction.atomic
def grant_association_access(association, emails=(), invited_by=None, request=None, send_invitations=True):
    """Set up the association's group and collection and add (or invite) its representatives."""
    group = association_group(association)
    if group is None:
        group, _created = Group.objects.get_or_create(name=association_group_name(association))
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

    keep_documents_private(collection, group)

    result = AccessResult(group=group, collection=collection)
    representatives = Group.objects.get(name=REPRESENTATIVES_GROUP)
    User = get_user_model()
    seen = set()
    for email in emails:
        email = email.strip().lower()
        if not email or email in seen:
            continue
        seen.add(email)
        user = _find_user(email)
        if user is None:
            user = User.objects.create_user(username=email[:150], email=email)
            user.set_unusable_password()
            user.save(update_fields=["password"])
            result.invited.append(user)
        elif user.groups.filter(pk=group.pk).exists():
            result.already.append(user)
        else:
            result.added.append(user)
        user.groups.add(group, representatives)

    if send_invitations:
        for user in result.invited:
            send_invitation(user, association, invited_by=invited_by)
    return result


def keep_documents_private(collection, group):
    """Only the association's group and the staff who manage all media may open its collection's documents.

    Without this, /documents/12/vedtaegter-udkast.pdf of a representative's working file opens for
    anyone who has the address, before anything is moderated. Staff are the groups with rights on
    the root collection (e.g. Kommunikation); superusers pass any restriction. Documents are always
    served through Wagtail's view (WAGTAILDOCS_SERVE_METHOD), which checks this restriction.
    Pictures have no such check in Wagtail: see the README's "Uploads" on what that leaves."""
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    root = Collection.get_first_root_node()
    staff = Group.objects.filter(collection_permissions__collection=root).distinct()
    restriction.groups.add(group, *staff)


@transaction.atomic
def revoke_association_access(association, user):
    """Take a person out of the association's group; they stay a representative only if another association has them.

    Returns whether the person had access.
    """
    group = association_group(association)
    if group is None or not user.groups.filter(pk=group.pk).exists():
        return False
    user.groups.remove(group)
    association_pages = Page.objects.type(AssociationPage)
    association_groups = GroupPagePermission.objects.filter(page__in=association_pages).values_list("group", flat=True)
    if not user.groups.filter(pk__in=association_groups).exists():
        user.groups.remove(*Group.objects.filter(name=REPRESENTATIVES_GROUP))
    return True


def represented_associations(user):
    """The association pages the user represents through their groups, or None when they represent none.

    A member of "Foreningsrepræsentanter" without an association yet gets an empty list."""
    page_ids = GroupPagePermission.objects.filter(group__user=user).values_list("page_id", flat=True)
    associations = list(AssociationPage.objects.filter(pk__in=page_ids).order_by("path"))
    if associations or user.groups.filter(name=REPRESENTATIVES_GROUP).exists():
        return associations
    return None


@hooks.register("register_admin_confinement")
def confine_representatives(user):
    """Representatives work in their own associations' subtrees only (core/confinement.py narrows the admin)."""
    associations = represented_associations(user)
    return None if associations is None else Confinement(pages=associations)


def representative_scope(user):
    """The association pages a representative is confined to in the admin, or None when not confined.

    Superusers, staff and anyone with page rights outside associations are not
    confined. A representative is anyone whose page rights are all on association
    pages, or who is in the representatives group with no rights beyond that; the
    result may then be empty. Cached on the user object for the request.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active or user.is_superuser:
        return None
    if hasattr(user, "_directory_representative_scope"):
        return user._directory_representative_scope
    page_ids = set(GroupPagePermission.objects.filter(group__user=user).values_list("page_id", flat=True))
    associations = represented_associations(user)
    scope = None if associations is None or page_ids - {page.pk for page in associations} else associations
    user._directory_representative_scope = scope
    return scope


def password_setup_url(user):
    """A one-time link where an invited representative chooses a password."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("wagtailadmin_password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    return settings.BASE_URL + path


def send_invitation(user, association, invited_by=None):
    """Queue the invitation in the portal's own language: the new user has chosen none yet."""
    with translation.override(settings.LANGUAGE_CODE):
        _send_invitation(user, association, invited_by)


def _send_invitation(user, association, invited_by):
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
    subject = " ".join(subject.split())  # a title with a line break must not break the header
    body = render_to_string("directory/email/invitation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])

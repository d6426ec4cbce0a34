"""Staff's decisions on an application: approve (the association's page as a draft, and access) or reject.

Approving makes the association page under the default site's directory, as a draft that is
not live, from what the association wrote: title, summary, categories, target groups, town,
website and CVR. Its contact form is on, with one contact "Kontakt" at the applicant's
address, so citizens' messages reach them without a private address being published. The
page gets its first revision, and then the directory's own "give access" action
(directory.access.grant_association_access) makes the association's group and collection and
invites the applicant by email as its representative.

Each decision locks the application's row first, so two staff members clicking at once cannot
make two pages: the second finds it decided and gets ``AlreadyDecided``.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.log_actions import log
from wagtail.models import Site

from directory.access import AccessResult, grant_association_access
from directory.models import AssociationContact, AssociationPage, DirectoryIndexPage

from .emails import application_site, send_approval, send_rejection
from .models import AssociationApplication


class AlreadyDecided(Exception):
    """The application was approved or rejected before (perhaps a moment ago, by someone else)."""


class NoDirectory(Exception):
    """The default site has no association directory to put the page under."""


@dataclass
class Approval:
    application: AssociationApplication
    association: AssociationPage
    access: AccessResult


def directory_page(site=None):
    """The association directory of the site (the request's, found by the caller; else the default site), or None."""
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    return DirectoryIndexPage.objects.descendant_of(site.root_page, inclusive=True).order_by("path").first()


def association_slug(name, directory):
    """An address for the page under the directory: "Fjordlund Ældreklub" → "fjordlund-aeldreklub", "-2" if taken."""
    base = slugify(name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))[:240] or "forening"
    taken = set(directory.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _locked(application):
    locked = AssociationApplication.objects.select_for_update().get(pk=application.pk)
    if locked.status != AssociationApplication.NEW:
        raise AlreadyDecided
    return locked


@transaction.atomic
def approve(application, user):
    """Make the draft page, give the applicant access, and mark the application approved."""
    application = _locked(application)
    directory = directory_page(application_site(application))
    if directory is None:
        raise NoDirectory
    with translation.override(settings.LANGUAGE_CODE):
        role = gettext("Contact")  # the page's content is in the portal's language: "Kontakt"
    association = AssociationPage(
        title=application.name,
        slug=association_slug(application.name, directory),
        summary=application.summary,
        locality=application.locality,
        website=application.website,
        cvr=application.cvr,
        contact_form_enabled=True,
        live=False,
        owner=user,
    )
    association.categories = list(application.categories.all())
    association.target_groups = list(application.target_groups.all())
    association.contacts = [AssociationContact(role=role, email=application.email)]
    directory.add_child(instance=association)
    log(instance=association, action="wagtail.create", user=user)  # in the page's history, as the admin does
    association.save_revision(user=user, log_action=True)
    access = grant_association_access(association, [application.email], invited_by=user)
    if not access.invited:
        send_approval(application)  # they already have a login, so no invitation goes out
    application.status = AssociationApplication.APPROVED
    application.decided_at = timezone.now()
    application.decided_by = user
    application.association = association
    application.save(update_fields=["status", "decided_at", "decided_by", "association"])
    return Approval(application, association, access)


@transaction.atomic
def reject(application, user, reason):
    """Mark the application rejected and email the reason to the applicant."""
    application = _locked(application)
    application.status = AssociationApplication.REJECTED
    application.rejection_reason = reason
    application.decided_at = timezone.now()
    application.decided_by = user
    application.save(update_fields=["status", "rejection_reason", "decided_at", "decided_by"])
    send_rejection(application)
    return application

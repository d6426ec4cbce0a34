"""Wagtail hooks of the applications: the admin area, how long applications are kept, and the demo."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.retention import RetentionRule

from . import demo
from .admin.viewsets import ApplicationViewSet
from .models import AssociationApplication


@hooks.register("register_admin_viewset")
def register_applications():
    return ApplicationViewSet()


def erase_contact(queryset):
    """Wipe the contact person from approved applications; what the association is, and the decision, stay."""
    return queryset.update(contact_name="", email="", phone="", contact_erased_at=timezone.now())


@hooks.register("register_retention_rules")
def application_rules():
    """What happens to an application once it has been decided.

    Rejected: deleted 30 days after the decision (RETENTION_REJECTED_APPLICATION_DAYS), time for the
    association to ask about the reason; nothing of it is used after that.

    Approved: the association's page was made from the application, so the page now holds what is public,
    and the contact person has a login of their own and is the page's "Kontakt" address. The
    application stays as the record of who approved what and when, but its contact person (name,
    email, phone) is wiped 90 days after the approval (RETENTION_APPROVED_APPLICATION_CONTACT_DAYS),
    time enough to sort out an invitation that never arrived.

    New applications are not touched: they wait for a decision (the admin's menu counts them).
    """
    return [
        RetentionRule(
            name="rejected-applications",
            description=_("Rejected association applications"),
            setting="RETENTION_REJECTED_APPLICATION_DAYS",
            default_days=30,
            expired=lambda cutoff: AssociationApplication.objects.filter(
                status=AssociationApplication.REJECTED, decided_at__lt=cutoff
            ),
        ),
        RetentionRule(
            name="approved-application-contacts",
            description=_("Contact person of approved association applications"),
            setting="RETENTION_APPROVED_APPLICATION_CONTACT_DAYS",
            default_days=90,
            expired=lambda cutoff: AssociationApplication.objects.filter(
                status=AssociationApplication.APPROVED, decided_at__lt=cutoff, contact_erased_at__isnull=True
            ),
            erase=erase_contact,
        ),
    ]


@hooks.register("portal_demo_content")
def load_applications_demo(command, home, pages, images):
    """Two applications for the admin: one waiting for a decision, one rejected with its reason."""
    demo.load(command)
    return []

"""The enquiries' hooks: the admin's "Henvendelser", the representative's corner, retention and the demo."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import ModelLogEntry

from core.retention import RetentionRule

from .admin import EnquiryViewSet
from .corner import WaitingEnquiriesPanel
from .demo import hooks as demo_hooks  # noqa: F401  The demo's enquiries, in every state.
from .models import Enquiry


@hooks.register("register_admin_viewset")
def register_enquiries():
    return EnquiryViewSet()


@hooks.register("representative_corner_panels")
def waiting_enquiries(request, associations):
    return [WaitingEnquiriesPanel(associations)]


def delete_with_history(enquiries):
    """Delete the enquiries and the admin's history of them (who changed the status, when), which names them."""
    ids = [str(pk) for pk in enquiries.values_list("pk", flat=True)]
    ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Enquiry), object_id__in=ids).delete()
    return enquiries.delete()[1].get(Enquiry._meta.label, 0)


@hooks.register("register_retention_rules")
def enquiry_rules():
    # Only enquiries someone has answered or closed: one still waiting stays, however old, until it is
    # closed (after 14 days the kommune's contact point has been told about it and can close it).
    return [
        RetentionRule(
            name="enquiries",
            description=_("Answered or closed enquiries (Jeg vil gerne hjælpe)"),
            setting="RETENTION_ENQUIRY_DAYS",
            expired=Enquiry.objects.settled_before,
            erase=delete_with_history,
        )
    ]

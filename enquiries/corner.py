"""The representative's corner ("Jeres forening"): the enquiries still waiting for the association's answer.

The corner (built by the privacy part of the portal) collects panels from the apps through the
``representative_corner_panels`` hook: ``fn(request, associations)`` returns admin components.
Ours lists each waiting enquiry (task, name, date, days waiting, a link to answer it) and how many
have offered to help with each task ("Træner for U9-drengene: 3 har meldt sig, 1 venter på svar").
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from directory.access import pages_within

from .models import Enquiry
from .summary import counts_by_page

MAX_LISTED = 20


class WaitingEnquiriesPanel(Component):
    """ "Henvendelser der venter på svar", for the given associations."""

    order = 150
    template_name = "enquiries/admin/waiting_panel.html"

    def __init__(self, associations):
        self.associations = list(associations)

    def get_context_data(self, parent_context=None):
        organisers = Page.objects.filter(pages_within(self.associations)) if self.associations else Page.objects.none()
        enquiries = Enquiry.objects.for_organisers(organisers)
        waiting = list(enquiries.waiting().order_by("created_at", "pk")[:MAX_LISTED])
        waiting_count = enquiries.waiting().count() if len(waiting) == MAX_LISTED else len(waiting)
        now = timezone.now()
        for enquiry in waiting:
            enquiry.waiting_days = enquiry.days_waiting(now)
        pages = dict(
            enquiries.exclude(page__isnull=True).filter(~Q(status=Enquiry.CLOSED)).values_list("page_id", "page_title")
        )
        counts = counts_by_page(pages)
        per_task = sorted(
            ({"title": pages[pk], "page_id": pk, **count} for pk, count in counts.items()),
            key=lambda row: (-row["new"], row["title"]),
        )
        return {
            "waiting": waiting,
            "waiting_count": waiting_count,
            "more": waiting_count - len(waiting),
            "per_task": per_task,
        }

"""The representative's corner ("Jeres forening"): the association's events, with a way to add one.

The corner collects panels through the ``representative_corner_panels`` hook (directory/admin/corner.py).
Ours lists each association's events that have not ended and its drafts: title, first date, whether
it is published, waiting or cancelled, and a link to edit it; and "Tilføj arrangement" under each
association. It reads them in one query, however many there are.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from core.confinement import pages_within

from .models import EventPage

MAX_LISTED = 30


class EventsPanel(Component):
    """ "Jeres arrangementer", for the given associations."""

    order = 120
    template_name = "events/admin/corner_panel.html"

    def __init__(self, associations):
        self.associations = list(associations)

    def get_context_data(self, parent_context=None):
        events = []
        if self.associations:
            events = list(
                EventPage.objects.filter(pages_within(self.associations))
                .filter(Q(ends_at__gte=timezone.now()) | Q(live=False) | Q(ends_at__isnull=True))
                .defer("body")
                .order_by("starts_at", "pk")[:MAX_LISTED]
            )
        for event in events:
            event.association_path = event.path[: -Page.steplen]
        return {
            "associations": [
                {"page": association, "events": [e for e in events if e.association_path == association.path]}
                for association in self.associations
            ]
        }

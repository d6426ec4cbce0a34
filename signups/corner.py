"""The representative's corner ("Jeres forening"): the association's coming events with sign-up and their seats."""

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from directory.access import pages_within

from .admin import event_models
from .models import Signup, SignupFields


def upcoming_signup_events(associations, now=None):
    """The associations' events with the sign-up form that have not started, soonest first, with their counts."""
    if not associations:
        return []
    now = now or timezone.now()
    events = []
    for model in event_models():
        events.extend(
            model.objects.filter(pages_within(associations), signup_method=SignupFields.FORM).annotate(
                confirmed_count=Count("signups", filter=Q(signups__status=Signup.CONFIRMED)),
                waiting_count=Count("signups", filter=Q(signups__status=Signup.WAITING)),
            )
        )
    upcoming = [event for event in events if (event.event_starts_at() or now) >= now]
    return sorted(upcoming, key=lambda event: (event.event_starts_at() or now, event.title))


class SignupEventsPanel(Component):
    """ "Tilmeldinger til jeres arrangementer"."""

    order = 160
    template_name = "signups/admin/corner_panel.html"

    def __init__(self, associations):
        self.associations = list(associations)

    def get_context_data(self, parent_context=None):
        return {"events": upcoming_signup_events(self.associations)}

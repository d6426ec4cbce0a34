from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events and courses: theme days, status and dialogue meetings, volunteer courses, associations' own events."""

    # The package is portal_events, not events: opensearch-py needs the PyPI package "Events", whose
    # module is a top-level `events`, and a project package of that name would hide it ("cannot import
    # name 'Events' from 'events'"). The label stays "events": "events.EventPage", the events_* tables,
    # templates/events/ and the migrations' app label keep their names.
    name = "portal_events"
    label = "events"
    verbose_name = _("Events")

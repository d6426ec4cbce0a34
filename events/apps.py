from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events and courses: theme days, status and dialogue meetings, volunteer courses, associations' own events."""

    name = "events"
    verbose_name = _("Events")

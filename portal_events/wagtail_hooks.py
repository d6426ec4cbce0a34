"""The events' Wagtail hooks: the sections on the home page and an association's page, the representative's corner."""

from wagtail import hooks

from . import sections  # noqa: F401  (registers the section hooks)
from .corner import EventsPanel
from .demo import hooks as demo_hooks  # noqa: F401  (the calendar and events of manage.py load_demo)


@hooks.register("representative_corner_panels")
def events_panel(request, associations):
    """The association's events in the representative's corner (directory/admin/corner.py)."""
    return [EventsPanel(associations)]

"""Registers the events' demo content with manage.py load_demo, after the directory's (order 0) made its pages."""

from wagtail import hooks

from .loader import load


@hooks.register("portal_demo_content", order=40)
def load_events_demo(command, home, pages, images):
    """The kommune's calendar and its events, past and upcoming, the kommune's own and the associations'."""
    load(command, home=home, pages=pages)
    return None

"""Registers the events' demo content with manage.py load_demo, after the directory's (order 0) made its pages."""

from wagtail import hooks

from .loader import link_initiatives, load


@hooks.register("portal_demo_content", order=40)
def load_events_demo(command, home, pages, images):
    """The kommune's calendar and its events, past and upcoming, the kommune's own and the associations'."""
    load(command, home=home, pages=pages)
    return None


@hooks.register("portal_demo_content", order=55)
def link_events_to_initiatives(command, home, pages, images):
    """After the policy's demo (order 50) has published its focus areas: the initiatives the events carry out."""
    link_initiatives(command)
    return None

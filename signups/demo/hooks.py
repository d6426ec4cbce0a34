"""Registers the sign-ups' demo with manage.py load_demo, after the events' (order 40) made the course."""

from wagtail import hooks

from .loader import load


@hooks.register("portal_demo_content", order=50)
def load_signups_demo(command, home, pages, images):
    """The first-aid course full, with three people on the waiting list."""
    load(command)
    return None

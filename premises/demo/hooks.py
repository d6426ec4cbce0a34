"""Registers the premises' demo content with manage.py load_demo, after the directory's (it needs the towns)."""

from wagtail import hooks

from .loader import load


@hooks.register("portal_demo_content", order=25)
def load_premises_demo(command, home, pages, images):
    """ "Lokaler" with five places to borrow in the kommune's towns."""
    return load(command, home=home, pages=pages, images=images)

"""Registers the funding pools' demo with manage.py load_demo, after the directory's (grants name associations)."""

from wagtail import hooks

from .loader import load


@hooks.register("portal_demo_content", order=20)
def load_funding_demo(command, home, pages, images):
    """ "Puljer og fonde" with the §18-pulje and the kaffepulje, their rounds and grants."""
    return load(command, home=home, pages=pages, images=images)

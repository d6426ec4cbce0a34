"""Registers the stories' demo content with manage.py load_demo, after the directory's and the policy's pages."""

from wagtail import hooks

from .loader import load


@hooks.register("portal_demo_content", order=70)
def load_stories_demo(command, home, pages, images):
    """The story index and the good stories about the demo's associations, tasks and focus areas."""
    load(command, home=home, pages=pages, images=images)
    return None

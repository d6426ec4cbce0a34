"""Registers the enquiries' demo content with manage.py load_demo, after the directory's (order 0) made the tasks."""

from wagtail import hooks

from .loader import load


@hooks.register("portal_demo_content", order=60)
def load_enquiries_demo(command, home, pages, images):
    """A citizen's offer to help in each state, on the demo's tasks and associations."""
    load(command)
    return None

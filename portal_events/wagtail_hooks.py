"""The events' Wagtail hooks: the sections on the home page and an association's page."""

from . import sections  # noqa: F401  (registers the section hooks)
from .demo import hooks as demo_hooks  # noqa: F401  (the calendar and events of manage.py load_demo)

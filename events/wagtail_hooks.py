"""The events' Wagtail hooks: the sections on the home page and an association's page."""

from . import sections  # noqa: F401  (registers the section hooks)

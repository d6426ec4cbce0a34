"""Wagtail hooks of the funding pools, kept in one module per concern."""

from . import sections  # noqa: F401  Open deadlines on the home page, grants on an association's page.
from .demo import hooks as demo_hooks  # noqa: F401

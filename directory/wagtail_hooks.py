"""Wagtail hooks of the directory, kept in one module per concern."""

from . import search_links  # noqa: F401
from .admin import hooks as admin_hooks  # noqa: F401
from .demo import hooks as demo_hooks  # noqa: F401

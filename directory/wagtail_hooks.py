"""Wagtail hooks of the directory, kept in one module per concern."""

from . import (
    access,  # noqa: F401  The associations' own collections, which the content API does not list.
    relevance,  # noqa: F401  A kommune of its own for the search's held-out relevance set.
    retention,  # noqa: F401  How long citizens' contact messages are kept.
    search_links,  # noqa: F401  What the search offers to browse when it finds nothing.
)
from .admin import hooks as admin_hooks  # noqa: F401
from .demo import hooks as demo_hooks  # noqa: F401

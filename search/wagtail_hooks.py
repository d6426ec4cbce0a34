"""Wagtail hooks of the search: its "Search" menu in the admin (see search/admin/hooks.py) and its retention rules."""

from . import retention  # noqa: F401  How long what citizens typed is kept.
from .admin import hooks as admin_hooks  # noqa: F401

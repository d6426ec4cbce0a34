"""Wagtail hooks of the search: its "Search" menu in the admin (see search/admin/hooks.py)."""

from .admin import hooks as admin_hooks  # noqa: F401

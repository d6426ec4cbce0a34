"""Wagtail hooks of core: the mail log's retention rule (it belongs to no app of the portal), an accessibility
fix for Wagtail's own editor, and one moderation decision per click (core/moderation.py)."""

import sys

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from . import (
    mail_log,  # noqa: F401  How long the mail log is kept.
    moderation,
)


@hooks.register("insert_editor_js")
def rich_text_labels():
    """Give Wagtail's rich text editors an accessible name (core/static/core/admin/rich_text_labels.js)."""
    return format_html('<script src="{}" defer></script>', static("core/admin/rich_text_labels.js"))


@hooks.register("register_admin_urls")
def one_decision_per_moderation():
    """Wrap Wagtail's page edit view while ``wagtail.admin.urls`` loads (its patterns are there, not yet decorated).

    Importing ``wagtail.admin.urls`` here would build the admin URLs before every app's hooks are registered,
    so the module being loaded is taken from ``sys.modules``.
    """
    admin_urls = sys.modules.get("wagtail.admin.urls")
    if admin_urls is not None:
        moderation.install(admin_urls.urlpatterns)
    return []

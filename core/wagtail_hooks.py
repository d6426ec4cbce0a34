"""Wagtail hooks of core: the mail log's retention rule (it belongs to no app of the portal) and an accessibility
fix for Wagtail's own editor."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from . import mail_log  # noqa: F401  How long the mail log is kept.


@hooks.register("insert_editor_js")
def rich_text_labels():
    """Give Wagtail's rich text editors an accessible name (core/static/core/admin/rich_text_labels.js)."""
    return format_html('<script src="{}" defer></script>', static("core/admin/rich_text_labels.js"))

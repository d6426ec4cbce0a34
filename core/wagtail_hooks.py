"""Wagtail hooks of core: the mail log's retention rule (it belongs to no app of the portal) and an accessibility
fix for Wagtail's own editor."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from wagtail import hooks

from . import mail_log  # noqa: F401  How long the mail log is kept.


@hooks.register("insert_editor_js")
def rich_text_labels():
    """Give Wagtail's rich text editors an accessible name (core/static/core/admin/rich_text_labels.js)."""
    return format_html('<script src="{}" defer></script>', static("core/admin/rich_text_labels.js"))


@hooks.register("register_account_menu_item")
def two_factor_setup(request):
    """Every staff member can turn on two-factor authentication from their account (core/two_factor.py)."""
    if user_has_device(request.user):
        return None
    return {
        "url": reverse("two_factor:setup"),
        "label": _("Set up two-factor authentication"),
        "help_text": _("Sign in with a code from an app on your phone as well as your password."),
    }

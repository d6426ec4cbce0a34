from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentAPIConfig(AppConfig):
    """Wagtail's API v2, read-only and anonymous: what the public sees, as JSON, for reuse elsewhere."""

    name = "content_api"
    verbose_name = _("Content API")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """Associations, their offers, volunteer tasks and events."""

    name = "directory"
    verbose_name = _("Directory")

    def ready(self):
        from . import signals  # noqa: F401  Publishing an association confirms it (directory/freshness.py).

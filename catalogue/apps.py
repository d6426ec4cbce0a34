from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    """The directory as a printable PDF catalogue for libraries and citizen service desks."""

    name = "catalogue"
    verbose_name = _("Printable catalogue")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  A publish deletes the stored catalogues it makes out of date.

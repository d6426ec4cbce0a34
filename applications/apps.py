from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    """Associations that apply to join the directory ("Tilmeld jeres forening"), and staff's decisions."""

    name = "applications"
    verbose_name = _("Applications")

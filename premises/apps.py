from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PremisesConfig(AppConfig):
    """Premises the kommune lends to associations: rooms, capacity, facilities and how to book."""

    name = "premises"
    verbose_name = _("Premises")

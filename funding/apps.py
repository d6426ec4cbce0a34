from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundingConfig(AppConfig):
    """Funding pools (§18 funds, small pools): rounds with deadlines, and the grants given."""

    name = "funding"
    verbose_name = _("Funding pools")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShortlistsConfig(AppConfig):
    """Staff match a citizen to local offers: a shortlist ("Forslag til dig") to print or email."""

    name = "shortlists"
    verbose_name = _("Shortlists for citizens")

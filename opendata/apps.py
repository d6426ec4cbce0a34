from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """The directory as open data: the HSDS 3.0 API (/api/hsds/) and the export that import_associations reads."""

    name = "opendata"
    verbose_name = _("Open data")

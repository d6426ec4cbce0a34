from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One search over the whole portal."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from . import demo, signals  # noqa: F401  The demo's synonyms; the receivers that keep documents current.

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site's frame: home page, standard pages, site settings, demo content."""

    name = "home"
    verbose_name = _("Home and site")

    def ready(self):
        # The signal receivers that give the cached site frame a new generation (home/frame.py).
        from . import frame  # noqa: F401

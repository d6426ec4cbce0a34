from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site's frame: home page, standard pages, site settings, demo content."""

    name = "home"
    verbose_name = _("Home and site")

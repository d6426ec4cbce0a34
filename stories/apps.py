from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    """The good stories: what volunteers and associations do, told by the kommune's communications staff."""

    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from . import signals  # noqa: F401  A published story's pictures are made at once.

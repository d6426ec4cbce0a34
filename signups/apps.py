from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    """Sign-up for events: seats, a waiting list, confirmation and a cancel link that needs no account."""

    name = "signups"
    verbose_name = _("Sign-ups")

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers: the usual AppConfig.ready import)

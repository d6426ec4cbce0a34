from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PolicyConfig(AppConfig):
    """The volunteering policy and guidance pages."""

    name = "policy"
    verbose_name = _("Policy")

    def ready(self):
        from . import signals  # noqa: F401  Connects the version and set-up receivers.

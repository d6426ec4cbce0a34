from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    """ "Jeg vil gerne hjælpe": a citizen offers to help with a task or an association, and nobody forgets to answer."""

    name = "enquiries"
    verbose_name = _("Enquiries")

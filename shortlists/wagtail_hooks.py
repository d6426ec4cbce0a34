"""The shortlists' hooks: "Forslag til borgere" in the admin's menu for staff who may use them, and retention."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.retention import RetentionRule

from .models import DEFAULT_RETENTION_DAYS, Shortlist
from .templatetags.shortlists_tags import may_use_shortlists


class ShortlistsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_shortlists(request.user)


@hooks.register("register_admin_menu_item")
def shortlists_menu_item():
    # The pages are in the site's frame (/vejledning/forslag/), where the "Add to shortlist" buttons are.
    return ShortlistsMenuItem(
        _("Suggestions for citizens"), reverse("shortlists:index"), name="shortlists", icon_name="list-ol", order=257
    )


def expired_shortlists(cutoff):
    return Shortlist.objects.filter(updated_at__lt=cutoff)


@hooks.register("register_retention_rules")
def shortlist_rules():
    return [
        RetentionRule(
            name="shortlists",
            description=_(
                "Staff's shortlists of suggestions for a citizen, with their notes, counted from their last change"
            ),
            setting="RETENTION_SHORTLIST_DAYS",
            expired=expired_shortlists,
            default_days=DEFAULT_RETENTION_DAYS,
        )
    ]

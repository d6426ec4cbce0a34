"""The shortlists' hooks: "Forslag til borgere" in the admin's menu for staff who may use them, and retention."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.confinement import Confinement
from core.retention import RetentionRule

from .models import DEFAULT_RETENTION_DAYS, VOLUNTEER_GUIDES, Shortlist
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


@hooks.register("register_admin_confinement")
def volunteer_guides(user):
    """A volunteer guide uses the admin for its menu only: Wagtail's site-wide reports (the site's history, the
    translations report, wagtail-localize's snippet API) stay closed to them, as to representatives
    (core/confinement.py). A guide who also has page rights elsewhere (Kommunikation) is not confined."""
    if user.groups.filter(name=VOLUNTEER_GUIDES).exists():
        return Confinement(pages=[])
    return None


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

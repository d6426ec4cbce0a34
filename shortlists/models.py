"""A staff member's shortlists of offers for a citizen ("Forslag til dig").

A volunteer guide (Frivilligvejleder) talking with a citizen collects associations, one of an
association's activities, volunteer tasks and events into a shortlist, notes a line on each, puts
them in order, and prints or emails it. A shortlist belongs to the staff member who made it; its
label is what they need to tell their lists apart ("Karen", "Sag 14"), nothing more about the
citizen. The citizen's email address is used to send and never stored here. Shortlists are deleted
``RETENTION_SHORTLIST_DAYS`` (30) days after their last change (shortlists/wagtail_hooks.py).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Who may use the feature: the group Frivilligvejledere and Kommunikation have it (migration 0002),
# superusers have every permission. A representative or a visitor never does.
USE_PERMISSION = "shortlists.add_shortlist"
VOLUNTEER_GUIDES = "Frivilligvejledere"  # the group migration 0002 makes
DEFAULT_RETENTION_DAYS = 30  # RETENTION_SHORTLIST_DAYS when the setting is missing


class Shortlist(models.Model):
    shown_on_pages = False  # a guide's shortlist, shown to its staff user and by its secret address (core/cachegen.py)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.CASCADE, related_name="shortlists"
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        help_text=_('The citizen\'s first name or a reference, for example "Karen" or "Sag 14". No more than that.'),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Any change to the list or its items touches this (Shortlist.touch), and the retention rule counts from it.
    updated_at = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("shortlist")
        verbose_name_plural = _("shortlists")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.label

    def touch(self):
        """Mark the shortlist changed now (its items changed): the retention period starts again."""
        self.save(update_fields=["updated_at"])


class ShortlistItem(models.Model):
    shown_on_pages = False  # part of a shortlist (core/cachegen.py)
    ASSOCIATION, ACTIVITY, TASK, EVENT = "association", "activity", "task", "event"

    shortlist = models.ForeignKey(
        Shortlist, verbose_name=_("shortlist"), on_delete=models.CASCADE, related_name="items"
    )
    # The association, task or event; for an activity, its association's page and the activity's id. The id
    # is kept as a number, not a key: publishing the association may replace its activity rows, and an item
    # whose activity has gone simply shows the association.
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    activity_id = models.PositiveIntegerField(_("activity"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("shortlist item")
        verbose_name_plural = _("shortlist items")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.shortlist}: {self.page_id}/{self.activity_id or ''}"

"""Entries stay fresh: an association says its page is current, or drops out of sight.

A page counts as confirmed when a representative (or staff) confirms it is current, one click in
the admin, or when a moderated change to it is published. ``confirm_current`` records that and
starts the clock again: the reminders sent so far are forgotten and a page that had gone
"ikke bekræftet" (unconfirmed) comes back into the listings and the search.

The fields live on the page row and are written with ``update()``, not ``save()``: confirming
makes no revision and does not touch a draft waiting for approval.
"""

from django.utils import timezone

from .models import AssociationPage


def confirm_current(association, when=None):
    """Record that the association's page is current (now, or ``when``)."""
    when = when or timezone.now()
    values = {
        "last_confirmed_at": when,
        "freshness_reminders_sent": 0,
        "freshness_reminded_at": None,
        "unconfirmed": False,
    }
    AssociationPage.objects.filter(pk=association.pk).update(**values)
    for name, value in values.items():
        setattr(association, name, value)
    return association

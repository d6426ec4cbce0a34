"""Participants' data is deleted ``SIGNUP_RETENTION_DAYS`` (30) days after the event has ended."""

from wagtail.models import Page

from .models import Signup, SignupFields


def ended_before(cutoff):
    """The sign-ups of events whose last date ended before ``cutoff`` (an event without dates keeps them).

    The end is the event page's own ``event_ends_at()`` (its start when it has no end), so this reads
    the events that have sign-ups; run nightly, that is a few pages.
    """
    page_ids = Signup.objects.order_by().values_list("page_id", flat=True).distinct()
    expired = []
    for page in Page.objects.filter(pk__in=page_ids).specific():
        if not isinstance(page, SignupFields):
            continue
        ended = page.event_ends_at() or page.event_starts_at()
        if ended is not None and ended < cutoff:
            expired.append(page.pk)
    return Signup.objects.filter(page_id__in=expired)

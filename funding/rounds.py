"""When an application round is open, and how a pool's rounds add up to what citizens are told.

A round opens at the start of its opening day and closes at its deadline (a date and a time), both
in the server's time zone (TIME_ZONE, Europe/Copenhagen): before the opening day it is
"upcoming", from then until the deadline minute inclusive "open", after it "closed". The pages,
the home page, the search and the content API all ask here, so they agree.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

UPCOMING, OPEN, CLOSED = "upcoming", "open", "closed"


def opens_at(opens_on):
    """The moment a round opens: midnight at the start of its opening day, in the server's time zone."""
    return timezone.make_aware(datetime.datetime.combine(opens_on, datetime.time.min))


def round_status(opens_on, deadline, now=None):
    """ "upcoming", "open" or "closed" at ``now`` (default: this moment)."""
    now = now or timezone.now()
    if now < opens_at(opens_on):
        return UPCOMING
    if now <= deadline:
        return OPEN
    return CLOSED


def local_day(moment):
    """The day of a moment in the server's time zone."""
    return timezone.localtime(moment).date()


def deadline_text(deadline):
    """'15. marts 2027 kl. 12.00': a deadline as the pages show it, in the server's time zone."""
    local = timezone.localtime(deadline)
    return _("%(date)s at %(time)s") % {"date": date_format(local, "j. F Y"), "time": date_format(local, "H.i")}


def day_text(day):
    return date_format(day, "j. F Y")


def kroner(amount):
    """'250.000 kr.' (Danish grouping; øre only when there are any)."""
    if amount is None:
        return ""
    places = 0 if amount == amount.to_integral_value() else 2
    return _("%(amount)s kr.") % {"amount": number_format(amount, places, use_l10n=True, force_grouping=True)}


class PoolState:
    """Where a pool stands at a moment, from its rounds: the round to tell citizens about and its status.

    ``status`` is "open" when a round is open (``current`` is the one whose deadline comes first),
    else "upcoming" when one will open (``current`` opens first), else "closed" (``current`` is
    None, or the round that closed last)."""

    def __init__(self, rounds, now=None):
        now = now or timezone.now()
        by_status = {UPCOMING: [], OPEN: [], CLOSED: []}
        for each in rounds:
            by_status[each.status_at(now)].append(each)
        if by_status[OPEN]:
            self.status = OPEN
            self.current = min(by_status[OPEN], key=lambda each: each.deadline)
        elif by_status[UPCOMING]:
            self.status = UPCOMING
            self.current = min(by_status[UPCOMING], key=lambda each: (each.opens_on, each.deadline))
        else:
            self.status = CLOSED
            self.current = max(by_status[CLOSED], key=lambda each: each.deadline) if by_status[CLOSED] else None
        self.open_rounds = sorted(by_status[OPEN], key=lambda each: each.deadline)

    @property
    def is_open(self):
        return self.status == OPEN

    @property
    def label(self):
        """The status as a badge says it: 'Åben for ansøgninger', 'Kommende runde', 'Lukket'."""
        return status_label(self.status)

    @property
    def text(self):
        """One sentence: until when it is open, when it opens, or that it is closed."""
        if self.status == OPEN:
            return _("Open for applications until %(deadline)s") % {"deadline": deadline_text(self.current.deadline)}
        if self.status == UPCOMING:
            return _("The next round opens on %(date)s; deadline %(deadline)s") % {
                "date": day_text(self.current.opens_on),
                "deadline": deadline_text(self.current.deadline),
            }
        return _("Closed: no round is open for applications")

    @property
    def sort_key(self):
        """Open pools first (the nearest deadline first), then upcoming (opening first), then closed."""
        if self.status == OPEN:
            return (0, self.current.deadline.timestamp())
        if self.status == UPCOMING:
            return (1, opens_at(self.current.opens_on).timestamp())
        return (2, 0)


def status_label(status):
    return {OPEN: _("Open for applications"), UPCOMING: _("Upcoming round"), CLOSED: _("Closed")}[status]

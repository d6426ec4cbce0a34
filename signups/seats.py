"""Seats and the waiting list: who gets a seat, who waits, who moves up when someone cancels.

Every change of seats happens in one transaction that first locks the event's page row
(``SELECT … FOR UPDATE`` on ``wagtailcore_page``), so two people sending the form for the last seat
at the same moment are served one after the other: the first gets the seat, the second the waiting
list (or "full"). The same lock is taken when someone cancels, so a seat given back goes to exactly
one person on the waiting list. On SQLite (development, the second test run) ``select_for_update``
does nothing, but SQLite lets only one transaction write at a time, which serves the same purpose
for a single server.

The cancel link carries a random token (``secrets.token_urlsafe``); the database keeps only its
SHA-256 (``hash_token``), so neither a backup nor the admin holds a working link.
"""

import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Page

from .models import Signup, SignupFields

TOKEN_BYTES = 32
TOKEN_MAX_LENGTH = 100  # anything longer in an address is not one of ours

# Why a form takes no sign-ups (``Availability.closed``); templates and views say each in words.
NOT_A_FORM = "not_form"
EVENT_CANCELLED = "cancelled"
DEADLINE_PASSED = "deadline"
STARTED = "started"
FULL = "full"


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token):
    return hashlib.sha256(str(token).encode("utf-8", "surrogatepass")).hexdigest()


def takes_signups(page):
    """Whether the (specific) page carries the sign-up fields."""
    return isinstance(page, SignupFields)


def original_event(page):
    """The event in the portal's language: a sign-up on the English copy takes a seat at the Danish event."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    original = page.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).specific().first()
    return original or page


def signup_closes_at(page):
    """When sign-up closes: the deadline if there is one, and at the latest when the event starts."""
    starts = page.event_starts_at()
    deadline = page.signup_deadline
    if deadline and starts:
        return min(deadline, starts)
    return deadline or starts


def seat_counts(page_id):
    """(confirmed, waiting) for an event, in one query."""
    counts = Signup.objects.filter(page_id=page_id).aggregate(
        confirmed=Count("pk", filter=Q(status=Signup.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Signup.WAITING)),
    )
    return counts["confirmed"], counts["waiting"]


@dataclass(frozen=True)
class Availability:
    """What the sign-up of one event looks like now, e.g. 3 of 20 seats left, or full with 4 waiting."""

    capacity: int | None
    confirmed: int
    waiting: int
    waiting_list: bool
    closed: str  # "" while open, else one of the reasons above
    closes_at: object = None

    @property
    def is_open(self):
        return not self.closed

    @property
    def is_full(self):
        return self.capacity is not None and self.confirmed >= self.capacity

    @property
    def seats_left(self):
        """Seats still free, or None when there is no limit."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)

    @property
    def joins_waiting_list(self):
        """Open, but the next one to sign up goes on the waiting list."""
        return self.is_open and self.is_full


def availability(page, now=None, counts=None):
    """The event's sign-up now; ``counts`` (confirmed, waiting) saves the query when already known."""
    if page.signup_method != SignupFields.FORM:
        return Availability(page.signup_capacity, 0, 0, page.signup_waiting_list, NOT_A_FORM)
    confirmed, waiting = counts if counts is not None else seat_counts(page.pk)
    now = now or timezone.now()
    closes_at = signup_closes_at(page)
    starts = page.event_starts_at()
    closed = ""
    if page.is_cancelled:
        closed = EVENT_CANCELLED
    elif starts is not None and now >= starts:
        closed = STARTED
    elif closes_at is not None and now >= closes_at:
        closed = DEADLINE_PASSED
    elif page.signup_capacity is not None and confirmed >= page.signup_capacity and not page.signup_waiting_list:
        closed = FULL
    return Availability(page.signup_capacity, confirmed, waiting, page.signup_waiting_list, closed, closes_at)


class SignupClosed(Exception):
    """Sign-up closed between showing the form and taking the seat (the last seat went, the deadline passed)."""

    def __init__(self, availability):
        super().__init__(availability.closed)
        self.availability = availability


@dataclass
class Outcome:
    signup: Signup
    token: str  # the raw cancel token, for the email only
    again: bool = False  # the address was already signed up: its confirmation was sent again


def lock_event(page):
    """Take the event's row lock for the rest of the transaction (see the module's docstring)."""
    Page.objects.select_for_update().filter(pk=page.pk).values_list("pk", flat=True).first()


def sign_up(page, data, notify=None):
    """Give a seat or a place on the waiting list to the person in ``data`` (a form's cleaned_data).

    Must run inside a transaction (``core.failures.store`` gives one). Raises SignupClosed when no
    sign-up can be taken now. The same address signed up already gets its confirmation again, with a
    new cancel link (the old one stops working), and takes no second seat. ``notify(outcome)``
    queues the emails in the same transaction.
    """
    lock_event(page)
    state = availability(page)
    if not state.is_open:
        raise SignupClosed(state)
    token = new_token()
    existing = Signup.objects.active().for_event(page).filter(email__iexact=data["email"]).first()
    if existing is not None:
        existing.token_hash = hash_token(token)
        existing.save(update_fields=["token_hash"])
        outcome = Outcome(existing, token, again=True)
    else:
        signup = Signup.objects.create(
            page=page,
            name=data["name"],
            email=data["email"],
            phone=data.get("phone", ""),
            note=data.get("note", ""),
            consent_at=timezone.now(),
            status=Signup.WAITING if state.joins_waiting_list else Signup.CONFIRMED,
            token_hash=hash_token(token),
        )
        outcome = Outcome(signup, token)
    if notify is not None:
        notify(outcome)
    return outcome


def can_still_cancel(page, now=None):
    """A sign-up can be cancelled until the event starts (afterwards there is nothing to give back)."""
    starts = page.event_starts_at()
    return starts is None or (now or timezone.now()) < starts


@transaction.atomic
def cancel(signup, page, notify_cancelled=None, notify_promoted=None):
    """Cancel the sign-up and give its seat to the first on the waiting list; returns those moved up.

    ``page`` is the event (specific). Cancelling one already cancelled changes nothing and returns
    None. ``notify_cancelled(signup, promoted)`` and ``notify_promoted(signup)`` queue the emails.
    """
    lock_event(page)
    signup = Signup.objects.select_for_update().filter(pk=signup.pk).first()
    if signup is None or not signup.is_active:
        return None
    signup.status = Signup.CANCELLED
    signup.cancelled_at = timezone.now()
    signup.save(update_fields=["status", "cancelled_at"])
    promoted = fill_seats(page, notify_promoted, locked=True)
    if notify_cancelled is not None:
        notify_cancelled(signup, promoted)
    return promoted


def fill_seats(page, notify_promoted=None, locked=False):
    """Move people up from the waiting list while there are free seats; returns them, first first.

    Called when someone cancels and when an event's seats are changed (more seats, or no limit).
    Nobody moves up for an event that has started or been cancelled.
    """
    with transaction.atomic():
        if not locked:
            lock_event(page)
        if page.signup_method != SignupFields.FORM or page.is_cancelled or not can_still_cancel(page):
            return []
        waiting = Signup.objects.waiting().for_event(page).select_for_update()
        if page.signup_capacity is not None:
            confirmed = Signup.objects.confirmed().for_event(page).count()
            free = page.signup_capacity - confirmed
            if free <= 0:
                return []
            waiting = waiting[:free]
        promoted = list(waiting)
        now = timezone.now()
        for signup in promoted:
            signup.status = Signup.CONFIRMED
            signup.promoted_at = now
            signup.save(update_fields=["status", "promoted_at"])
            if notify_promoted is not None:
                notify_promoted(signup)
        return promoted


def find_by_token(token):
    """The sign-up whose cancel link carries ``token``, or None (malformed, unknown, replaced, deleted)."""
    if not token or len(token) > TOKEN_MAX_LENGTH:
        return None
    return Signup.objects.filter(token_hash=hash_token(token)).select_related("page").first()


def sign_up_atomically(page, data, notify=None):
    """``sign_up`` in a transaction of its own (the form's view uses ``core.failures.store`` instead)."""
    with transaction.atomic():
        return sign_up(page, data, notify)


def tell_of_cancelled_event(page, notify):
    """Tell everyone still signed up or waiting that the event is cancelled, once each; returns how many.

    Their sign-ups stay as they are: an organiser who takes the cancellation back keeps the list."""
    with transaction.atomic():
        lock_event(page)
        untold = list(Signup.objects.active().for_event(page).filter(told_cancelled_at__isnull=True))
        now = timezone.now()
        for signup in untold:
            notify(signup)
        Signup.objects.filter(pk__in=[signup.pk for signup in untold]).update(told_cancelled_at=now)
        return len(untold)

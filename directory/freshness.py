"""Entries stay fresh: an association says its page is current, or drops out of sight.

A page counts as confirmed when a representative (or staff) confirms it is current, one click in
the admin, or when a moderated change to it is published (``page_published``, directory/signals.py).
``confirm_current`` records that and starts the clock again: the reminders sent so far are
forgotten and a page that had gone "ikke bekræftet" (unconfirmed) comes back into the listings
and the search.

The clock runs in calendar months from the last confirmation (python-dateutil's relativedelta,
so 6 January + 11 months is 6 December, whatever the months' lengths):

- at 11 months its representatives get a reminder (``manage.py send_freshness_reminders``, daily),
- at 12 months a second one,
- at 13 months the page is marked "ikke bekræftet": it leaves the association listing, the task
  listing and the search, but stays reachable by its address with a notice saying so, and the
  representatives are told.

Each step also waits a calendar month after the reminder before it, so a page found old on the
first run (an association imported with an old date, or after the cron job stopped for a while)
still gets both reminders, a month apart, before it goes. Every step is written with a conditional
``update()`` of the reminder count, so running the command twice a day (or twice at once)
sends nothing twice.

The fields live on the page row and are written with ``update()``, not ``save()``: confirming
makes no revision and does not touch a draft waiting for approval. Because ``update()`` sends no
signal, the search documents are rebuilt here whenever the page's visibility changes.
"""

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from search import documents

from .access import association_representatives
from .forms import contact_recipients
from .models import AssociationPage

REMINDER_MONTHS = (11, 12)  # the first and the second reminder
UNCONFIRMED_MONTHS = 13  # then the page is marked "ikke bekræftet"
MONTH_BETWEEN_STEPS = relativedelta(months=1)


def confirm_current(association, when=None, reindex=True):
    """Record that the association's page is current (now, or ``when``).

    Its search documents are rebuilt (``reindex``) so that a page that was out of sight comes back
    and the documents' date (which SEARCH_STALE_AFTER_DAYS looks at) moves on."""
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
    if reindex and association.live:
        documents.sync_page(association, descendants=True)
    return association


def confirmed_since(association):
    """When the clock started: the last confirmation, or else the last (or first) publication."""
    return association.last_confirmed_at or association.last_published_at or association.first_published_at


def next_step_due(association):
    """The day the association's next step (a reminder, or going unconfirmed) is due; None if there is none.

    Counted in the kommune's days (TIME_ZONE), so the morning cron job of the due day takes it,
    whatever the hour the page was confirmed: confirmed 15 January at 14:00, reminded 15 December."""
    start = confirmed_since(association)
    if start is None or association.unconfirmed:
        return None
    sent = association.freshness_reminders_sent
    months = REMINDER_MONTHS[sent] if sent < len(REMINDER_MONTHS) else UNCONFIRMED_MONTHS
    due = timezone.localdate(start) + relativedelta(months=months)
    if association.freshness_reminded_at is not None:
        due = max(due, timezone.localdate(association.freshness_reminded_at) + MONTH_BETWEEN_STEPS)
    return due


def hidden_from(association, today):
    """The earliest day the page can go unconfirmed if nobody confirms it, said in a reminder just sent.

    After the first reminder two steps are left (the second reminder, then going unconfirmed),
    each at least a month after the one before; after the second, one."""
    steps_left = len(REMINDER_MONTHS) + 1 - association.freshness_reminders_sent
    due = timezone.localdate(confirmed_since(association)) + relativedelta(months=UNCONFIRMED_MONTHS)
    return max(due, today + relativedelta(months=steps_left))


def recipients(association):
    """The association's representatives; without any, its contact addresses (or the kommune's contact point)."""
    people = [user.email for user in association_representatives(association) if user.is_active and user.email]
    return list(dict.fromkeys(people)) or contact_recipients(association)


def send_due(now=None, report=None):
    """Send the reminders that are due and mark the pages that have waited too long; returns (reminded, hidden)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    report = report or (lambda message: None)
    reminded = hidden = 0
    candidates = (
        AssociationPage.objects.live()
        .filter(unconfirmed=False)
        .only(
            "id",
            "path",
            "depth",
            "title",
            "url_path",
            "live",
            "locale_id",
            "content_type_id",
            "first_published_at",
            "last_published_at",
            *AssociationPage.FRESHNESS_FIELDS,
        )
        .order_by("path")
    )
    for association in candidates.iterator(chunk_size=200):
        due = next_step_due(association)
        if due is None or due > today:
            continue
        if association.freshness_reminders_sent < len(REMINDER_MONTHS):
            if _remind(association, now):
                reminded += 1
                report(f"Reminded {association.title} ({association.freshness_reminders_sent})")
        elif _mark_unconfirmed(association, now):
            hidden += 1
            report(f"Marked {association.title} as not confirmed")
    return reminded, hidden


@transaction.atomic
def _remind(association, now):
    sent = association.freshness_reminders_sent
    updated = AssociationPage.objects.filter(
        pk=association.pk, freshness_reminders_sent=sent, unconfirmed=False
    ).update(freshness_reminders_sent=sent + 1, freshness_reminded_at=now)
    if not updated:
        return False  # another run got there first
    association.freshness_reminders_sent, association.freshness_reminded_at = sent + 1, now
    _send(
        association,
        "directory/email/freshness_reminder.txt",
        hidden_on=hidden_from(association, timezone.localdate(now)),
    )
    return True


@transaction.atomic
def _mark_unconfirmed(association, now):
    updated = AssociationPage.objects.filter(pk=association.pk, unconfirmed=False).update(unconfirmed=True)
    if not updated:
        return False
    association.unconfirmed = True
    # update() sends no signal: rebuild the search documents of the page and its tasks here (none now).
    documents.sync_page(AssociationPage.objects.get(pk=association.pk), descendants=True)
    _send(association, "directory/email/freshness_hidden.txt")
    return True


def _send(association, template, hidden_on=None):
    """Queue the email in the portal's own language (django-mailer's queue, as all mail)."""
    with translation.override(settings.LANGUAGE_CODE):
        portal_name = getattr(settings, "WAGTAIL_SITE_NAME", "Frivilligportal")
        context = {
            "association": association,
            "portal_name": portal_name,
            "confirmed_on": date_format(timezone.localtime(confirmed_since(association)), "j. F Y"),
            "hidden_on": date_format(hidden_on, "j. F Y") if hidden_on else "",
            "edit_url": settings.BASE_URL + reverse("wagtailadmin_pages:edit", args=[association.pk]),
            # The corner's one-click confirmation (directory/admin/corner.py): its GET asks, its button confirms.
            "confirm_url": settings.BASE_URL + reverse("directory_association_confirm", args=[association.pk]),
            "page_url": association.get_full_url() or "",
        }
        if hidden_on:
            subject = gettext("Is the page of %(association)s on %(portal)s still up to date?")
        else:
            subject = gettext("The page of %(association)s is no longer shown in the lists on %(portal)s")
        subject = " ".join((subject % {"association": association.title, "portal": portal_name}).split())
        body = render_to_string(template, context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients(association))

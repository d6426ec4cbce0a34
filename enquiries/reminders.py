"""Nobody forgets a citizen who offered to help: reminders after 7 days, the kommune after 14.

``send_reminders`` is run by ``manage.py send_enquiry_reminders`` from cron (hourly or daily). For
every enquiry still waiting for an answer:

- 7 days after it came in, the organiser gets a reminder, once (``reminded_at``);
- 14 days after it came in, the kommune's contact point (PortalSettings.contact_email of the
  default site) is told, and the citizen gets an email with other ways in: the contact point and
  up to three similar open tasks (``escalated_at``). An enquiry that reaches 14 days without a
  reminder (the cron job was off) is passed on without the late reminder.

Each step is stamped in the same transaction as its queued emails, with the row locked, so running
the command again, or twice at once, sends nothing twice.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Page

from directory.forms import contact_recipients
from directory.models import AssociationPage, VolunteerTaskPage

from .emails import send_escalation, send_reminder
from .models import Enquiry
from .organisers import organiser_models

REMIND_AFTER = timedelta(days=7)
ESCALATE_AFTER = timedelta(days=14)
SIMILAR_TASKS = 3


@dataclass
class Sent:
    reminders: int = 0
    escalations: int = 0


def send_reminders(now=None):
    """Send what is due now; returns how many reminders and escalations went out."""
    now = now or timezone.now()
    sent = Sent()
    due = Enquiry.objects.waiting().filter(escalated_at__isnull=True, created_at__lte=now - ESCALATE_AFTER)
    for pk in due.values_list("pk", flat=True):
        sent.escalations += _escalate(pk, now)
    due = Enquiry.objects.waiting().filter(
        reminded_at__isnull=True, escalated_at__isnull=True, created_at__lte=now - REMIND_AFTER
    )
    for pk in due.values_list("pk", flat=True):
        sent.reminders += _remind(pk, now)
    return sent


def _locked(pk, **still):
    """The enquiry, locked for this transaction, if it still needs the step (another run may have done it)."""
    return Enquiry.objects.select_for_update().filter(pk=pk, status=Enquiry.NEW, **still).first()


@transaction.atomic
def _remind(pk, now):
    enquiry = _locked(pk, reminded_at__isnull=True, escalated_at__isnull=True)
    if enquiry is None:
        return 0
    organiser = enquiry.organiser.specific if enquiry.organiser_id else None
    recipients = contact_recipients(organiser) if organiser is not None else []
    if recipients:
        send_reminder(enquiry, recipients)
    enquiry.reminded_at = now
    enquiry.save(update_fields=["reminded_at"])
    return 1 if recipients else 0


@transaction.atomic
def _escalate(pk, now):
    enquiry = _locked(pk, escalated_at__isnull=True)
    if enquiry is None:
        return 0
    told = send_escalation(enquiry, similar_tasks(enquiry))
    enquiry.escalated_at = now
    enquiry.save(update_fields=["escalated_at"])
    return 1 if told else 0


def similar_tasks(enquiry, limit=SIMILAR_TASKS, day=None):
    """Up to ``limit`` open, published, public tasks like the one the citizen asked about, never that one.

    Like means: organised by an association with one of the same categories, or in the same town
    (the task's own, else its organiser's). For an enquiry to "Egebjerg Boldklub" (Idræt og motion,
    Egebjerg) that is other sports clubs' tasks and anything in Egebjerg. Soonest deadline first.
    """
    page = enquiry.page.specific if enquiry.page_id else None
    organiser = enquiry.organiser.specific if enquiry.organiser_id else None
    categories = list(organiser.categories.all()) if isinstance(organiser, AssociationPage) else []
    locality_id = getattr(page, "locality_id", None) or getattr(organiser, "locality_id", None)

    associations = AssociationPage.objects.live().public().filter(unconfirmed=False)
    alike = Q(parent_path__in=associations.filter(categories__in=categories).values("path")) if categories else Q()
    if locality_id:
        same_town = Q(locality_id=locality_id) | Q(
            locality__isnull=True, parent_path__in=associations.filter(locality_id=locality_id).values("path")
        )
        alike = (alike | same_town) if categories else same_town
    if not alike:
        return []
    visible_organisers = (
        Page.objects.type(*organiser_models())
        .live()
        .public()
        .exclude(pk__in=AssociationPage.objects.filter(unconfirmed=True).values("pk"))
    )
    tasks = (
        VolunteerTaskPage.objects.live()
        .public()
        .open_on(day)
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        # Only tasks whose organiser citizens can see: a task under a hidden association is hidden too.
        .filter(parent_path__in=visible_organisers.values("path"))
        .filter(alike)
        .exclude(pk__in=[pk for pk in (enquiry.page_id,) if pk])
        .order_by(F("deadline").asc(nulls_last=True), "title", "pk")
    )
    return list(tasks[:limit])

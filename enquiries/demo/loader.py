"""Puts the demo's enquiries in place for ``manage.py load_demo``, after the directory's tasks exist.

Like the rest of the demo it only adds what is missing (an enquiry is known by its page and the
citizen's name), sends no email, and dates everything from today, so a fresh demo always shows
one enquiry of each kind: answered, closed, waiting, reminded after 7 days, passed on after 14.
"""

from datetime import timedelta

from django.utils import timezone

from directory.forms import contact_recipients
from directory.models import AssociationPage, VolunteerTaskPage

from ..models import Enquiry
from ..reminders import ESCALATE_AFTER, REMIND_AFTER
from .content import ENQUIRIES


def load(command):
    associations = {
        page.slug: page for page in AssociationPage.objects.filter(slug__in={e["association"] for e in ENQUIRIES})
    }
    now = timezone.now()
    created = 0
    for spec in ENQUIRIES:
        association = associations.get(spec["association"])
        if association is None:  # an editor deleted it, or the directory's demo was skipped
            continue
        page = association
        if spec.get("task"):
            page = VolunteerTaskPage.objects.child_of(association).filter(slug=spec["task"]).first()
            if page is None:
                continue
        if Enquiry.objects.filter(page=page, name=spec["name"]).exists():
            continue
        Enquiry.objects.create(**fields(spec, page, association, now))
        created += 1
    if created:
        command.report(f"Created {created} enquiries (Jeg vil gerne hjælpe)")


def fields(spec, page, association, now):
    came_in = now - timedelta(days=spec["days"], hours=3)
    state = spec["state"]
    values = {
        "page": page,
        "page_title": page.title,
        "organiser": association,
        "organiser_title": association.title,
        "name": spec["name"],
        "email": spec["email"],
        "phone": spec["phone"],
        "message": spec["message"],
        "consent_at": came_in,
        "created_at": came_in,
        "recipients": ", ".join(contact_recipients(association)),
        "status": {"answered": Enquiry.ANSWERED, "closed": Enquiry.CLOSED}.get(state, Enquiry.NEW),
    }
    if state == "answered":
        values["answered_at"] = came_in + timedelta(days=2)
    if state == "closed":
        values["closed_at"] = came_in + timedelta(days=3)
    if state in ("reminded", "escalated"):
        values["reminded_at"] = came_in + REMIND_AFTER
    if state == "escalated":
        values["escalated_at"] = came_in + ESCALATE_AFTER
    return values

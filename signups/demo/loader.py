"""Fills the events demo's first-aid course to capacity, with a waiting list, for ``manage.py load_demo``.

Only adds what is missing (a sign-up is known by its event and email), sends no email, and dates
the sign-ups from today. The cancel tokens are random, as in real use: a tester signs up in the
browser to get a working cancel link.
"""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page

from ..models import Signup, SignupFields
from ..seats import hash_token, new_token
from .content import FULL_EVENT_SLUG, SIGNUPS


def load(command):
    event = Page.objects.filter(slug=FULL_EVENT_SLUG).specific().first()
    if event is None or not isinstance(event, SignupFields) or event.signup_method != SignupFields.FORM:
        return  # the events' demo was skipped, or an editor changed the course
    now = timezone.now()
    known = set(Signup.objects.for_event(event).values_list("email", flat=True))
    created = 0
    for name, email, phone, note, days_ago, status in SIGNUPS:
        if email in known:
            continue
        at = now - timedelta(days=days_ago, hours=2)
        Signup.objects.create(
            page=event,
            name=name,
            email=email,
            phone=phone,
            note=note,
            consent_at=at,
            created_at=at,
            status=status,
            token_hash=hash_token(new_token()),
        )
        created += 1
    if created:
        command.report(f"Created {created} sign-ups for {event.title!r} (full, with a waiting list)")

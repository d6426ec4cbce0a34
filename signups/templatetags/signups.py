"""The event page's sign-up: ``{% signup_status page as availability %}`` (templates/signups/_signup_panel.html).

It costs one query for an event with the sign-up form (the seats taken and the waiting list,
counted together), none for an event that signs up elsewhere or not at all.
"""

from django import template

from core import pagecache

from ..models import SignupFields
from ..seats import availability, original_event, takes_signups
from ..signals import generation

register = template.Library()


@register.simple_tag(takes_context=True)
def signup_status(context, page):
    """The event's sign-up now (a seats.Availability), or None when the page takes no sign-ups here.

    The page cache keeps the page only while no one signs up (signups/signals.py)."""
    if not takes_signups(page) or page.signup_method != SignupFields.FORM:
        return None
    event = original_event(page)
    pagecache.watch(context.get("request"), generation(event.pk))
    return availability(event)

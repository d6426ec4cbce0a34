"""The event page's sign-up: ``{% signup_status page as availability %}`` (templates/signups/_signup_panel.html).

It costs one query for an event with the sign-up form (the seats taken and the waiting list,
counted together), none for an event that signs up elsewhere or not at all.
"""

from django import template

from ..models import SignupFields
from ..seats import availability, original_event, takes_signups

register = template.Library()


@register.simple_tag
def signup_status(page):
    """The event's sign-up now (a seats.Availability), or None when the page takes no sign-ups here."""
    if not takes_signups(page) or page.signup_method != SignupFields.FORM:
        return None
    return availability(original_event(page))

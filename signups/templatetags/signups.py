"""The event page's sign-up panel: ``{% signup_panel page %}`` renders templates/signups/_signup_panel.html.

It costs one query for an event with the sign-up form (the seats taken and the waiting list,
counted together), none for an event that signs up elsewhere or not at all.
"""

from django import template
from django.urls import reverse

from ..models import SignupFields
from ..seats import availability, original_event, takes_signups

register = template.Library()


@register.simple_tag
def signup_status(page):
    """The event's sign-up now (a seats.Availability), or None when the page takes no sign-ups here."""
    if not takes_signups(page) or page.signup_method != SignupFields.FORM:
        return None
    return availability(original_event(page))


@register.inclusion_tag("signups/_signup_panel.html", takes_context=True)
def signup_panel(context, page):
    """What the event page shows about signing up: seats left, the waiting list, or closed, and the button."""
    state = signup_status(page) if takes_signups(page) else None
    return {
        "page": page,
        "method": getattr(page, "signup_method", None),
        "availability": state,
        "form_url": reverse("signups:form", args=[page.pk]) if state is not None and state.is_open else "",
        "request": context.get("request"),
    }

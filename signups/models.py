"""How an event is signed up for: the fields an event page carries, and what it promises the sign-up.

``SignupFields`` is abstract: ``events.EventPage`` mixes it in (this app imports no events code),
so the sign-up form, the waiting list, the participant list and the retention rule work on any
page that has these fields and offers:

- ``event_starts_at()``: the start of the event's first date (an aware datetime); sign-up closes
  then unless ``signup_deadline`` is earlier;
- ``event_ends_at()``: the end of its last date; participants' data is deleted 30 days after it;
- ``is_cancelled``: a cancelled event takes no sign-ups;
- ``organiser_page()``: the association or kommune unit it belongs to (or None), whose
  representatives see the participant list (their own events only);
- ``contact_recipients(request=None)``: the addresses told of sign-ups and cancellations.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SignupFields(models.Model):
    NONE = "none"
    LINK = "link"
    FORM = "form"
    SIGNUP_METHOD_CHOICES = [
        (NONE, _("No sign-up: just come")),
        (LINK, _("Sign up elsewhere (a link)")),
        (FORM, _("Sign up here (a form with seats and a waiting list)")),
    ]

    signup_method = models.CharField(_("sign-up"), max_length=10, choices=SIGNUP_METHOD_CHOICES, default=NONE)
    signup_url = models.URLField(
        _("sign-up link"), blank=True, help_text=_("Where to sign up, when it happens on another site.")
    )
    signup_capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave it empty if there is no limit.")
    )
    signup_waiting_list = models.BooleanField(
        _("waiting list"), default=True, help_text=_("When the seats are taken, people can join a waiting list.")
    )
    signup_deadline = models.DateTimeField(
        _("sign-up deadline"), null=True, blank=True, help_text=_("Leave it empty to take sign-ups until it starts.")
    )

    class Meta:
        abstract = True

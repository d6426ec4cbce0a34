"""What a consultation keeps about the people who answered it, and for how long (see core/retention.py).

A response's email address is there for one thing: the receipt, which is queued the moment the
response arrives, so always before the consultation closes. Once the consultation has closed
(plus ``RETENTION_CONSULTATION_EMAIL_DAYS``, default 1 day, a margin for staff who want to ask a
responder something while moderating), the address is wiped. A receipt still waiting in the mail
queue because the mail server was down is not affected: django-mailer keeps its own copy of the
message, address included, until it is sent (and the mail log rule deletes that later).

What stays is the policy's record of the consultation:
- the text (and its attachment), because the kommune must be able to show what was said when the
  policy was decided;
- the name, only if the sender consented to publication (then it is published next to the text
  anyway). Without consent the name is wiped too: the response stays in the record as an
  anonymous one, e.g. "Anonymiseret" instead of "Jens Hansen" in the admin's list.

The rows themselves are never deleted here: staff decide about the record, not a timer.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.retention import RetentionRule

from .models import ConsultationResponse


def expired_responder_details(cutoff):
    """Responses to consultations that closed before the cutoff that still hold an address or an unpublishable name."""
    still_personal = ~Q(email="") | (Q(consent_to_publish=False) & ~Q(name=""))
    return ConsultationResponse.objects.filter(still_personal, consultation__closes_at__lt=cutoff)


def erase_responder_details(responses):
    """Wipe the address of every response, and the name of those whose sender did not consent to publication."""
    ids = list(responses.values_list("pk", flat=True))
    rows = ConsultationResponse.objects.filter(pk__in=ids)
    rows.filter(consent_to_publish=False).update(name="", email="")
    rows.filter(consent_to_publish=True).update(email="")
    return len(ids)


@hooks.register("register_retention_rules")
def policy_retention_rules():
    return [
        RetentionRule(
            name="consultation-emails",
            description=_(
                "Email addresses of those who answered a consultation (and their names, unless they agreed to "
                "publication), counted from when the consultation closed"
            ),
            setting="RETENTION_CONSULTATION_EMAIL_DAYS",
            expired=expired_responder_details,
            erase=erase_responder_details,
            default_days=1,
        )
    ]

"""What the directory keeps about citizens, and for how long (see core/retention.py).

A message a citizen sends through an association's contact form is forwarded by email when it
arrives; the stored copy is only there so staff can follow up a complaint ("we never got it").
After ``RETENTION_CONTACT_MESSAGE_DAYS`` (default 90) it goes: a message sent on 1 March is
deleted in the first nightly run after 30 May.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.retention import RetentionRule

from .models import ContactMessage


def expired_contact_messages(cutoff):
    return ContactMessage.objects.filter(created_at__lt=cutoff)


@hooks.register("register_retention_rules")
def directory_retention_rules():
    return [
        RetentionRule(
            name="contact-messages",
            description=_("Messages sent to an association through its contact form, counted from when they were sent"),
            setting="RETENTION_CONTACT_MESSAGE_DAYS",
            expired=expired_contact_messages,
            default_days=90,
        )
    ]

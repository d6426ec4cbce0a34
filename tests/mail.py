"""Deliver the email queue the way the production worker does, into Django's test outbox."""

from django.core import mail
from mailer.engine import send_all


def deliver_queued_mail():
    """Send every queued message (as `manage.py runmailer` would) and return the outbox."""
    send_all()
    return mail.outbox


def new_mail():
    """Send the queue as the mail worker does, and return what was delivered this time."""
    mail.outbox.clear()
    return deliver_queued_mail()


def messages_to(user, outbox):
    return [message for message in outbox if user.email in message.to]

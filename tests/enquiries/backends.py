"""A mail backend like an SMTP server that refuses every message, for the failing-mail stories."""

from smtplib import SMTPException

from django.core.mail.backends.base import BaseEmailBackend


class RefusingBackend(BaseEmailBackend):
    """Refuses every message the way smtplib does when the kommune's mail server answers 451."""

    def send_messages(self, email_messages):
        raise SMTPException("451 4.3.0 Mail server temporarily unavailable")

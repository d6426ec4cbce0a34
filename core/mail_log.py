"""How long the mail log is kept (see core/retention.py).

django-mailer logs every attempt to send an email in ``MessageLog``, with the whole message: a
citizen's message to an association, a receipt with a consultation response, an invitation. The
log is only needed to answer "was it sent?", so entries go after ``RETENTION_MAIL_LOG_DAYS``
(default 30), whatever their result. This replaces the cron line
``manage.py purge_mail_log 30 --result all``, which does the same and still works.

The queue itself (``mailer.Message``) is left alone on purpose: django-mailer deletes a message
as soon as it has been sent, so what remains there is mail still waiting (deferred because the
mail server was down). Deleting it would lose an email, which the portal promises never to do.
"""

from django.utils.translation import gettext_lazy as _
from mailer.models import MessageLog
from wagtail import hooks

from .retention import RetentionRule


def expired_mail_log(cutoff):
    return MessageLog.objects.filter(when_attempted__lt=cutoff)


@hooks.register("register_retention_rules")
def mail_log_rules():
    return [
        RetentionRule(
            name="mail-log",
            description=_(
                "The log of emails the portal has sent, with their content, counted from when they were sent"
            ),
            setting="RETENTION_MAIL_LOG_DAYS",
            expired=expired_mail_log,
            default_days=30,
        )
    ]

"""No email is lost: mail waits in the database queue until the mail server takes it.

The failing phase uses Django's real SMTP backend against a port on this machine where nothing
listens, so the connection is refused exactly as when the kommune's mail server is down.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from mailer.models import RESULT_FAILURE, RESULT_SUCCESS, Message, MessageLog

from tests.helpers import closed_port

ROOT = Path(__file__).resolve().parent.parent

SUBJECT = "Ny besked til Fjordlund Roklub"
BODY = "Hej! Jeg vil gerne prøve at ro med på lørdag. Venlig hilsen Søren Ærø"
SENDER = "Frivilligportal <noreply@fjordlund.dk>"
RECIPIENT = "formand@fjordlund-roklub.dk"


@pytest.fixture
def unreachable_smtp(settings):
    """The production set-up (queue in front of SMTP) with the mail server down."""
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    return settings


def queued():
    return list(Message.objects.all())


@pytest.mark.django_db
def test_mail_sent_while_the_server_is_down_is_deferred_and_delivered_later(unreachable_smtp):
    # Sending from a view succeeds at once: the message is stored, nothing is delivered yet.
    assert mail.send_mail(SUBJECT, BODY, SENDER, [RECIPIENT]) == 1
    (message,) = queued()
    assert message.email.subject == SUBJECT
    assert message.to_addresses == [RECIPIENT]
    assert mail.outbox == []

    # The worker's pass fails to connect: the message is kept, deferred, and the failure logged.
    call_command("send_mail")
    (message,) = queued()
    assert message in Message.objects.deferred()
    failure = MessageLog.objects.get(result=RESULT_FAILURE)
    assert failure.subject == SUBJECT
    assert failure.log_message  # e.g. "[Errno 111] Connection refused"

    # A deferred message is left alone by further passes until it is retried.
    call_command("send_mail")
    assert list(Message.objects.deferred()) == [message]
    assert MessageLog.objects.filter(result=RESULT_FAILURE).count() == 1

    call_command("retry_deferred")
    (message,) = queued()
    assert message in Message.objects.non_deferred()
    assert message.retry_count == 1

    # The mail server is back.
    unreachable_smtp.MAILER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_mail")

    assert queued() == []
    (delivered,) = mail.outbox
    assert delivered.subject == SUBJECT
    assert delivered.body == BODY
    assert delivered.from_email == SENDER
    assert delivered.to == [RECIPIENT]
    assert delivered.extra_headers["Message-ID"]
    assert MessageLog.objects.get(result=RESULT_SUCCESS).subject == SUBJECT


@pytest.mark.django_db
def test_retry_deferred_keeps_retrying_until_the_message_is_sent(unreachable_smtp):
    mail.send_mail(SUBJECT, BODY, SENDER, [RECIPIENT])
    for attempt in range(1, 4):
        call_command("send_mail")
        call_command("retry_deferred")
        (message,) = queued()
        assert message.retry_count == attempt
    assert MessageLog.objects.filter(result=RESULT_FAILURE).count() == 3


@pytest.mark.django_db
def test_purge_mail_log_removes_only_old_entries(unreachable_smtp):
    unreachable_smtp.MAILER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.send_mail(SUBJECT, BODY, SENDER, [RECIPIENT])
    call_command("send_mail")
    assert MessageLog.objects.count() == 1
    call_command("purge_mail_log", "30", "--result", "all")
    assert MessageLog.objects.count() == 1
    call_command("purge_mail_log", "0", "--result", "all")
    assert MessageLog.objects.count() == 0


def settings_of(module, **env):
    """Settings as a fresh `manage.py` process sees them, with these environment variables."""
    probe = (
        "import json, django; django.setup(); from django.conf import settings as s; print(json.dumps({"
        "'queue': s.EMAIL_BACKEND, 'delivery': s.MAILER_EMAIL_BACKEND, 'file_lock': s.MAILER_USE_FILE_LOCK,"
        "'sleep': s.MAILER_EMPTY_QUEUE_SLEEP, 'superusers': s.WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS}))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "MAILER_", "DJANGO_"))}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_make_run_queues_mail_and_prints_it_on_the_console():
    """`make run` uses the dev settings: mail goes through the queue and `runmailer` prints it."""
    dev = settings_of("portal.settings.dev")
    assert dev["queue"] == "mailer.backend.DbBackend"
    assert dev["delivery"] == "django.core.mail.backends.console.EmailBackend"
    assert dev["file_lock"] is False
    assert dev["superusers"] is False
    makefile = (ROOT / "Makefile").read_text()
    serve = makefile.split("\nserve:", 1)[1].split("\n\n", 1)[0]
    assert "manage.py runmailer" in serve
    assert "manage.py runserver" in serve


def test_production_queues_mail_in_front_of_smtp():
    production = settings_of(
        "portal.settings.production", SECRET_KEY="x" * 50, EMAIL_HOST="smtp.kommune.dk", MAILER_EMPTY_QUEUE_SLEEP="30"
    )
    assert production["queue"] == "mailer.backend.DbBackend"
    assert production["delivery"] == "django.core.mail.backends.smtp.EmailBackend"
    assert production["sleep"] == 30

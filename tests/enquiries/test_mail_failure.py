"""The mail server is down when a citizen offers to help: the citizen still gets the receipt page, the
enquiry is stored, and its emails wait in the queue until the server takes them."""

import pytest
from django.core import mail
from django.core.management import call_command
from mailer.models import RESULT_FAILURE, Message, MessageLog

from enquiries.models import Enquiry
from tests.helpers import soup_of, text_of

from .conftest import enquiry_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

REFUSING = "tests.enquiries.backends.RefusingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


def test_emails_refused_by_the_mail_server_are_kept_and_delivered_when_it_is_back(client, settings, club, task):
    settings.MAILER_EMAIL_BACKEND = REFUSING
    response = client.post(f"/jeg-vil-hjaelpe/{task.pk}/", enquiry_data(), follow=True)

    # The citizen sees the receipt at once, and the enquiry is stored.
    assert response.status_code == 200
    assert "Tak, Maja" in text_of(soup_of(response).select_one("#enquiry-sent"))
    assert Enquiry.objects.filter(page=task, name="Maja Jensen").exists()

    # The worker (manage.py send_mail) fails: both emails are kept, deferred, and the failure is logged.
    call_command("send_mail")
    assert mail.outbox == []
    assert Message.objects.deferred().count() == 2
    assert MessageLog.objects.filter(result=RESULT_FAILURE).count() == 2

    # Cron's retry_deferred puts them back in the queue; still refused, still kept.
    call_command("retry_deferred")
    call_command("send_mail")
    assert Message.objects.deferred().count() == 2

    # The mail server is back: the next retry delivers both, and the queue is empty.
    settings.MAILER_EMAIL_BACKEND = WORKING
    call_command("retry_deferred")
    call_command("send_mail")
    assert Message.objects.count() == 0
    to_club, receipt = sorted(mail.outbox, key=lambda message: message.to[0] != "formand@fjordlund-roklub.dk")
    assert to_club.to == ["formand@fjordlund-roklub.dk", "sekretaer@fjordlund-roklub.dk"]
    assert to_club.reply_to == ["maja@example.dk"]
    assert "Hjælper til kaproningen" in to_club.subject
    assert receipt.to == ["maja@example.dk"]

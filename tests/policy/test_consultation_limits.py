"""What one sender can make the consultation store and send: a daily cap on attachments, receipts that echo nothing.

Found: each response could store a 10 MB PDF without any cap, and the receipt sent the typed name and
the full text to whatever address was typed, so the kommune's mail server could carry anyone's text
to anyone. Now the day's attachments have a cap (CONSULTATION_ATTACHMENT_DAILY_MB): over it the
response is refused with a translated message and its text kept in the form (the sender can send it
without the PDF); and the receipt says only that a response arrived, when, and its number.
"""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.utils import timezone

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory
from policy.consultation import ATTACHMENT_CAP_MESSAGE
from policy.factories import ConsultationPageFactory, PolicyPageFactory
from policy.models import ConsultationResponse
from tests.helpers import field_errors, in_danish
from tests.mail import deliver_queued_mail

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

URL = "/frivilligpolitik-udkast/hoering/"
KB = 1024


@pytest.fixture
def consultation(home, portal_settings):
    policy = PolicyPageFactory(parent=home, title="Udkast", slug="frivilligpolitik-udkast", in_consultation=True)
    now = timezone.now()
    return ConsultationPageFactory(
        parent=policy,
        title="Høring om frivilligpolitikken",
        slug="hoering",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=14),
    )


def pdf(size):
    return SimpleUploadedFile("svar.pdf", b"%PDF-1.4\n" + b"0" * (size - 9), content_type="application/pdf")


def answer(number, attachment=None, **changes):
    data = {
        "name": f"Borger {number}",
        "email": f"borger{number}@example.dk",
        "text": f"Mit svar nummer {number}.",
        "consent": "on",
        "website": "",
        **changes,
    }
    if attachment is not None:
        data["attachment"] = attachment
    return data


def from_machine(number):
    return Client(REMOTE_ADDR=f"192.0.2.{number}")


@override_settings(CONSULTATION_ATTACHMENT_DAILY_BYTES=100 * KB)
def test_over_the_days_attachment_cap_a_pdf_is_refused_and_the_text_is_kept(consultation):
    for number in range(3):
        assert from_machine(number).post(URL, answer(number, pdf(30 * KB))).status_code == 303
    response = from_machine(9).post(URL, answer(9, pdf(30 * KB), text="Et langt og gennemtænkt svar."))
    assert response.status_code == 400
    assert field_errors(response, "svar")["attachment"] == in_danish(str(ATTACHMENT_CAP_MESSAGE))
    assert "Et langt og gennemtænkt svar.</textarea>" in response.content.decode()
    assert ConsultationResponse.objects.count() == 3
    # The same response without the PDF is taken at once, and tomorrow PDFs are taken again.
    assert from_machine(9).post(URL, answer(9, text="Et langt og gennemtænkt svar.")).status_code == 303
    ConsultationResponse.objects.update(submitted_at=timezone.now() - datetime.timedelta(days=1))  # a day later
    assert from_machine(10).post(URL, answer(10, pdf(30 * KB))).status_code == 303


def test_the_cap_is_200_mb_a_day_unless_configured(settings):
    assert settings.CONSULTATION_ATTACHMENT_DAILY_BYTES == 200 * 1024 * 1024


def test_the_receipt_tells_the_typed_address_only_that_a_response_arrived(consultation):
    evil = "Køb billige piller på https://spam.example/ – klik nu!"
    assert from_machine(1).post(URL, answer(1, name=evil, text=evil, email="offer@example.dk")).status_code == 303
    stored = ConsultationResponse.objects.get()
    [receipt] = deliver_queued_mail()
    assert receipt.to == ["offer@example.dk"]
    assert "spam.example" not in receipt.body and "piller" not in receipt.body
    assert "spam.example" not in receipt.subject
    assert f"nummer {stored.pk}" in receipt.body
    assert "Høring om frivilligpolitikken" in receipt.body


def test_the_contact_form_sends_nothing_to_the_typed_address(home, portal_settings):
    directory = DirectoryIndexPageFactory(parent=home)
    AssociationPageFactory(parent=directory, slug="roklub", contact_form_enabled=True)
    data = {"name": "X", "email": "offer@example.dk", "message": "spam", "consent": "on", "website": ""}
    assert Client().post("/foreninger/roklub/", data).status_code == 302
    assert all("offer@example.dk" not in email.to for email in deliver_queued_mail())

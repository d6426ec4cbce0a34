"""A citizen answers a public consultation (høring) on the draft volunteering policy.

While the consultation is open (from opens_at up to, not including, closes_at) anyone can send
a response with an optional PDF; it is stored, a receipt goes to the sender through the mail
queue, and the sender lands back on the page with a thank-you. Before it opens and after it
closes there is no form, and a response sent anyway is refused (403 before, 410 after) with the
text given back. After closing the page counts every response and shows the approved ones whose
senders consented, never with an email address.

Time stands still in these stories: django.utils.timezone.now (which
ConsultationPage.state() reads) is patched to a fixed moment, so each boundary is exact.
"""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from core.failures import DATABASE_FAILED_MESSAGE
from policy.factories import ConsultationPageFactory, ConsultationResponseFactory, PolicyPageFactory
from policy.forms import safe_attachment_name
from policy.models import ConsultationResponse
from tests.helpers import DatabaseRefuses, field_errors, in_danish, soup_of, text_of
from tests.mail import deliver_queued_mail

# These stories follow each receipt through the production mail queue.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

NOW = datetime.datetime(2026, 3, 2, 11, 0, tzinfo=datetime.UTC)  # 12:00 in Copenhagen
SECOND = datetime.timedelta(seconds=1)
OPENS_AT = NOW - datetime.timedelta(days=1)
CLOSES_AT = NOW + datetime.timedelta(days=14)
URL = "/frivilligpolitik-udkast/hoering/"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


class Clock:
    """The moment the site believes it is; tests move it to the boundaries."""

    def __init__(self, now):
        self.now = now


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    clock = Clock(NOW)
    monkeypatch.setattr("policy.models.consultations.timezone.now", lambda: clock.now)
    return clock


@pytest.fixture
def policy(home, portal_settings):
    return PolicyPageFactory(
        parent=home,
        title="Udkast til frivilligpolitik",
        slug="frivilligpolitik-udkast",
        in_consultation=True,
    )


@pytest.fixture
def consultation(policy):
    return ConsultationPageFactory(
        parent=policy,
        title="Høring om frivilligpolitikken",
        slug="hoering",
        intro="Sig din mening om udkastet til ny frivilligpolitik.",
        opens_at=OPENS_AT,
        closes_at=CLOSES_AT,
        body=[("paragraph", "<p>Hvad mangler i udkastet?</p>")],
        next_steps="Byrådet behandler politikken i juni.",
    )


def answer(**changes):
    data = {
        "name": "Egebjerg Idrætsforening",
        "email": "formand@egebjerg-if.dk",
        "text": "Vi savner mere om de unge.\nOg om faciliteter.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def pdf(name="hoeringssvar.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def received(count):
    with translation.override("da"):
        text = translation.ngettext("%(counter)s response was received.", "%(counter)s responses were received.", count)
    return text % {"counter": count}


def has_form(html):
    return 'class="consultation-form"' in html


# The period, to the second


def test_one_second_before_opening_there_is_no_form_and_a_response_is_refused_with_403(client, consultation, clock):
    clock.now = OPENS_AT - SECOND
    html = client.get(URL).content.decode()
    assert not has_form(html)
    assert 'id="consultation-upcoming"' in html
    assert f'<time datetime="{timezone.localtime(OPENS_AT).isoformat()}">' in html

    response = client.post(URL, answer(text="Jeg var lidt for tidligt ude."))
    assert response.status_code == 403
    html = response.content.decode()
    assert 'id="response-refused"' in html
    assert ">Jeg var lidt for tidligt ude.</textarea>" in html
    assert not has_form(html)
    assert not ConsultationResponse.objects.exists()
    assert deliver_queued_mail() == []


def test_at_the_opening_second_the_form_is_there(client, consultation, clock):
    clock.now = OPENS_AT
    html = client.get(URL).content.decode()
    assert has_form(html)
    assert f'id="consultation-state">{in_danish("Open for responses")}</span>' in html
    assert client.post(URL, answer()).status_code == 303
    assert ConsultationResponse.objects.count() == 1


def test_one_second_before_closing_a_response_is_still_accepted(client, consultation, clock):
    clock.now = CLOSES_AT - SECOND
    assert has_form(client.get(URL).content.decode())
    response = client.post(URL, answer())
    assert response.status_code == 303
    assert ConsultationResponse.objects.get().consultation_id == consultation.pk


@pytest.mark.parametrize("moment", [CLOSES_AT, CLOSES_AT + SECOND], ids=["at closing", "one second after"])
def test_from_the_closing_second_a_late_response_is_refused_with_410_and_the_text_given_back(
    client, consultation, clock, moment
):
    clock.now = moment
    html = client.get(URL).content.decode()
    assert not has_form(html)
    assert 'id="consultation-closed"' in html

    late = "Beklager, vi nåede det ikke før.\nMen her er vores svar <b>alligevel</b>."
    response = client.post(URL, answer(text=late))
    assert response.status_code == 410
    html = response.content.decode()
    assert 'id="response-refused"' in html
    assert f'<time datetime="{timezone.localtime(CLOSES_AT).isoformat()}">' in html
    # What they wrote is on the page, as text, so they can copy it.
    assert ">Beklager, vi nåede det ikke før.\nMen her er vores svar &lt;b&gt;alligevel&lt;/b&gt;.</textarea>" in html
    assert re.search(r'<textarea class="form-input" id="unsent-text" rows="8" readonly', html)
    assert not has_form(html)
    assert not ConsultationResponse.objects.exists()
    assert deliver_queued_mail() == []


# Sending a response


def test_a_citizen_sends_a_response_and_gets_a_receipt(client, consultation):
    response = client.post(URL, answer())
    assert response.status_code == 303
    assert response["Location"] == f"{URL}?tak=1#svar"

    stored = ConsultationResponse.objects.get()
    assert stored.consultation_id == consultation.pk
    assert stored.name == "Egebjerg Idrætsforening"
    assert stored.email == "formand@egebjerg-if.dk"
    assert stored.text == "Vi savner mere om de unge.\nOg om faciliteter."
    assert stored.consent_to_publish is True
    assert stored.status == ConsultationResponse.PENDING
    assert stored.attachment_name == "" and stored.attachment_size == 0
    assert stored.receipt_sent_at == NOW

    [receipt] = deliver_queued_mail()
    assert receipt.to == ["formand@egebjerg-if.dk"]
    assert "Høring om frivilligpolitikken" in receipt.subject
    assert "\n" not in receipt.subject
    # The address was typed by whoever sent the form: the receipt says what arrived, never what was written.
    assert f"nummer {stored.pk}" in receipt.body
    assert "Vi savner mere" not in receipt.body and "Egebjerg Idrætsforening" not in receipt.body
    assert "16. marts 2026, 12:00" in receipt.body  # when it closes, in Copenhagen time
    assert "Byrådet behandler politikken i juni." in receipt.body  # what happens next
    assert "Udkast til frivilligpolitik" in receipt.body
    assert f"http://localhost{URL}" in receipt.body
    assert "/admin" not in receipt.body


def test_the_receipt_says_whether_the_sender_agreed_to_publication(client, consultation):
    client.post(URL, answer(consent="on"))
    client.post(URL, answer(consent=None, email="anden@example.dk"))
    agreed, declined = deliver_queued_mail()
    assert ConsultationResponse.objects.get(email="anden@example.dk").consent_to_publish is False
    yes = in_danish(
        "You agreed to publication: after the consultation has closed, your name or organisation and your "
        "response may be published on the consultation page. Your email address is never published."
    )
    no = in_danish(
        "You did not agree to publication: your response counts in the consultation, but it is not published. "
        "Your email address is never published."
    )
    assert yes in agreed.body and no not in agreed.body
    assert no in declined.body and yes not in declined.body


def test_after_sending_the_page_thanks_without_showing_anything_personal(client, consultation):
    response = client.post(URL, answer(), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<div class="alert alert-success" role="status" id="response-received">' in html
    assert "formand@egebjerg-if.dk" not in html
    assert "Egebjerg Idrætsforening" not in html
    assert "Vi savner mere om de unge" not in html


def test_the_response_is_kept_even_if_the_receipt_cannot_be_queued(client, consultation, monkeypatch, caplog):
    def broken_send(self, *args, **kwargs):
        raise ConnectionError("the mail queue is down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken_send)
    response = client.post(URL, answer())
    assert response.status_code == 303
    stored = ConsultationResponse.objects.get()
    assert stored.receipt_sent_at is None
    assert "Could not queue the receipt" in caplog.text


def test_a_response_with_a_pdf_attachment_keeps_the_file_in_the_database(client, consultation):
    response = client.post(URL, {**answer(), "attachment": pdf("Vores svar.pdf")})
    assert response.status_code == 303
    stored = ConsultationResponse.objects.get()
    assert stored.attachment_name == "Vores svar.pdf"
    assert bytes(stored.attachment_data) == PDF
    assert stored.attachment_size == len(PDF)
    [receipt] = deliver_queued_mail()
    assert "Vores svar.pdf" not in receipt.body  # the name was typed too: only that a PDF came
    with translation.override("da"):
        size = filesizeformat(len(PDF))
    assert in_danish("It included a PDF attachment (%(size)s).", size=size) in receipt.body


def test_the_form_asks_for_everything_and_explains_publication_and_privacy(client, consultation, portal_settings):
    html = client.get(URL).content.decode()
    form = html[html.index('<form class="consultation-form"') : html.index("</form>", html.index("consultation-form"))]
    assert 'enctype="multipart/form-data"' in form
    assert 'name="csrfmiddlewaretoken"' in form
    for field_id in ["name", "email", "text", "attachment", "consent"]:
        assert f'for="svar-{field_id}"' in form
    assert '<input class="consultation-file-input" type="file" id="svar-attachment" name="attachment"' in form
    assert 'accept=".pdf,application/pdf"' in form
    attachment_hint = in_danish(
        "Only PDF files, at most %(limit)s MB. Write your response in the field above as well.", limit="10"
    )
    assert f'<span class="form-hint" id="svar-attachment-hint">{attachment_hint}</span>' in form
    assert in_danish("At most %(count)s characters.", count="20.000") in form  # written the Danish way
    assert in_danish("We send you a receipt at this address. It is never published.") in form
    assert re.search(r'id="svar-consent" name="consent" value="on" aria-describedby="svar-consent-hint"', form)
    assert '<div class="consultation-hp" aria-hidden="true">' in form
    assert re.search(r'id="svar-website" name="website" value="" tabindex="-1" autocomplete="off"', form)
    assert f'href="{portal_settings.privacy_page.url}"' in form


def test_the_page_tells_what_the_consultation_is_about(client, consultation, policy):
    html = client.get(URL).content.decode()
    assert '<h1 id="consultation-heading">Høring om frivilligpolitikken</h1>' in html
    assert "Sig din mening om udkastet til ny frivilligpolitik." in html
    assert "<p>Hvad mangler i udkastet?</p>" in html
    assert "Byrådet behandler politikken i juni." in html
    assert f'<a href="{policy.url}">Udkast til frivilligpolitik</a>' in html
    assert f'<time datetime="{timezone.localtime(OPENS_AT).isoformat()}">1. marts 2026, 12:00</time>' in html
    assert f'<time datetime="{timezone.localtime(CLOSES_AT).isoformat()}">16. marts 2026, 12:00</time>' in html


# Bad input


def test_an_empty_form_answers_400_with_a_summary_linking_to_each_field(client, consultation):
    response = client.post(URL, {})
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r"<title>[^<]+: Høring om frivilligpolitikken", html)
    summary = html[html.index('data-module="error-summary"') : html.index("</ul>", html.index("error-summary"))]
    assert re.findall(r'href="#svar-(\w+)"', summary) == ["name", "email", "text"]
    assert set(field_errors(response, "svar")) == {"name", "email", "text"}
    assert field_errors(response, "svar")["text"] == "Dette felt er påkrævet."
    for field_id in ["name", "email", "text"]:
        assert re.search(
            rf'id="svar-{field_id}"[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*svar-{field_id}-error', html
        )
    assert html.index('<h1 id="consultation-heading">') < html.index("consultation-error-summary")
    assert html.index("consultation-error-summary") < html.index('class="consultation-facts"')
    assert not ConsultationResponse.objects.exists()
    assert deliver_queued_mail() == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"text": None}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "\x00\x07\x1b"}, "text"),  # nothing left once control characters are gone
        ({"email": "formand@"}, "email"),
        ({"email": "ikke en adresse"}, "email"),
        ({"email": "formand@egebjerg-if.dk\nBcc: alle@example.dk"}, "email"),
        ({"name": ""}, "name"),
        ({"name": "N" * 201}, "name"),
    ],
)
def test_bad_input_is_refused_with_the_error_next_to_the_field(client, consultation, changes, field):
    response = client.post(URL, answer(**changes))
    assert response.status_code == 400
    assert list(field_errors(response, "svar")) == [field]
    assert f'href="#svar-{field}"' in response.content.decode()
    assert not ConsultationResponse.objects.exists()


def test_a_30000_character_response_is_refused_but_kept_so_it_can_be_shortened(client, consultation):
    long_text = "Et langt svar. " * 2000  # 30.000 characters
    response = client.post(URL, answer(text=long_text))
    assert response.status_code == 400
    assert "20000" in field_errors(response, "svar")["text"]
    assert f">{long_text}</textarea>" in response.content.decode()
    assert not ConsultationResponse.objects.exists()


def test_what_the_citizen_typed_is_kept_when_something_is_wrong(client, consultation):
    response = client.post(URL, answer(email="formand@", consent="on"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Egebjerg Idrætsforening"' in html
    assert 'value="formand@"' in html
    assert ">Vi savner mere om de unge.\nOg om faciliteter.</textarea>" in html
    assert re.search(r'id="svar-consent" name="consent" value="on" checked', html)


def test_a_chosen_file_must_be_chosen_again_after_an_error_and_the_page_says_so(client, consultation):
    response = client.post(URL, {**answer(email="formand@"), "attachment": pdf()})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="svar-attachment-again"' in html
    assert re.search(r'id="svar-attachment"[^>]*aria-describedby="svar-attachment-hint svar-attachment-again"', html)
    assert in_danish("Choose your PDF file again: the browser does not keep it when the form comes back.") in html


def test_an_attachment_over_the_limit_is_refused(client, consultation, settings):
    settings.CONSULTATION_ATTACHMENT_MAX_BYTES = 1024 * 1024
    big = PDF + b"0" * (1024 * 1024)
    response = client.post(URL, {**answer(), "attachment": pdf(content=big)})
    assert response.status_code == 400
    assert list(field_errors(response, "svar")) == ["attachment"]
    assert field_errors(response, "svar")["attachment"] == in_danish(
        "The attachment is %(size)s MB; it can be at most %(limit)s MB. Choose a smaller PDF file.",
        size="1,1",  # rounded up: never the same as the limit
        limit="1",
    )
    assert re.search(r'id="svar-attachment"[^>]*aria-invalid="true"', response.content.decode())
    assert not ConsultationResponse.objects.exists()


def test_the_limit_in_the_help_text_follows_the_setting(client, consultation, settings):
    settings.CONSULTATION_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024 // 2
    hint = in_danish(
        "Only PDF files, at most %(limit)s MB. Write your response in the field above as well.", limit="2,5"
    )
    assert hint in client.get(URL).content.decode()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("billede.pdf", PNG),  # a picture renamed to .pdf
        ("tekst.pdf", b"Dette er ikke en PDF"),
        ("program.exe", b"MZ\x90\x00"),
        ("svar.txt", b"Vores svar i tekst"),
        ("svar.pdf.exe", PDF),  # PDF content does not make a program name acceptable
        ("svar.pdf", b""),  # empty
    ],
)
def test_only_real_pdf_files_are_accepted(client, consultation, name, content):
    response = client.post(URL, {**answer(), "attachment": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert list(field_errors(response, "svar")) == ["attachment"]
    assert not ConsultationResponse.objects.exists()
    assert deliver_queued_mail() == []


def test_scripts_are_stored_as_typed_and_shown_as_text(client, consultation, clock):
    evil = "<script>alert(1)</script> og <b>fed</b>"
    response = client.post(URL, answer(name=evil, email="ikke-en-adresse", text=evil))
    assert response.status_code == 400
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    assert client.post(URL, answer(name=evil, text=evil)).status_code == 303
    stored = ConsultationResponse.objects.get()
    assert stored.text == evil  # stored as typed; only ever shown as text
    assert stored.name == evil
    [receipt] = deliver_queued_mail()
    assert "alert(1)" not in receipt.body  # nothing typed goes back to the typed address
    assert receipt.content_subtype == "plain"

    stored.status = ConsultationResponse.APPROVED
    stored.save()
    clock.now = CLOSES_AT
    html = client.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt; og &lt;b&gt;fed&lt;/b&gt;</p>" in html


def test_control_characters_are_removed_but_line_breaks_kept(client, consultation):
    response = client.post(
        URL, answer(name="Egebjerg\x00 IF\x1b", text="Første linje\r\nAnden\x00 linje\x08\tmed tab\x07")
    )
    assert response.status_code == 303
    stored = ConsultationResponse.objects.get()
    assert stored.name == "Egebjerg IF"
    assert stored.text == "Første linje\nAnden linje\tmed tab"


def test_a_bot_filling_the_honeypot_gets_the_thanks_but_nothing_is_stored(client, consultation):
    response = client.post(URL, answer(website="http://spam.example"))
    assert response.status_code == 303
    assert response["Location"] == f"{URL}?tak=1#svar"
    assert not ConsultationResponse.objects.exists()
    assert deliver_queued_mail() == []


def test_the_form_is_protected_against_cross_site_requests(consultation):

    assert Client(enforce_csrf_checks=True).post(URL, answer()).status_code == 403
    assert not ConsultationResponse.objects.exists()


# Publication after closing


@pytest.fixture
def responses(consultation):
    """Four responses in every state of moderation, each with its own email address."""
    return {
        "approved": ConsultationResponseFactory(
            consultation=consultation,
            name="Egebjerg Idrætsforening",
            email="formand@egebjerg-if.dk",
            text="Godt udkast.\n\nMen husk de unge.",
            status=ConsultationResponse.APPROVED,
        ),
        "approved_with_pdf": ConsultationResponseFactory(
            consultation=consultation,
            name="Fjordlund Roklub",
            email="bestyrelse@fjordlund.dk",
            status=ConsultationResponse.APPROVED,
            attachment_name="Roklubbens svar.pdf",
            attachment_data=PDF,
            attachment_size=len(PDF),
        ),
        "pending": ConsultationResponseFactory(
            consultation=consultation, name="Afventende Borger", email="afventer@example.dk"
        ),
        "rejected": ConsultationResponseFactory(
            consultation=consultation,
            name="Afvist Borger",
            email="afvist@example.dk",
            status=ConsultationResponse.REJECTED,
        ),
        # Approved by mistake in the database, but the sender never consented: never published.
        "no_consent": ConsultationResponseFactory(
            consultation=consultation,
            name="Anonym Nabo",
            email="nabo@example.dk",
            consent_to_publish=False,
            status=ConsultationResponse.APPROVED,
        ),
    }


def test_after_closing_the_approved_consented_responses_are_published_with_a_count_of_all(
    client, consultation, responses, clock
):
    clock.now = CLOSES_AT
    html = client.get(URL).content.decode()
    assert f'<p class="consultation-response-count" id="response-count">{received(5)}</p>' in html
    section = html[html.index('id="hoeringssvar"') :]
    assert "Egebjerg Idrætsforening" in section
    assert "<p>Godt udkast.</p>\n\n<p>Men husk de unge.</p>" in section
    assert "Fjordlund Roklub" in section
    for hidden in ["Afventende Borger", "Afvist Borger", "Anonym Nabo"]:
        assert hidden not in html
    # No sender's email address, anywhere in the page.
    for response in responses.values():
        assert response.email not in html
    assert not re.search(r"[\w.+-]+@(example\.dk|egebjerg-if\.dk|fjordlund\.dk)", html)


def test_before_closing_no_response_is_published_even_if_approved(client, consultation, responses, clock):
    for moment in [NOW, CLOSES_AT - SECOND]:
        clock.now = moment
        html = client.get(URL).content.decode()
        assert 'id="hoeringssvar"' not in html
        assert "Egebjerg Idrætsforening" not in html
        assert 'id="response-count"' not in html


def test_a_published_attachment_is_a_pdf_download(client, consultation, responses, clock):
    clock.now = CLOSES_AT
    html = client.get(URL).content.decode()
    url = f"{URL}svar/{responses['approved_with_pdf'].pk}/vedhaeftning/"
    assert f'href="{url}"' in html
    download = client.get(url)
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"] == 'attachment; filename="Roklubbens svar.pdf"'
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download.content == PDF


def test_an_attachment_is_public_only_once_closed_approved_and_consented(client, consultation, responses, clock):
    def attachment_of(response):
        return f"{URL}svar/{response.pk}/vedhaeftning/"

    with_pdf = responses["approved_with_pdf"]
    clock.now = CLOSES_AT - SECOND
    assert client.get(attachment_of(with_pdf)).status_code == 404  # still open

    clock.now = CLOSES_AT
    for key in ["pending", "rejected", "no_consent"]:
        response = responses[key]
        response.attachment_name, response.attachment_data = "hemmelig.pdf", PDF
        response.save()
        assert client.get(attachment_of(response)).status_code == 404
    assert client.get(attachment_of(responses["approved"])).status_code == 404  # has no attachment
    assert client.get(f"{URL}svar/999999/vedhaeftning/").status_code == 404

    other = ConsultationPageFactory(
        parent=consultation.get_parent(), slug="anden-hoering", opens_at=OPENS_AT, closes_at=CLOSES_AT
    )
    assert client.get(f"{other.url}svar/{with_pdf.pk}/vedhaeftning/").status_code == 404  # not its response
    assert client.get(attachment_of(with_pdf)).status_code == 200


def test_a_dangerous_file_name_becomes_a_safe_download_name(client, consultation, clock):
    client.post(URL, {**answer(), "attachment": pdf("Vores svar; til <kommunen>.PDF")})
    stored = ConsultationResponse.objects.get()
    assert stored.attachment_name == "Vores svar_ til _kommunen_.pdf"
    stored.status = ConsultationResponse.APPROVED
    stored.save()
    clock.now = CLOSES_AT
    download = client.get(f"{URL}svar/{stored.pk}/vedhaeftning/")
    assert download["Content-Disposition"] == 'attachment; filename="Vores svar_ til _kommunen_.pdf"'


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ('svar"; filename=evil.html; x=".pdf', "svar__ filename=evil.html_ x=_.pdf"),
        ("C:\\Dokumenter\\Høringssvar – Ærø.pdf", "Høringssvar – Ærø.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("svar\r\nX-Header: 1.pdf", "svarX-Header_ 1.pdf"),
        (".pdf", "bilag.pdf"),
        ("x" * 300 + ".pdf", "x" * 196 + ".pdf"),
    ],
)
def test_attachment_names_are_kept_readable_but_harmless(sent, kept):

    assert safe_attachment_name(sent) == kept


def test_the_page_costs_the_same_number_of_queries_with_few_or_many_responses(
    client, consultation, clock, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # what rendering costs (the page cache's own tests: tests/core/test_page_cache.py)
    clock.now = CLOSES_AT

    def queries_for_page():
        client.get(URL)  # the first request after a change builds the site frame again (home/frame.py)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL).status_code == 200
        return len(queries)

    ConsultationResponseFactory(consultation=consultation, status=ConsultationResponse.APPROVED)
    client.get(URL)  # warm the site and settings caches
    few = queries_for_page()
    for n in range(25):
        ConsultationResponseFactory(
            consultation=consultation,
            status=ConsultationResponse.APPROVED,
            attachment_name=f"svar-{n}.pdf",
            attachment_data=PDF,
            attachment_size=len(PDF),
        )
    many = queries_for_page()
    assert many == few
    with django_assert_max_num_queries(few):
        html = client.get(URL).content.decode()
    assert received(26) in html


def test_the_open_page_has_a_bounded_number_of_queries(client, consultation, django_assert_max_num_queries):
    """About twenty: the site frame (menu, breadcrumbs, languages, settings) and one for the policy."""
    client.get(URL)
    with django_assert_max_num_queries(24):
        assert client.get(URL).status_code == 200


def test_editors_can_preview_the_consultation_page(consultation, clock):
    """Wagtail's preview goes through the same route as a visitor, also once the consultation has closed."""
    assert consultation.make_preview_request().status_code == 200
    clock.now = CLOSES_AT
    html = consultation.make_preview_request().content.decode()
    assert 'id="consultation-closed"' in html


# When the database fails


def test_when_the_database_refuses_a_response_the_form_comes_back_filled_in_with_503(client, consultation):
    with DatabaseRefuses("INSERT") as database:
        response = client.post(URL, answer())
    assert database.refused
    assert response.status_code == 503
    page = soup_of(response)
    notice = page.find(id="response-notice")
    assert in_danish(str(DATABASE_FAILED_MESSAGE)) in text_of(notice)
    assert page.find("input", {"name": "name"})["value"] == "Egebjerg Idrætsforening"
    assert "Vi savner mere om de unge." in page.find("textarea", {"name": "text"}).get_text()
    assert not ConsultationResponse.objects.exists()
    assert deliver_queued_mail() == []

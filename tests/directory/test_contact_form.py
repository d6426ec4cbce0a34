"""A citizen writes to an association through its contact form, without seeing its addresses.

The message is stored, then emailed through the mail queue to the association's contact role
addresses with the citizen as Reply-To; the citizen lands back on the page with a thank-you
(Post/Redirect/Get). Whatever the citizen types, the answer is the form again with the errors
(status 400) and the text kept, or the thank-you; never an error page.
"""

import re

import pytest
from django.test import Client

from core.failures import DATABASE_FAILED_MESSAGE
from directory.factories import AssociationContactFactory, AssociationPageFactory, DirectoryIndexPageFactory
from directory.models import ContactMessage
from tests.helpers import DatabaseRefuses, field_errors, in_danish, soup_of, text_of
from tests.mail import deliver_queued_mail

# These stories follow each email through the production queue.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

URL = "/foreninger/fjordlund-roklub/"
ARABIC = "مرحبا، أود أن أتطوع معكم في عطلة نهاية الأسبوع"
EMOJI = "Vi glæder os 🚣‍♀️🌊 – ses på lørdag! 👍🏽"


@pytest.fixture
def club(home, portal_settings):
    directory = DirectoryIndexPageFactory(parent=home)
    club = AssociationPageFactory(
        parent=directory, title="Fjordlund Roklub", slug="fjordlund-roklub", contact_form_enabled=True
    )
    AssociationContactFactory(association=club, role="Formand", email="formand@fjordlund-roklub.dk")
    AssociationContactFactory(association=club, role="Sekretær", email="sekretaer@fjordlund-roklub.dk")
    AssociationContactFactory(association=club, role="Næstformand", email="formand@fjordlund-roklub.dk")
    return club


def message(**changes):
    data = {
        "name": "Maja Jensen",
        "email": "maja@example.dk",
        "phone": "+45 12 34 56 78",
        "message": "Hej!\nKan jeg komme og prøve at ro på lørdag?",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_citizen_sends_a_message_and_the_association_can_reply_directly(client, club):
    response = client.post(URL, message())
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?sendt=1#kontakt"

    stored = ContactMessage.objects.get()
    assert stored.association_id == club.pk
    assert stored.name == "Maja Jensen"
    assert stored.email == "maja@example.dk"
    assert stored.phone == "+45 12 34 56 78"
    assert stored.message == "Hej!\nKan jeg komme og prøve at ro på lørdag?"
    assert stored.forwarded_to == "formand@fjordlund-roklub.dk, sekretaer@fjordlund-roklub.dk"

    [email] = deliver_queued_mail()
    assert email.to == ["formand@fjordlund-roklub.dk", "sekretaer@fjordlund-roklub.dk"]
    assert email.reply_to == ["maja@example.dk"]
    assert "Maja Jensen" in email.subject
    assert "Kan jeg komme og prøve at ro på lørdag?" in email.body
    assert "+45 12 34 56 78" in email.body
    assert "/foreninger/fjordlund-roklub/" in email.body  # where the message came from


def test_after_sending_the_page_says_thank_you(client, club):
    response = client.post(URL, message(), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<div class="alert alert-success" role="status" id="contact-sent">' in html
    # The form is there again, empty, for another message.
    assert 'value="Maja Jensen"' not in html


def test_the_form_asks_for_name_email_optional_phone_message_and_consent(client, club):
    html = client.get(URL).content.decode()
    form = html[html.index('<form class="directory-contact-form"') : html.index("</form>", html.index("contact-form"))]
    assert 'method="post"' in form
    assert 'name="csrfmiddlewaretoken"' in form
    for field_id, kind in [("name", "text"), ("email", "email"), ("phone", "tel")]:
        assert f'<label class="form-label" for="contact-{field_id}">' in form
        assert re.search(rf'<input class="form-input[^"]*" type="{kind}" id="contact-{field_id}"', form)
    assert '<label class="form-label" for="contact-message">' in form
    assert '<textarea class="form-input" id="contact-message" name="message"' in form
    assert '<input type="checkbox" class="form-checkbox" id="contact-consent" name="consent"' in form
    assert '<label class="form-label" for="contact-consent">' in form
    # Phone is the only optional field.
    assert len(re.findall(r'id="contact-\w+"[^>]* required', form)) == 4
    assert 'id="contact-phone"' in form and not re.search(r'id="contact-phone"[^>]* required', form)
    # The honeypot is out of sight, out of the tab order, and hidden from screen readers.
    assert '<div class="directory-hp" aria-hidden="true">' in form
    assert re.search(r'id="contact-website" name="website" value="" tabindex="-1" autocomplete="off"', form)


def test_the_form_is_protected_against_cross_site_requests(club):
    client = Client(enforce_csrf_checks=True)
    assert client.post(URL, message()).status_code == 403
    assert not ContactMessage.objects.exists()


def test_an_empty_form_answers_400_with_a_summary_linking_to_each_field(client, club):
    response = client.post(URL, {})
    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>" in html and re.search(r"<title>[^<]+: Fjordlund Roklub", html)
    summary = html[html.index('data-module="error-summary"') : html.index("</ul>", html.index("error-summary"))]
    assert 'role="alert"' in html[html.index('<div class="alert alert-error directory-error-summary"') :][:200]
    assert re.findall(r'href="#contact-(\w+)"', summary) == ["name", "email", "message", "consent"]
    # Django's own messages are translated into Danish already.
    assert field_errors(response, "contact")["name"] == "Dette felt er påkrævet."
    assert set(field_errors(response, "contact")) == {"name", "email", "message", "consent"}
    for field_id in ["name", "email", "message", "consent"]:
        assert re.search(
            rf'id="contact-{field_id}"[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*contact-{field_id}-error',
            html,
        )
    assert not ContactMessage.objects.exists()
    assert deliver_queued_mail() == []


def test_the_summary_comes_before_the_content_and_the_page_still_shows_the_association(client, club):
    html = client.post(URL, {}).content.decode()
    assert html.index('<h1 id="association-heading">') < html.index("directory-error-summary")
    assert html.index("directory-error-summary") < html.index('id="practical-heading"')


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "N" * 121}, "name"),
        ({"message": "M" * 3001}, "message"),
        ({"phone": "1" * 21}, "phone"),
        ({"email": "maja@example"}, "email"),
        ({"email": "maja"}, "email"),
        ({"email": "maja@example.dk\nBcc: alle@example.dk"}, "email"),
        ({"phone": "ring til mig"}, "phone"),
        ({"name": "   "}, "name"),
        ({"message": "\x00\x07\x1b"}, "message"),  # nothing left once control characters are gone
        ({"consent": None}, "consent"),
    ],
)
def test_bad_input_is_refused_with_the_error_next_to_the_field(client, club, changes, field):
    response = client.post(URL, message(**changes))
    assert response.status_code == 400
    assert list(field_errors(response, "contact")) == [field]
    assert f'href="#contact-{field}"' in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_what_the_citizen_typed_is_kept_when_something_is_wrong(client, club):
    response = client.post(URL, message(email="maja@", phone="+45 11 22 33 44", message="Hej\nmed to linjer"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Maja Jensen"' in html
    assert 'value="maja@"' in html
    assert 'value="+45 11 22 33 44"' in html
    assert ">Hej\nmed to linjer</textarea>" in html
    assert re.search(r'id="contact-consent" name="consent" value="on" required checked', html)


def test_a_too_long_message_is_kept_so_the_citizen_can_shorten_it(client, club):
    long_text = "Lang besked. " * 240
    response = client.post(URL, message(message=long_text))
    assert response.status_code == 400
    assert f">{long_text}</textarea>" in response.content.decode()
    assert "3000" in field_errors(response, "contact")["message"]


def test_html_and_scripts_are_text_not_markup(client, club):
    evil = '<script>alert("hej")</script><b onmouseover="x()">fed</b>'
    response = client.post(URL, message(name=evil, email="ikke-en-adresse"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;hej&quot;)&lt;/script&gt;" in html

    assert client.post(URL, message(message=evil)).status_code == 302
    assert ContactMessage.objects.get().message == evil  # stored as typed; it is only ever shown as text
    [email] = deliver_queued_mail()
    assert evil in email.body
    assert email.content_subtype == "plain"


def test_emoji_and_arabic_arrive_exactly_as_written(client, club):
    response = client.post(URL, message(name="ليلى 🌟", message=f"{ARABIC}\n{EMOJI}"))
    assert response.status_code == 302
    stored = ContactMessage.objects.get()
    assert stored.name == "ليلى 🌟"
    assert stored.message == f"{ARABIC}\n{EMOJI}"
    [email] = deliver_queued_mail()
    assert ARABIC in email.body
    assert EMOJI in email.body
    assert "ليلى 🌟" in email.subject


def test_arabic_is_kept_when_the_form_comes_back_with_an_error(client, club):
    html = client.post(URL, message(name="ليلى", message=ARABIC, email="x")).content.decode()
    assert 'value="ليلى"' in html
    assert f">{ARABIC}</textarea>" in html


def test_control_characters_are_removed_but_line_breaks_kept(client, club):
    response = client.post(
        URL, message(name="Maja\x00 Jen\x1bsen\x07", message="Første linje\r\nAnden\x00 linje\x08\tmed tab")
    )
    assert response.status_code == 302
    stored = ContactMessage.objects.get()
    assert stored.name == "Maja Jensen"
    assert stored.message == "Første linje\nAnden linje\tmed tab"


def test_a_name_cannot_smuggle_lines_into_the_email_headers(client, club):
    assert client.post(URL, message(name="Maja\r\nBcc: alle@example.dk")).status_code == 302
    [email] = deliver_queued_mail()
    assert email.bcc == []
    assert "\n" not in email.subject
    assert ContactMessage.objects.get().name == "MajaBcc: alle@example.dk"


def test_a_bot_filling_the_honeypot_gets_the_thanks_but_nothing_is_sent(client, club):
    response = client.post(URL, message(website="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?sendt=1#kontakt"
    assert not ContactMessage.objects.exists()
    assert deliver_queued_mail() == []


def test_a_bot_is_not_told_about_its_errors_either(client, club):
    response = client.post(URL, {"website": "http://spam.example"})
    assert response.status_code == 302
    assert not ContactMessage.objects.exists()


def test_without_contacts_the_message_goes_to_the_kommunes_contact_point(client, club):
    club.contacts.all().delete()
    assert client.post(URL, message()).status_code == 302
    assert ContactMessage.objects.get().forwarded_to == "frivillig@testrup.dk"
    [email] = deliver_queued_mail()
    assert email.to == ["frivillig@testrup.dk"]


def test_an_association_without_the_form_does_not_take_posts(client, club):
    club.contact_form_enabled = False
    club.save()
    response = client.post(URL, message())
    assert response.status_code == 405
    assert not ContactMessage.objects.exists()
    html = client.get(URL).content.decode()
    assert "directory-contact-form" not in html
    assert 'href="mailto:formand@fjordlund-roklub.dk"' in html


# When the database fails


def test_when_the_database_refuses_the_message_the_form_comes_back_filled_in_with_503(client, club):
    with DatabaseRefuses("INSERT") as database:
        response = client.post(URL, message(message="Kan jeg komme og ro på lørdag?"))
    assert database.refused
    assert response.status_code == 503
    page = soup_of(response)
    notice = page.find(id="contact-notice")
    assert notice["role"] == "alert"
    assert in_danish(str(DATABASE_FAILED_MESSAGE)) in text_of(notice)
    assert "prøv igen" in text_of(notice).lower()
    assert page.find("input", {"name": "name"})["value"] == "Maja Jensen"
    assert page.find("textarea", {"name": "message"}).get_text().strip() == "Kan jeg komme og ro på lørdag?"
    assert not ContactMessage.objects.exists()
    assert deliver_queued_mail() == []


def test_a_message_whose_email_cannot_be_queued_is_not_half_stored(client, club):
    # The message row is written, then the database fails on the email to the association: without one
    # transaction around both, the association would hold a message nobody was told about.
    with DatabaseRefuses("INSERT", into="mailer_message") as database:
        response = client.post(URL, message())
    assert database.refused == 1
    assert response.status_code == 503
    assert not ContactMessage.objects.exists()
    # Sent again a moment later, it goes through.
    assert client.post(URL, message()).status_code == 302
    assert ContactMessage.objects.count() == 1

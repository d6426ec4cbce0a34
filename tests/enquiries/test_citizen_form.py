"""A citizen says "Jeg vil gerne hjælpe" on a task or an association, and nothing they send is lost.

The enquiry is stored, the association gets it by email (a reply goes straight to the citizen), the
citizen gets a receipt by email and a receipt page that says what happens next. Whatever goes wrong
(a typo, too many sendings, the database) the citizen gets the form back as they filled it in.
"""

import re

import pytest
from django.db import OperationalError
from django.test import Client
from wagtail.models import Locale, PageViewRestriction

from directory.factories import KommuneUnitPageFactory, VolunteerTaskPageFactory
from directory.models import VolunteerTaskPage
from enquiries.models import Enquiry
from tests.helpers import days_ago, field_errors, in_danish, soup_of, text_of
from tests.mail import deliver_queued_mail

from .conftest import enquiry_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]


def form_url(page):
    return f"/jeg-vil-hjaelpe/{page.pk}/"


def receipt_url(page):
    return f"/jeg-vil-hjaelpe/{page.pk}/tak/"


# The whole story ---------------------------------------------------------------------------------------------------


def test_a_citizen_offers_to_help_with_a_task_and_the_association_can_answer_directly(client, club, task):
    # On the task's page, a clear button leads to the form.
    task_page = soup_of(client.get(task.url))
    button = task_page.select_one("a#enquiry-button")
    assert button["href"] == form_url(task)
    assert text_of(button) == "Jeg vil gerne hjælpe"

    # The form names the task and the association.
    form_page = soup_of(client.get(form_url(task)))
    assert text_of(form_page.select_one("#enquiry-about")) == (
        "Du melder dig til: Hjælper til kaproningen hos Fjordlund Roklub"
    )
    consent = text_of(form_page.select_one("label[for=enquiry-consent]"))
    assert "Fjordlund Roklub" in consent and "90 dage" in consent

    response = client.post(form_url(task), enquiry_data())
    assert response.status_code == 302
    assert response["Location"] == receipt_url(task)

    enquiry = Enquiry.objects.get()
    assert (enquiry.page_id, enquiry.page_title) == (task.pk, "Hjælper til kaproningen")
    assert (enquiry.organiser_id, enquiry.organiser_title) == (club.pk, "Fjordlund Roklub")
    assert (enquiry.name, enquiry.email, enquiry.phone) == ("Maja Jensen", "maja@example.dk", "+45 12 34 56 78")
    assert enquiry.message == "Hej!\nJeg kan hjælpe lørdag formiddag."
    assert enquiry.status == Enquiry.NEW
    assert enquiry.consent_at is not None
    assert enquiry.recipients == "formand@fjordlund-roklub.dk, sekretaer@fjordlund-roklub.dk"

    to_club, receipt = deliver_queued_mail()
    assert to_club.to == ["formand@fjordlund-roklub.dk", "sekretaer@fjordlund-roklub.dk"]
    assert to_club.reply_to == ["maja@example.dk"]
    assert to_club.subject == "Maja Jensen vil gerne hjælpe: Hjælper til kaproningen"
    assert "Hjælper til kaproningen" in to_club.body
    assert "Jeg kan hjælpe lørdag formiddag." in to_club.body
    assert "+45 12 34 56 78" in to_club.body
    assert f"/admin/enquiries/edit/{enquiry.pk}/" in to_club.body  # where they mark it answered

    assert receipt.to == ["maja@example.dk"]
    assert "Hjælper til kaproningen" in receipt.subject
    assert "Fjordlund Roklub" in receipt.body
    assert "fjordlund-roklub.dk" not in receipt.body  # never the association's addresses
    assert "/foreninger/fjordlund-roklub/kaproning/" in receipt.body

    # The receipt page says what happens next, and shows none of the association's addresses.
    page = client.get(receipt_url(task))
    assert page.status_code == 200
    html = page.content.decode()
    assert "fjordlund-roklub.dk" not in html
    sent = text_of(soup_of(page).select_one("#enquiry-sent"))
    assert "Tak, Maja" in sent
    assert "Hjælper til kaproningen" in sent and "Fjordlund Roklub" in sent
    assert "14 dage" in text_of(soup_of(page).select_one(".enquiry-next"))


def test_an_association_page_takes_offers_of_help_too(client, club):
    button = soup_of(client.get(club.url)).select_one("a#enquiry-button")
    assert button["href"] == form_url(club)
    about = text_of(soup_of(client.get(form_url(club))).select_one("#enquiry-about"))
    assert about == "Du tilbyder at hjælpe Fjordlund Roklub"
    assert client.post(form_url(club), enquiry_data()).status_code == 302
    enquiry = Enquiry.objects.get()
    assert enquiry.page_id == enquiry.organiser_id == club.pk
    to_club, _receipt = deliver_queued_mail()
    assert to_club.reply_to == ["maja@example.dk"]


def test_a_kommune_units_project_and_the_unit_itself_take_offers_of_help_to_the_units_own_contact(client, club):
    library = KommuneUnitPageFactory(
        parent=club.get_parent(), title="Fjordlund Bibliotek", contact_email="frivillig@bibliotek.fjordlund.dk"
    )
    reading = VolunteerTaskPageFactory(parent=library, title="Højtlæsning for børn", slug="hoejtlaesning")
    for page in (reading, library):
        button = soup_of(client.get(page.url)).select_one("a#enquiry-button")
        assert button["href"] == form_url(page)
        assert client.post(form_url(page), enquiry_data()).status_code == 302
    assert {(e.page_id, e.organiser_id) for e in Enquiry.objects.all()} == {
        (reading.pk, library.pk),
        (library.pk, library.pk),
    }
    to_library = [message for message in deliver_queued_mail() if message.reply_to == ["maja@example.dk"]]
    assert [message.to for message in to_library] == [["frivillig@bibliotek.fjordlund.dk"]] * 2
    assert "Højtlæsning for børn" in to_library[0].subject


def test_a_phone_number_is_enough_and_then_no_receipt_email_is_sent(client, club, task):
    response = client.post(form_url(task), enquiry_data(email=""))
    assert response.status_code == 302
    [to_club] = deliver_queued_mail()
    assert to_club.reply_to == []
    assert "+45 12 34 56 78" in to_club.body
    receipt = text_of(soup_of(client.get(receipt_url(task))))
    assert "kvittering" not in receipt


def test_an_association_without_addresses_gets_the_enquiry_through_the_kommune(client, club, task):
    club.contacts.all().delete()
    assert client.post(form_url(task), enquiry_data()).status_code == 302
    assert Enquiry.objects.get().recipients == "frivillig@testrup.dk"
    to_kommune, _receipt = deliver_queued_mail()
    assert to_kommune.to == ["frivillig@testrup.dk"]


# Mistakes, spam and failures -----------------------------------------------------------------------------------------


def test_without_email_or_phone_the_form_asks_for_one_and_keeps_what_was_typed(client, task):
    response = client.post(form_url(task), enquiry_data(email="", phone=""))
    assert response.status_code == 400
    assert field_errors(response, "enquiry") == {
        "email": in_danish("Give an email address or a phone number, so they can answer you.")
    }
    html = response.content.decode()
    assert 'value="Maja Jensen"' in html
    assert "Jeg kan hjælpe lørdag formiddag." in html
    assert re.search(r"<title>Fejl: ", html)
    assert not Enquiry.objects.exists()
    assert deliver_queued_mail() == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "N" * 121}, "name"),
        ({"email": "maja@example"}, "email"),
        ({"email": "maja@example.dk\nBcc: alle@example.dk"}, "email"),
        ({"phone": "ring til mig"}, "phone"),
        ({"message": "M" * 1001}, "message"),
        ({"consent": None}, "consent"),
    ],
)
def test_bad_input_is_refused_next_to_the_field_with_the_rest_kept(client, task, changes, field):
    response = client.post(form_url(task), enquiry_data(**changes))
    assert response.status_code == 400
    assert field in field_errors(response, "enquiry")
    summary = soup_of(response).select_one(".enquiry-error-summary")
    assert summary.select_one(f"a[href='#enquiry-{field}']")
    if field != "name":
        assert 'value="Maja Jensen"' in response.content.decode()
    assert not Enquiry.objects.exists()


def test_a_bot_that_fills_in_the_honeypot_is_thanked_and_nothing_is_kept(client, task):
    response = client.post(form_url(task), enquiry_data(website="https://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == receipt_url(task)
    assert client.get(receipt_url(task)).status_code == 200
    assert not Enquiry.objects.exists()
    assert deliver_queued_mail() == []


def test_the_eleventh_sending_in_an_hour_is_refused_with_the_form_filled_in(client, club, task):
    for number in range(10):  # ten people at one library computer (one address each, five a day per address)
        assert client.post(form_url(task), enquiry_data(email=f"person{number}@example.dk")).status_code == 302
    response = client.post(form_url(task), enquiry_data(name="Ellevte Person"))
    assert response.status_code == 429
    assert 'value="Ellevte Person"' in response.content.decode()
    notice = text_of(soup_of(response).select_one("#enquiry-notice"))
    assert (
        in_danish(
            "You have sent this form many times in a short while. Wait a little and send it again: "
            "what you wrote is still in the form."
        )
        in notice
    )
    assert Enquiry.objects.count() == 10
    # Another address is not affected.
    other = Client(REMOTE_ADDR="10.0.0.7")
    assert other.post(form_url(task), enquiry_data()).status_code == 302


def test_when_the_database_fails_the_form_comes_back_filled_in_and_nothing_is_half_stored(client, task, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("could not write: disk full")

    monkeypatch.setattr(Enquiry, "save", refuse)
    response = client.post(form_url(task), enquiry_data())
    assert response.status_code == 503
    html = response.content.decode()
    assert 'value="Maja Jensen"' in html and "Jeg kan hjælpe lørdag formiddag." in html
    assert "prøv igen" in text_of(soup_of(response).select_one("#enquiry-notice")).lower()
    monkeypatch.undo()
    assert not Enquiry.objects.exists()
    assert deliver_queued_mail() == []


def test_the_form_is_protected_against_cross_site_requests(task):
    client = Client(enforce_csrf_checks=True)
    assert client.post(form_url(task), enquiry_data()).status_code == 403
    assert not Enquiry.objects.exists()


# Pages that take no offers -------------------------------------------------------------------------------------------


def test_a_filled_task_says_so_and_shows_other_ways_in(client, club, task):
    other = VolunteerTaskPageFactory(parent=club, title="Bådvask", slug="baadvask")
    task.status = VolunteerTaskPage.FILLED
    task.save_revision().publish()
    assert not soup_of(client.get(task.url)).select_one("a#enquiry-button")
    response = client.get(form_url(task))
    assert response.status_code == 410
    page = soup_of(response)
    assert "har fundet de frivillige" in text_of(page.select_one("#enquiry-closed"))
    links = {a["href"] for a in page.select("main a")}
    assert {other.url, club.url, "/bliv-frivillig/"} <= links
    assert "frivillig@testrup.dk" in response.content.decode()  # the kommune's contact point
    assert client.post(form_url(task), enquiry_data()).status_code == 410
    assert not Enquiry.objects.exists()


def test_a_task_past_its_deadline_takes_no_offers(client, task):
    task.deadline = days_ago(1)
    task.save_revision().publish()
    response = client.get(form_url(task))
    assert response.status_code == 410
    assert "fristen" in text_of(soup_of(response).select_one("#enquiry-closed")).lower()


def test_unpublished_private_and_unknown_pages_are_not_found(client, home, club, task):
    private = VolunteerTaskPageFactory(parent=club, title="Intern opgave", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = VolunteerTaskPageFactory(parent=club, title="Kladde", slug="kladde", live=False)
    for page_id in (private.pk, draft.pk, home.pk, 987654):
        assert client.get(f"/jeg-vil-hjaelpe/{page_id}/").status_code == 404
        assert client.post(f"/jeg-vil-hjaelpe/{page_id}/", enquiry_data()).status_code == 404
    assert client.get("/jeg-vil-hjaelpe/abc/").status_code == 404
    assert not Enquiry.objects.exists()


def test_the_receipt_shows_nothing_to_another_browser(client, task):
    client.post(form_url(task), enquiry_data())
    stranger = Client()
    response = stranger.get(receipt_url(task))
    assert response.status_code == 302
    assert response["Location"] == form_url(task)


# Query counts --------------------------------------------------------------------------------------------------------


def test_the_form_and_the_receipt_take_a_bounded_number_of_queries(client, task, django_assert_max_num_queries):
    client.get(form_url(task))  # caches that live for the process (site root paths, content types)
    with django_assert_max_num_queries(17):
        assert client.get(form_url(task)).status_code == 200
    # 22: the sending's own queries, and the SAVEPOINT/RELEASE of the transaction that keeps nothing half stored.
    with django_assert_max_num_queries(22):
        assert client.post(form_url(task), enquiry_data()).status_code == 302
    with django_assert_max_num_queries(12):
        assert client.get(receipt_url(task)).status_code == 200


def test_an_offer_made_on_the_english_copy_goes_to_the_danish_association(client, club, task):
    english = Locale.objects.get(language_code="en")
    task_en = task.copy_for_translation(english, copy_parents=True)
    task_en.title = "Helper at the regatta"
    task_en.save_revision().publish()
    response = client.post(f"/en/jeg-vil-hjaelpe/{task_en.pk}/", enquiry_data())
    assert response.status_code == 302
    assert response["Location"] == f"/en/jeg-vil-hjaelpe/{task_en.pk}/tak/"
    enquiry = Enquiry.objects.get()
    assert enquiry.page_id == task_en.pk and enquiry.page_title == "Helper at the regatta"
    assert enquiry.organiser_id == club.pk  # where the representatives and the contacts are
    assert enquiry.recipients == "formand@fjordlund-roklub.dk, sekretaer@fjordlund-roklub.dk"


def test_the_receipt_echoes_nothing_the_citizen_typed(client, task):
    """Anyone can type anyone's address into the form: the receipt says an enquiry was passed on, with its number."""
    client.post(form_url(task), enquiry_data(name="Køb piller", message="https://spam.example/ klik nu"))
    enquiry = Enquiry.objects.get()
    receipt = next(email for email in deliver_queued_mail() if email.to == ["maja@example.dk"])
    assert "spam.example" not in receipt.body and "Køb piller" not in receipt.body
    assert f"nummer {enquiry.pk}" in receipt.body

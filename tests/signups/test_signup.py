"""A citizen signs up for an event: a seat while there are seats, then the waiting list, in order.

Each gets a confirmation by email with the event, a cancel link that needs no account and how long
the data is kept; the organiser is told who signed up and how to reach them. Whatever goes wrong
(a typo, too many sendings, the database, the event closing) the citizen gets a clear page, and
the form back as they filled it in.
"""

import re

import pytest
from django.db import OperationalError
from django.test import Client

from portal_events.factories import in_days
from signups.models import Signup, SignupFields
from signups.seats import hash_token
from tests.helpers import field_errors, soup_of, text_of
from tests.mail import deliver_queued_mail, new_mail

from .conftest import form_event, form_url, receipt_url, signup_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]


def cancel_token_in(message):
    match = re.search(r"/tilmelding/afmeld/([A-Za-z0-9_-]+)/", message.body)
    assert match, message.body
    return match.group(1)


def sign_up(client, event, **changes):
    return client.post(form_url(event), signup_data(**changes))


def test_a_citizen_signs_up_and_gets_a_seat_a_confirmation_and_a_cancel_link(client, event):
    form_page = client.get(form_url(event))
    assert form_page.status_code == 200
    assert text_of(soup_of(form_page).select_one("#signup-seats")) == "2 pladser tilbage."
    consent = text_of(soup_of(form_page).select_one("label[for=signup-consent]"))
    assert "Fjordlund Roklub" in consent and "30 dage" in consent

    response = sign_up(client, event)
    assert response.status_code == 302
    assert response["Location"] == receipt_url(event)

    signup = Signup.objects.get()
    assert (signup.page_id, signup.name, signup.email, signup.phone) == (
        event.pk,
        "Maja Jensen",
        "maja@example.dk",
        "+45 12 34 56 78",
    )
    assert signup.status == Signup.CONFIRMED
    assert signup.note == "Jeg bruger kørestol."
    assert signup.consent_at is not None

    confirmation, to_club = deliver_queued_mail()
    assert confirmation.to == ["maja@example.dk"]
    assert confirmation.subject == "Du er tilmeldt: Prøv roning"
    assert "Roklubbens bådehus, Havnevej 4, 4790 Fjordlund" in confirmation.body
    assert "30 dage efter arrangementet" in confirmation.body
    assert "kørestol" not in confirmation.body  # nothing typed is echoed to an unconfirmed address
    token = cancel_token_in(confirmation)
    assert signup.token_hash == hash_token(token) and token not in signup.token_hash  # only the hash is kept

    assert to_club.to == ["formand@fjordlund-roklub.dk"]
    assert to_club.reply_to == ["maja@example.dk"]
    assert to_club.subject == "Maja Jensen har tilmeldt sig: Prøv roning"
    assert "maja@example.dk" in to_club.body and "+45 12 34 56 78" in to_club.body
    assert "kørestol" not in to_club.body  # the note stays in the participant list, behind a login
    assert f"/admin/signups/{event.pk}/" in to_club.body

    receipt = client.get(receipt_url(event))
    assert receipt.status_code == 200
    sent = text_of(soup_of(receipt).select_one("#signup-sent"))
    assert "Du er tilmeldt" in sent and "Prøv roning" in sent
    assert "Maja" not in receipt.content.decode()  # built from the session, never echoing the text


def test_when_the_seats_are_taken_people_join_the_waiting_list_in_order(client, event):
    for name in ["Anna", "Bo", "Carl", "Dorte", "Emil"]:
        response = Client().post(form_url(event), signup_data(name=name, email=f"{name.lower()}@example.dk"))
        assert response.status_code == 302, name
    statuses = list(Signup.objects.order_by("created_at", "pk").values_list("name", "status"))
    assert statuses == [
        ("Anna", Signup.CONFIRMED),
        ("Bo", Signup.CONFIRMED),
        ("Carl", Signup.WAITING),
        ("Dorte", Signup.WAITING),
        ("Emil", Signup.WAITING),
    ]
    assert [s.waiting_number() for s in Signup.objects.waiting()] == [1, 2, 3]

    emil = Client()
    assert emil.get(form_url(event)).status_code == 200
    page = soup_of(emil.get(form_url(event)))
    assert "venteliste" in text_of(page.select_one("#signup-seats"))
    assert "venteliste" in text_of(page.select_one("form.signup-form button")).lower()

    frida = Client()
    frida.post(form_url(event), signup_data(name="Frida", email="frida@example.dk"))
    sent = text_of(soup_of(frida.get(receipt_url(event))).select_one("#signup-sent"))
    assert "ventelisten som nummer 4" in sent

    waiting_mail = [m for m in deliver_queued_mail() if m.to == ["frida@example.dk"]][0]
    assert waiting_mail.subject == "Du er på venteliste: Prøv roning"
    assert "nummer 4" in waiting_mail.body
    assert "/tilmelding/afmeld/" in waiting_mail.body


def test_the_same_address_takes_no_second_seat_and_gets_a_new_cancel_link(client, event):
    sign_up(client, event)
    first_token = cancel_token_in(new_mail()[0])
    response = sign_up(Client(), event, name="Maja J.")
    assert response.status_code == 302
    assert Signup.objects.count() == 1
    (again,) = new_mail()  # the organiser is not told twice
    assert "allerede tilmeldt" in again.body
    second_token = cancel_token_in(again)
    assert second_token != first_token
    assert Signup.objects.get().token_hash == hash_token(second_token)


def test_an_event_without_a_limit_takes_everyone(client, club):
    event = form_event(club, slug="foredrag", signup_capacity=None)
    for n in range(4):
        assert Client().post(form_url(event), signup_data(email=f"p{n}@example.dk")).status_code == 302
    assert set(Signup.objects.values_list("status", flat=True)) == {Signup.CONFIRMED}


# Closed ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields, reason",
    [
        ({"signup_capacity": 1, "signup_waiting_list": False}, "Alle pladser er taget, og der er ingen venteliste."),
        ({"is_cancelled": True}, "Arrangementet er aflyst"),
        ({"dates": [(in_days(-3, 10), in_days(-3, 12))]}, "Arrangementet er begyndt eller forbi"),
        ({"signup_deadline": in_days(-1, 12)}, "Fristen for tilmelding er overskredet."),
        ({"signup_method": SignupFields.LINK, "signup_url": "https://example.dk/tilmeld"}, "tager ikke imod"),
        ({"signup_method": SignupFields.NONE}, "tager ikke imod"),
    ],
)
def test_a_closed_sign_up_says_why_with_410_and_a_link_back(client, club, fields, reason):
    event = form_event(club, **fields)
    if fields.get("signup_capacity") == 1:
        Client().post(form_url(event), signup_data(email="first@example.dk"))
    before = Signup.objects.count()
    for response in (client.get(form_url(event)), client.post(form_url(event), signup_data())):
        assert response.status_code == 410
        page = soup_of(response)
        assert reason in text_of(page.select_one("#signup-closed")).replace("\xa0", " ")
        assert page.select_one(f'a[href="{event.url}"]') is not None
    assert Signup.objects.count() == before


def test_the_last_seat_taken_while_the_form_was_open_gives_a_clear_page_not_an_error(client, club):
    event = form_event(club, signup_capacity=1, signup_waiting_list=False)
    form = client.get(form_url(event))
    assert form.status_code == 200
    assert Client().post(form_url(event), signup_data(email="quick@example.dk")).status_code == 302
    late = client.post(form_url(event), signup_data())
    assert late.status_code == 410
    assert Signup.objects.count() == 1


def test_pages_that_are_not_events_or_not_published_are_404(client, club, event):
    assert client.get(form_url(club)).status_code == 404
    assert client.get("/tilmelding/999999999/").status_code == 404
    event.unpublish()
    assert client.get(form_url(event)).status_code == 404


# Bad input, limits, failures --------------------------------------------------------------------------------------


def test_bad_input_is_400_with_everything_kept(client, event):
    response = sign_up(client, event, name="", email="maja@", phone="ring til mig", consent=None)
    assert response.status_code == 400
    errors = field_errors(response, "signup")
    assert set(errors) == {"name", "email", "phone", "consent"}
    page = soup_of(response)
    assert page.select_one("#signup-email")["value"] == "maja@"
    assert page.select_one("#signup-phone")["value"] == "ring til mig"
    assert page.select_one("#signup-note").get_text() == "Jeg bruger kørestol."
    assert page.select_one(".signup-error-summary") is not None
    assert Signup.objects.count() == 0


def test_a_form_sent_faster_than_a_person_types_comes_back_filled_in(client, event):
    response = sign_up(client, event, form_started="")
    assert response.status_code == 400
    assert soup_of(response).select_one("#signup-name")["value"] == "Maja Jensen"
    assert Signup.objects.count() == 0


def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_kept(client, event):
    response = sign_up(client, event, website="http://spam.example")
    assert response.status_code == 302
    assert Signup.objects.count() == 0
    assert deliver_queued_mail() == []


def test_too_many_sendings_from_one_address_get_429_with_the_form_filled_in(client, event, settings):
    settings.RATELIMIT_FORM_PER_IP = "2/h"
    sign_up(client, event, email="a@example.dk")
    sign_up(client, event, email="b@example.dk")
    response = sign_up(client, event, email="c@example.dk", name="Carl Hansen")
    assert response.status_code == 429
    assert soup_of(response).select_one("#signup-name")["value"] == "Carl Hansen"
    assert Signup.objects.count() == 2


def test_one_email_typed_from_many_machines_is_limited_too(event, settings):
    settings.RATELIMIT_FORM_PER_ADDRESS = "2/h"
    answers = [
        Client(REMOTE_ADDR=f"10.0.0.{n}").post(form_url(event), signup_data(email="target@example.dk")).status_code
        for n in range(3)
    ]
    assert answers == [302, 302, 429]


def test_a_database_failure_is_503_with_the_form_filled_in_and_nothing_half_stored(client, event, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("the database is restarting")

    monkeypatch.setattr(Signup.objects, "create", refuse)
    response = sign_up(client, event)
    assert response.status_code == 503
    assert soup_of(response).select_one("#signup-name")["value"] == "Maja Jensen"
    assert "ikke tilmeldt endnu" in text_of(soup_of(response).select_one("#signup-notice"))
    assert deliver_queued_mail() == []


def test_the_receipt_without_a_sending_leads_to_the_form(client, event):
    response = client.get(receipt_url(event))
    assert response.status_code == 302 and response["Location"] == form_url(event)


def test_the_english_address_signs_up_for_the_same_event(client, event):
    form_page = client.get(f"/en/tilmelding/{event.pk}/")
    assert form_page.status_code == 200
    assert "seats left" in text_of(soup_of(form_page).select_one("#signup-seats"))
    response = client.post(f"/en/tilmelding/{event.pk}/", signup_data())
    assert response.status_code == 302 and response["Location"] == f"/en/tilmelding/{event.pk}/tak/"
    assert Signup.objects.get().page_id == event.pk
    confirmation = [m for m in deliver_queued_mail() if m.to == ["maja@example.dk"]][0]
    assert confirmation.subject == "Du er tilmeldt: Prøv roning"  # emails are in the portal's language

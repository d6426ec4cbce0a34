"""The cancel link in the emails works without an account, once; a seat given back goes to the first waiting.

A wrong, malformed, replaced or already used link gets a clear page in the portal's frame (404 or
410), never an error; a mail scanner that opens the link (GET) cancels nothing.
"""

import pytest
import time_machine
from django.test import Client

from portal_events.factories import in_days
from signups.models import Signup
from tests.helpers import publish, soup_of, text_of
from tests.mail import deliver_queued_mail, new_mail

from .conftest import cancel_url, form_event, form_url, make_signup, signup_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]


def result_text(response):
    return text_of(soup_of(response).select_one("#cancel-result"))


def test_cancelling_gives_the_seat_to_the_first_on_the_waiting_list_who_gets_an_email(client, event):
    maja, token = make_signup(event, "Maja Jensen", "maja@example.dk")
    make_signup(event, "Bo Berg", "bo@example.dk")
    carl, _ = make_signup(event, "Carl Holm", "carl@example.dk", status=Signup.WAITING)
    dorte, _ = make_signup(event, "Dorte Lund", "dorte@example.dk", status=Signup.WAITING)

    # Opening the link asks first: nothing is cancelled by a GET (mail scanners follow links).
    page = client.get(cancel_url(token))
    assert page.status_code == 200
    assert page["Referrer-Policy"] == "same-origin" and page["Cache-Control"] == "no-store"
    assert "Du har en plads til Prøv roning." in text_of(soup_of(page).select_one("#cancel-about"))
    assert soup_of(page).select_one("#cancel-button") is not None
    assert Signup.objects.get(pk=maja.pk).status == Signup.CONFIRMED

    done = client.post(cancel_url(token))
    assert done.status_code == 200
    assert "Du er meldt fra" in result_text(done)

    maja.refresh_from_db(), carl.refresh_from_db(), dorte.refresh_from_db()
    assert maja.status == Signup.CANCELLED and maja.cancelled_at is not None
    assert carl.status == Signup.CONFIRMED and carl.promoted_at is not None
    assert dorte.status == Signup.WAITING and dorte.waiting_number() == 1

    mail = {tuple(message.to): message for message in deliver_queued_mail()}
    assert mail[("carl@example.dk",)].subject == "Du har fået en plads: Prøv roning"
    assert mail[("maja@example.dk",)].subject == "Du er afmeldt: Prøv roning"
    to_club = mail[("formand@fjordlund-roklub.dk",)]
    assert to_club.subject == "Maja Jensen har meldt afbud: Prøv roning"
    assert "Carl Holm (carl@example.dk) er rykket op fra ventelisten" in to_club.body
    assert ("dorte@example.dk",) not in mail


def test_a_used_link_says_so_with_410_and_gives_no_second_seat_away(client, event):
    _maja, token = make_signup(event)
    make_signup(event, "Bo Berg", "bo@example.dk")
    carl, _ = make_signup(event, "Carl Holm", "carl@example.dk", status=Signup.WAITING)
    dorte, _ = make_signup(event, "Dorte Lund", "dorte@example.dk", status=Signup.WAITING)
    assert client.post(cancel_url(token)).status_code == 200
    new_mail()
    for again in (client.get(cancel_url(token)), client.post(cancel_url(token)), Client().post(cancel_url(token))):
        assert again.status_code == 410
        assert "allerede afmeldt" in result_text(again)
    assert Signup.objects.get(pk=carl.pk).status == Signup.CONFIRMED
    assert Signup.objects.get(pk=dorte.pk).status == Signup.WAITING
    assert new_mail() == []


@pytest.mark.parametrize(
    "token",
    [
        "x",
        "ikke-en-rigtig-noegle",
        "A" * 43,
        "A" * 5000,
        "%00",
        "..%2F..%2Fetc%2Fpasswd",
        "%F0%9F%98%80",
        "'%3B DROP TABLE signups_signup%3B--",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ],
)
def test_a_wrong_or_malformed_link_gets_a_clear_404_never_an_error(client, event, token):
    make_signup(event)
    for response in (client.get(f"/tilmelding/afmeld/{token}/"), client.post(f"/tilmelding/afmeld/{token}/")):
        assert response.status_code == 404
        assert "Vi kan ikke finde en tilmelding til dette link" in result_text(response)
    assert Signup.objects.get().status == Signup.CONFIRMED


def test_a_link_replaced_by_a_newer_confirmation_no_longer_works(client, event):
    client.post(form_url(event), signup_data())
    (first,) = [m for m in new_mail() if m.to == ["maja@example.dk"]]
    Client().post(form_url(event), signup_data())
    (second,) = new_mail()
    old = first.body.split("/tilmelding/afmeld/")[1].split("/")[0]
    new = second.body.split("/tilmelding/afmeld/")[1].split("/")[0]
    assert client.get(cancel_url(old)).status_code == 404
    assert client.get(cancel_url(new)).status_code == 200


def test_after_the_event_has_begun_there_is_nothing_to_give_back(client, club):
    event = form_event(club, dates=[(in_days(1, 10), in_days(1, 12))])
    _maja, token = make_signup(event)
    with time_machine.travel(in_days(1, 11)):
        response = client.post(cancel_url(token))
    assert response.status_code == 410
    assert "er begyndt eller forbi" in result_text(response)
    assert Signup.objects.get().status == Signup.CONFIRMED


def test_nobody_moves_up_when_a_seat_frees_up_on_a_cancelled_event(client, club):
    event = form_event(club, is_cancelled=True)
    _maja, token = make_signup(event)
    carl, _ = make_signup(event, "Carl Holm", "carl@example.dk", status=Signup.WAITING)
    assert client.post(cancel_url(token)).status_code == 200
    assert Signup.objects.get(pk=carl.pk).status == Signup.WAITING


def test_more_seats_published_move_people_up_from_the_waiting_list(event):
    make_signup(event, "Anna", "anna@example.dk")
    make_signup(event, "Bo", "bo@example.dk")
    carl, _ = make_signup(event, "Carl", "carl@example.dk", status=Signup.WAITING)
    dorte, _ = make_signup(event, "Dorte", "dorte@example.dk", status=Signup.WAITING)
    event.signup_capacity = 3
    publish(event)
    assert Signup.objects.get(pk=carl.pk).status == Signup.CONFIRMED
    assert Signup.objects.get(pk=dorte.pk).status == Signup.WAITING
    assert [m.to for m in deliver_queued_mail()] == [["carl@example.dk"]]


def test_when_the_organiser_cancels_the_event_everyone_signed_up_or_waiting_is_told_once(event):
    make_signup(event, "Anna", "anna@example.dk")
    make_signup(event, "Bo", "bo@example.dk", status=Signup.CANCELLED)
    make_signup(event, "Carl", "carl@example.dk", status=Signup.WAITING)
    event.is_cancelled = True
    event.cancellation_note = "Aflyst på grund af storm."
    publish(event)
    told = deliver_queued_mail()
    assert sorted(message.to[0] for message in told) == ["anna@example.dk", "carl@example.dk"]
    assert told[0].subject == "Aflyst: Prøv roning"
    assert "Aflyst på grund af storm." in told[0].body
    assert set(Signup.objects.values_list("status", flat=True)) == {Signup.CONFIRMED, Signup.CANCELLED, Signup.WAITING}
    publish(event)
    assert new_mail() == []

"""The event page says how signing up stands, and the sign-up pages cost a fixed number of queries."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from signups.models import Signup, SignupFields
from tests.helpers import queries_for, soup_of, text_of

from .conftest import form_event, form_url, make_signup, receipt_url, signup_data

pytestmark = pytest.mark.django_db


def state_on_the_event_page(event):
    page = soup_of(Client().get(event.url))
    return text_of(page.select_one("#signup-state")), page.select_one("#signup-button")


def test_the_event_page_shows_seats_left_then_the_waiting_list_then_closed(club):
    event = form_event(club, signup_capacity=2)
    state, button = state_on_the_event_page(event)
    assert state == "2 pladser tilbage."
    assert button["href"] == form_url(event) and text_of(button) == "Tilmeld dig"

    make_signup(event, "Anna", "anna@example.dk")
    assert state_on_the_event_page(event)[0] == "1 plads tilbage."

    make_signup(event, "Bo", "bo@example.dk")
    make_signup(event, "Carl", "carl@example.dk", status=Signup.WAITING)
    state, button = state_on_the_event_page(event)
    assert state == "Fuldt: skriv dig på ventelisten (1 venter)."
    assert text_of(button) == "Skriv mig på ventelisten"

    event.signup_waiting_list = False
    event.save()
    state, button = state_on_the_event_page(event)
    assert state == "Tilmeldingen er lukket. Alle pladser er taget, og der er ingen venteliste."
    assert button is None


def test_a_cancelled_event_says_sign_up_is_closed(club):
    event = form_event(club, is_cancelled=True)
    state, button = state_on_the_event_page(event)
    assert "Arrangementet er aflyst" in state and button is None


def test_an_event_signing_up_elsewhere_keeps_the_events_own_section(club):
    event = form_event(club, signup_method=SignupFields.LINK, signup_url="https://example.dk/tilmeld")
    page = soup_of(Client().get(event.url))
    assert page.select_one("#signup-state") is None
    assert page.select_one('a[href="https://example.dk/tilmeld"]') is not None


def test_the_sign_up_pages_cost_a_fixed_number_of_queries(club):
    small = form_event(club, slug="lille")
    big = form_event(club, slug="stor", signup_capacity=50)
    for n in range(30):
        make_signup(big, f"Deltager {n}", f"d{n}@example.dk")
    assert queries_for(form_url(small)) == queries_for(form_url(big)) <= 18
    assert queries_for(small.url) == queries_for(big.url)


def test_the_receipt_costs_a_fixed_number_of_queries(club, mail_queue):
    event = form_event(club)
    client = Client()
    assert client.post(form_url(event), signup_data()).status_code == 302
    with CaptureQueriesContext(connection) as queries:
        assert client.get(receipt_url(event)).status_code == 200
    assert len(queries) <= 10

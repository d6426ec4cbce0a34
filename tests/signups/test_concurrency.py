"""Two people sending the form for the last seat at the same moment: one gets it, the other a clear answer.

The seat is taken under a row lock on the event's page (signups/seats.py). Here two threads, each
with its own PostgreSQL connection, sign up at once for an event with one seat and no waiting list,
and counting the seats is slowed down so that, without the lock, both would see the seat free.
On SQLite there is one writer at a time anyway, and threads would share its in-memory test
database, so the test runs on PostgreSQL only (CI's first pass).
"""

import threading
import time

import pytest
from django.db import connection, connections

from signups import seats
from signups.models import Signup

from .conftest import form_event


def test_two_people_sending_for_the_last_seat_at_once_get_one_seat(transactional_db, club, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: row locks, and a connection per thread")
    event = form_event(club, signup_capacity=1, signup_waiting_list=False)
    counted = seats.availability

    def slow_availability(page, now=None, counts=None):
        state = counted(page, now=now, counts=counts)
        time.sleep(0.5)  # the other request arrives while this one has counted
        return state

    monkeypatch.setattr(seats, "availability", slow_availability)
    start = threading.Barrier(2)
    outcomes = {}

    def person(name):
        try:
            start.wait()
            seats.sign_up_atomically(event, {"name": name, "email": f"{name}@example.dk"})
            outcomes[name] = "seat"
        except seats.SignupClosed as closed:
            outcomes[name] = closed.availability.closed
        finally:
            connections.close_all()

    threads = [threading.Thread(target=person, args=(name,)) for name in ("anna", "bo")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes.values()) == [seats.FULL, "seat"]
    assert Signup.objects.filter(page=event, status=Signup.CONFIRMED).count() == 1


def test_the_waiting_list_keeps_arrival_order_when_two_arrive_at_once(transactional_db, club, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: row locks, and a connection per thread")
    event = form_event(club, signup_capacity=1, signup_waiting_list=True)
    seats.sign_up_atomically(event, {"name": "first", "email": "first@example.dk"})
    start = threading.Barrier(3)

    def person(name):
        try:
            start.wait()
            seats.sign_up_atomically(event, {"name": name, "email": f"{name}@example.dk"})
        finally:
            connections.close_all()

    threads = [threading.Thread(target=person, args=(name,)) for name in ("anna", "bo", "carl")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    waiting = list(Signup.objects.waiting().for_event(event))
    assert len(waiting) == 3
    assert [signup.waiting_number() for signup in waiting] == [1, 2, 3]
    assert Signup.objects.confirmed().for_event(event).count() == 1

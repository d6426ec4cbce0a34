"""The demo's first-aid course is full, with a waiting list, as `make run` shows it."""

import pytest
from django.test import Client
from wagtail.models import Page

from signups.demo.content import FULL_EVENT_SLUG
from signups.models import Signup
from tests.helpers import soup_of, text_of


@pytest.fixture
def course(demo):
    return Page.objects.get(slug=FULL_EVENT_SLUG).specific


def test_the_demo_course_is_full_with_three_waiting(course):
    assert Signup.objects.confirmed().for_event(course).count() == course.signup_capacity == 4
    waiting = list(Signup.objects.waiting().for_event(course).values_list("name", flat=True))
    assert waiting == ["Birthe Kjær", "Mads Østergaard", "Fatima Jensen"]
    assert all(email.endswith("@example.dk") for email in Signup.objects.values_list("email", flat=True))

    page = soup_of(Client().get(course.url))
    assert text_of(page.select_one("#signup-state")) == "Fuldt: skriv dig på ventelisten (3 venter)."

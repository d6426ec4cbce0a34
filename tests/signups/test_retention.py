"""Participants' data is deleted 30 days (SIGNUP_RETENTION_DAYS) after the event, by `purge_personal_data`."""

import pytest
import time_machine
from django.core.management import call_command

from core.retention import retention_rules
from portal_events.factories import in_days
from signups.models import Signup

from .conftest import form_event, make_signup

pytestmark = pytest.mark.django_db


def test_sign_ups_are_deleted_thirty_days_after_the_event_ended(club):
    event = form_event(club, dates=[(in_days(3, 10), in_days(3, 12))])
    later = form_event(club, slug="senere", dates=[(in_days(3, 10), in_days(3, 12)), (in_days(40, 10), None)])
    make_signup(event, "Anna", "anna@example.dk")
    make_signup(event, "Bo", "bo@example.dk", status=Signup.CANCELLED)
    make_signup(later, "Carl", "carl@example.dk")

    with time_machine.travel(in_days(3 + 29, 12)):
        call_command("purge_personal_data", verbosity=0)
    assert Signup.objects.count() == 3  # 29 days after: kept

    with time_machine.travel(in_days(3 + 30, 13)):
        call_command("purge_personal_data", verbosity=0)
    assert list(Signup.objects.values_list("name", flat=True)) == ["Carl"]  # the course series runs on

    with time_machine.travel(in_days(40 + 31, 0)):
        call_command("purge_personal_data", verbosity=0)
    assert Signup.objects.count() == 0


def test_the_period_is_a_setting_and_0_keeps_them(club, settings):
    event = form_event(club, dates=[(in_days(-10, 10), in_days(-10, 12))])
    make_signup(event)
    settings.SIGNUP_RETENTION_DAYS = 0
    call_command("purge_personal_data", verbosity=0)
    assert Signup.objects.count() == 1
    settings.SIGNUP_RETENTION_DAYS = 7
    call_command("purge_personal_data", verbosity=0)
    assert Signup.objects.count() == 0


def test_the_rule_is_registered_for_the_privacy_pages_retention_table():
    (rule,) = [rule for rule in retention_rules() if rule.name == "event-signups"]
    assert (rule.setting, rule.days) == ("SIGNUP_RETENTION_DAYS", 30)
    assert str(rule.description) == "Tilmeldinger til arrangementer (navn, e-mail, telefon, bemærkning)"

"""Answered and closed enquiries are deleted RETENTION_ENQUIRY_DAYS (90) after; waiting ones are kept until closed."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from core.retention import retention_rules
from enquiries.models import Enquiry

from .conftest import make_enquiry

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 1, 5, 9, 0, tzinfo=datetime.UTC)


def at(days):
    return time_machine.travel(START + datetime.timedelta(days=days), tick=False)


def purge():
    call_command("purge_personal_data", "--only", "enquiries", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_the_rule_is_registered_with_its_setting(settings):
    [rule] = [rule for rule in retention_rules() if rule.name == "enquiries"]
    assert rule.setting == "RETENTION_ENQUIRY_DAYS"
    assert rule.days == settings.RETENTION_ENQUIRY_DAYS == 90


def test_enquiries_are_deleted_ninety_days_after_they_were_answered_or_closed(task):
    with at(0):
        answered = make_enquiry(task, name="Besvaret")
        closed = make_enquiry(task, name="Lukket")
        waiting = make_enquiry(task, name="Venter")
    with at(10):
        answered.set_status(Enquiry.ANSWERED)
        answered.save()
    with at(20):
        closed.set_status(Enquiry.CLOSED)
        closed.save()

    with at(99):  # 89 days after it was answered
        purge()
    assert set(Enquiry.objects.values_list("name", flat=True)) == {"Besvaret", "Lukket", "Venter"}
    with at(100.5):  # 90½ days after it was answered
        purge()
    assert set(Enquiry.objects.values_list("name", flat=True)) == {"Lukket", "Venter"}
    with at(110.5):
        purge()
    assert set(Enquiry.objects.values_list("name", flat=True)) == {"Venter"}
    # Unanswered, an enquiry stays until someone closes it, however old.
    with at(1000):
        purge()
    assert Enquiry.objects.get() == waiting


def test_the_period_comes_from_the_setting(task, settings):
    settings.RETENTION_ENQUIRY_DAYS = 30
    with at(0):
        enquiry = make_enquiry(task)
        enquiry.set_status(Enquiry.CLOSED)
        enquiry.save()
    with at(29):
        purge()
    assert Enquiry.objects.exists()
    with at(31):
        purge()
    assert not Enquiry.objects.exists()


def test_the_admins_history_of_a_deleted_enquiry_goes_with_it(task):
    with at(0):
        enquiry = make_enquiry(task, name="Maja Jensen")
        other = make_enquiry(task, name="Venter stadig")
        enquiry.set_status(Enquiry.ANSWERED)
        enquiry.save()
        log(instance=enquiry, action="wagtail.edit")
        log(instance=other, action="wagtail.edit")
    with at(91):
        purge()
    assert list(Enquiry.objects.all()) == [other]
    assert [entry.object_id for entry in ModelLogEntry.objects.all()] == [str(other.pk)]
    assert "Maja" not in str(other)

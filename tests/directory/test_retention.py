"""A citizen's message to an association is deleted 90 days after it was sent (RETENTION_CONTACT_MESSAGE_DAYS)."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command

from directory.factories import AssociationPageFactory
from directory.models import ContactMessage

pytestmark = pytest.mark.django_db

SENT = datetime.datetime(2026, 3, 1, 10, 0, tzinfo=datetime.UTC)


def nightly_purge_on(day):
    with time_machine.travel(day, tick=False):
        call_command("purge_personal_data", stdout=io.StringIO())


@pytest.fixture
def messages(directory):
    association = AssociationPageFactory(parent=directory, title="Egebjerg Boldklub")
    with time_machine.travel(SENT, tick=False):
        old = ContactMessage.objects.create(association=association, name="Anna", email="anna@privat.dk", message="Hej")
    with time_machine.travel(SENT + datetime.timedelta(days=60), tick=False):
        newer = ContactMessage.objects.create(association=association, name="Bo", email="bo@privat.dk", message="Hej")
    return old, newer


def test_a_message_is_kept_for_90_days(messages):
    nightly_purge_on(SENT + datetime.timedelta(days=89, hours=23))
    assert ContactMessage.objects.count() == 2


def test_a_message_is_gone_after_90_days_and_a_newer_one_stays(messages):
    old, newer = messages
    nightly_purge_on(SENT + datetime.timedelta(days=90, minutes=1))
    assert list(ContactMessage.objects.all()) == [newer]


def test_the_period_follows_the_setting(messages, settings):
    settings.RETENTION_CONTACT_MESSAGE_DAYS = 30
    nightly_purge_on(SENT + datetime.timedelta(days=31))
    assert ContactMessage.objects.count() == 1

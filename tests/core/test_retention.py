"""The nightly `purge_personal_data`: every registered rule, its period from the settings, --dry-run, --only, --list.

The rules themselves (what each app deletes) are tested next to their app:
tests/directory/test_retention.py, tests/policy/test_retention.py, tests/search/test_retention.py,
and the mail log below. Here the framework is exercised with the mail log rule (core's own) and a
contact message (the directory's), so that --only has two rules to choose between.
"""

import datetime
import io

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.utils import timezone
from mailer.models import PRIORITY_MEDIUM, RESULT_SUCCESS, Message, MessageLog

from core.retention import retention_rules
from directory.factories import AssociationPageFactory
from directory.models import ContactMessage

pytestmark = pytest.mark.django_db

SENT = datetime.datetime(2026, 3, 1, 10, 0, tzinfo=datetime.UTC)


def purge(*args):
    output = io.StringIO()
    call_command("purge_personal_data", *args, stdout=output)
    return output.getvalue()


def days_after_sent(days):
    return time_machine.travel(SENT + datetime.timedelta(days=days, hours=1), tick=False)


def log_entry():
    """A log entry of an email sent on SENT (its message long gone from the queue, as django-mailer does)."""
    return MessageLog.objects.create(
        message_data="",
        message_id="<1@portal>",
        when_added=SENT,
        when_attempted=SENT,
        priority=PRIORITY_MEDIUM,
        result=RESULT_SUCCESS,
    )


@pytest.fixture
def contact_message(directory):
    association = AssociationPageFactory(parent=directory, title="Egebjerg Boldklub")
    with time_machine.travel(SENT, tick=False):
        return ContactMessage.objects.create(
            association=association, name="Borger Beskedsen", email="borger@privat.dk", message="Hej!"
        )


def test_every_app_registers_its_rules():
    names = {rule.name for rule in retention_rules()}
    assert {"mail-log", "contact-messages", "consultation-emails", "search-counts", "search-zero-results"} <= names


def test_the_mail_log_is_kept_30_days_and_then_deleted(settings):
    assert settings.RETENTION_MAIL_LOG_DAYS == 30
    entry = log_entry()
    with days_after_sent(29):
        assert "mail-log: 0 deleted (after 30 days)" in purge()
    assert MessageLog.objects.filter(pk=entry.pk).exists()
    with days_after_sent(30):
        assert "mail-log: 1 deleted (after 30 days)" in purge()
    assert not MessageLog.objects.filter(pk=entry.pk).exists()


def test_mail_still_waiting_in_the_queue_is_never_deleted():
    """A deferred email (the mail server was down) waits until it is sent, however old: deleting it would lose it."""
    waiting = Message.objects.create(message_data="", when_added=SENT, priority=PRIORITY_MEDIUM)
    with days_after_sent(400):
        purge()
    assert Message.objects.filter(pk=waiting.pk).exists()


def test_the_period_is_a_setting(settings):
    settings.RETENTION_MAIL_LOG_DAYS = 7
    log_entry()
    with days_after_sent(8):
        assert "mail-log: 1 deleted (after 7 days)" in purge()


def test_a_period_of_zero_switches_the_rule_off(settings):
    settings.RETENTION_MAIL_LOG_DAYS = 0
    entry = log_entry()
    with days_after_sent(1000):
        assert "mail-log: 0 deleted (off)" in purge()
    assert MessageLog.objects.filter(pk=entry.pk).exists()


def test_a_dry_run_counts_what_would_go_and_deletes_nothing(contact_message):
    entry = log_entry()
    with days_after_sent(100):
        output = purge("--dry-run")
    assert "mail-log: 1 would go (after 30 days)" in output
    assert "contact-messages: 1 would go (after 90 days)" in output
    assert MessageLog.objects.filter(pk=entry.pk).exists()
    assert ContactMessage.objects.filter(pk=contact_message.pk).exists()


def test_only_applies_the_rules_named(contact_message):
    entry = log_entry()
    with days_after_sent(100):
        output = purge("--only", "contact-messages")
    assert output.strip() == "contact-messages: 1 deleted (after 90 days)"
    assert not ContactMessage.objects.filter(pk=contact_message.pk).exists()
    assert MessageLog.objects.filter(pk=entry.pk).exists()


def test_an_unknown_rule_is_refused_with_the_known_ones():
    with pytest.raises(CommandError, match=r"Unknown rule\(s\): mail-logs\. Known: mail-log, "):
        purge("--only", "mail-logs")


def test_list_shows_each_rule_its_period_and_its_setting(settings):
    settings.RETENTION_SEARCH_LOG_DAYS = 0
    lines = purge("--list").splitlines()
    assert len(lines) == len(retention_rules())
    listed = {line.split()[0]: line.split()[1:3] for line in lines}
    assert listed["mail-log"] == ["30", "days"]
    assert listed["contact-messages"] == ["90", "days"]
    assert listed["consultation-emails"] == ["1", "days"]
    assert listed["search-counts"][0] == "off"
    assert all("RETENTION_" in line for line in lines)


def test_listing_deletes_nothing():
    entry = log_entry()
    with days_after_sent(100):
        purge("--list")
    assert MessageLog.objects.filter(pk=entry.pk).exists()


def test_the_clock_the_tests_move_is_the_one_the_rules_read():
    with days_after_sent(0):
        assert timezone.now() == SENT + datetime.timedelta(hours=1)

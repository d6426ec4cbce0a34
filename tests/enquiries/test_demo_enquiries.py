"""The demo shows "Jeg vil gerne hjælpe" at work: enquiries answered, waiting, reminded and passed on."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from enquiries.admin import visible_enquiries
from enquiries.models import Enquiry
from tests.helpers import load_demo
from tests.mail import new_mail

pytestmark = pytest.mark.django_db


def days_old(enquiry):
    return (timezone.now() - enquiry.created_at).days


def test_the_demo_has_an_enquiry_in_every_state(demo):
    enquiries = list(Enquiry.objects.all())
    assert {enquiry.status for enquiry in enquiries} == {Enquiry.NEW, Enquiry.ANSWERED, Enquiry.CLOSED}
    waiting = [e for e in enquiries if e.status == Enquiry.NEW]
    assert any(days_old(e) < 7 and e.reminded_at is None for e in waiting)
    reminded = [e for e in waiting if e.reminded_at and not e.escalated_at]
    assert reminded and all(7 <= days_old(e) < 14 for e in reminded)
    escalated = [e for e in waiting if e.escalated_at]
    assert escalated and all(days_old(e) >= 14 for e in escalated)
    assert any(e.page_id == e.organiser_id for e in enquiries)  # one to an association directly
    for enquiry in enquiries:
        assert enquiry.page is not None and enquiry.organiser is not None
        assert enquiry.recipients  # the association's addresses it went to
        assert enquiry.email or enquiry.phone


def test_the_demos_enquiries_need_no_reminder_now(demo, mail_queue):
    """The demo's reminded and passed-on enquiries have had their emails: cron sends nothing on a fresh demo."""
    call_command("send_enquiry_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert new_mail() == []


def test_loading_the_demo_again_adds_no_enquiry(demo):
    before = Enquiry.objects.count()
    load_demo()
    assert Enquiry.objects.count() == before


def test_the_egebjerg_representative_sees_only_the_clubs_enquiries(demo):
    kasper = get_user_model().objects.get(username="egebjerg-boldklub")
    mine = list(visible_enquiries(kasper))
    assert mine
    assert {enquiry.organiser_title for enquiry in mine} == {"Egebjerg Boldklub"}
    assert len(mine) < Enquiry.objects.count()

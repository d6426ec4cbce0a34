"""Nobody forgets a citizen who offered to help: the organiser is reminded after 7 days; after 14 the
kommune is told and the citizen gets other ways in. The clock is moved with time-machine."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from directory.factories import (
    AssociationContactFactory,
    AssociationPageFactory,
    LocalityFactory,
    VolunteerTaskPageFactory,
    category,
)
from directory.models import VolunteerTaskPage
from enquiries.models import Enquiry
from enquiries.reminders import similar_tasks
from tests.mail import new_mail

from .conftest import enquiry_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

START = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)


def at(days, hours=0):
    return time_machine.travel(START + datetime.timedelta(days=days, hours=hours), tick=False)


def run_reminders():
    call_command("send_enquiry_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return new_mail()


@pytest.fixture
def offered(client, club, task):
    """Maja offered to help with the rowing club's task on 2 March at 10:00."""
    task.deadline = datetime.date(2026, 6, 1)
    task.save_revision().publish()
    with at(0):
        assert client.post(f"/jeg-vil-hjaelpe/{task.pk}/", enquiry_data()).status_code == 302
        new_mail()  # the enquiry and the receipt
    return Enquiry.objects.get()


def test_the_organiser_is_reminded_once_after_seven_days(offered, settings):
    with at(6, 23):
        assert run_reminders() == []
    with at(7, 1):
        [reminder] = run_reminders()
    assert reminder.to == ["formand@fjordlund-roklub.dk", "sekretaer@fjordlund-roklub.dk"]
    assert reminder.reply_to == ["maja@example.dk"]
    assert reminder.subject == "Påmindelse: Maja Jensen venter på svar om Hjælper til kaproningen"
    assert "for 7 dage siden" in reminder.body
    assert f"{settings.BASE_URL}/admin/enquiries/edit/{offered.pk}/" in reminder.body
    offered.refresh_from_db()
    assert offered.reminded_at == START + datetime.timedelta(days=7, hours=1)
    # Cron runs again every hour: nothing more until day 14.
    for day in (7, 8, 13):
        with at(day, 5):
            assert run_reminders() == []


def test_after_fourteen_days_the_kommune_is_told_and_the_citizen_gets_other_ways_in(offered, settings, club):
    sports = AssociationPageFactory(
        parent=club.get_parent(), title="Birkely IF", slug="birkely-if", categories=[category("Idræt og motion")]
    )
    AssociationContactFactory(association=sports, email="formand@birkely-if.dk")
    same_sport = VolunteerTaskPageFactory(parent=sports, title="Kasserer til Birkely IF", slug="kasserer")
    choir = AssociationPageFactory(
        parent=club.get_parent(), title="Egebjerg Kor", slug="kor", categories=[category("Kultur og musik")]
    )
    elsewhere = VolunteerTaskPageFactory(parent=choir, title="Nodearkivar", slug="noder")
    in_town = VolunteerTaskPageFactory(
        parent=choir, title="Korkoncert på Fjordlund Havn", slug="havn", locality=club.locality
    )
    VolunteerTaskPageFactory(parent=sports, title="Besat opgave", slug="besat", status=VolunteerTaskPage.FILLED)
    VolunteerTaskPageFactory(parent=sports, title="Kladdeopgave", slug="kladde", live=False)

    with at(7, 1):
        run_reminders()
    with at(13, 23):
        assert run_reminders() == []
    with at(14, 1):
        sent = run_reminders()
    to_kommune, to_citizen = sorted(sent, key=lambda message: message.to != ["frivillig@testrup.dk"])

    assert to_kommune.to == ["frivillig@testrup.dk"]
    assert to_kommune.reply_to == ["maja@example.dk"]
    assert "14 dage" in to_kommune.subject and "Maja Jensen" in to_kommune.subject
    assert "Fjordlund Roklub" in to_kommune.body
    assert f"{settings.BASE_URL}/admin/enquiries/edit/{offered.pk}/" in to_kommune.body

    assert to_citizen.to == ["maja@example.dk"]
    body = to_citizen.body
    assert "Hjælper til kaproningen" in body
    # The contact point, from the portal settings.
    for detail in ("Frivilligkoordinator", "frivillig@testrup.dk", "70 10 20 30"):
        assert detail in body
    # Similar open tasks (the same category, the same town), with full addresses; never the club's own addresses.
    assert f"{settings.BASE_URL}{same_sport.url}" in body
    assert f"{settings.BASE_URL}{in_town.url}" in body
    assert "Nodearkivar" not in body and elsewhere.url not in body
    assert "Besat opgave" not in body and "Kladdeopgave" not in body
    assert "fjordlund-roklub.dk" not in body

    offered.refresh_from_db()
    assert offered.escalated_at == START + datetime.timedelta(days=14, hours=1)
    with at(14, 2):
        assert run_reminders() == []
    with at(40):
        assert run_reminders() == []


def test_an_answered_enquiry_gets_no_reminders(offered):
    with at(3):
        offered.set_status(Enquiry.ANSWERED)
        offered.save()
    for day in (7, 14, 30):
        with at(day, 1):
            assert run_reminders() == []


def test_an_enquiry_cron_missed_for_two_weeks_is_passed_on_without_a_late_reminder(offered):
    with at(15):
        sent = run_reminders()
    assert sorted(message.to[0] for message in sent) == ["frivillig@testrup.dk", "maja@example.dk"]
    offered.refresh_from_db()
    assert offered.reminded_at is None and offered.escalated_at is not None
    with at(16):
        assert run_reminders() == []


def test_a_citizen_who_gave_only_a_phone_number_is_called_by_the_kommune(client, club, task):
    with at(0):
        client.post(f"/jeg-vil-hjaelpe/{task.pk}/", enquiry_data(email=""))
        new_mail()
    with at(14, 1):
        [to_kommune] = run_reminders()
    assert to_kommune.to == ["frivillig@testrup.dk"]
    assert "+45 12 34 56 78" in to_kommune.body


def test_similar_tasks_are_at_most_three_open_ones(club, task):
    with_same_town = [
        VolunteerTaskPageFactory(parent=club, title=f"Opgave {n}", slug=f"opgave-{n}", locality=club.locality)
        for n in range(5)
    ]
    enquiry = Enquiry.objects.create(
        page=task,
        page_title=task.title,
        organiser=club,
        organiser_title=club.title,
        name="Maja",
        email="maja@example.dk",
        consent_at=timezone.now(),
    )
    found = similar_tasks(enquiry)
    assert len(found) == 3
    assert task not in found
    assert set(found) <= set(with_same_town)


def test_an_unrelated_organiser_gets_no_suggestions(home, club):
    loner = AssociationPageFactory(parent=club.get_parent(), title="Ensom forening", slug="ensom", locality=None)
    LocalityFactory(name="Intetsteds")
    enquiry = Enquiry.objects.create(
        page=loner,
        page_title=loner.title,
        organiser=loner,
        organiser_title=loner.title,
        name="Maja",
        email="maja@example.dk",
        consent_at=timezone.now(),
    )
    assert similar_tasks(enquiry) == []

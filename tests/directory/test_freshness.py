"""Entries stay fresh: an association that never confirms its page is reminded, and then drops out of sight.

Fjordlund Roklub's page was last confirmed on 15 January 2026 (publishing it confirmed it). The
daily cron job (``manage.py send_freshness_reminders``) emails its chair on 15 December (11
months), again on 15 January 2027 (12 months), and on 15 February 2027 (13 months) marks the page
"ikke bekræftet": it leaves the lists and the search but stays reachable with a notice. A change
published through moderation (or a confirmation) brings it back. The clock is moved with
time-machine, and the emails go through the production mail queue.
"""

import csv
import datetime
import io
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from directory import freshness
from directory.factories import (
    AssociationContactFactory,
    AssociationPageFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
    representative_of,
)
from directory.models import AssociationPage
from search.models import SearchDocument
from tests.directory.test_association_page import ASSOCIATION_PAGE_QUERIES
from tests.helpers import (
    PASSWORD,
    card_titles,
    danish_date,
    filter_counts,
    in_danish,
    live,
    logged_in,
    member_of,
    menu_urls,
    publish,
    soup_of,
    text_of,
)
from tests.mail import messages_to, new_mail

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

CPH = zoneinfo.ZoneInfo("Europe/Copenhagen")
CONFIRMED = datetime.datetime(2026, 1, 15, 10, 0, tzinfo=CPH)


def at(year, month, day, hour=6):
    """A morning when the cron job runs."""
    return datetime.datetime(year, month, day, hour, 0, tzinfo=CPH)


def run_reminders():
    output = io.StringIO()
    call_command("send_freshness_reminders", stdout=output)
    return output.getvalue()


@pytest.fixture
def task_index(home, portal_settings):
    return VolunteerTaskIndexPageFactory(parent=home)


@pytest.fixture
def roklub(directory, portal_settings, places, task_index):
    """Published (and so confirmed) on 15 January 2026, with an open task and a chair who edits it."""
    with time_machine.travel(CONFIRMED, tick=False):
        club = AssociationPageFactory(
            parent=directory,
            title="Fjordlund Roklub",
            slug="roklub",
            summary="Roning på fjorden.",
            locality=places["Fjordlund"],
            categories=[category("Idræt og motion")],
        )
        AssociationContactFactory(association=club, email="formand@roklub.dk")
        publish(club)
        publish(VolunteerTaskPageFactory(parent=club, title="Bådvask", slug="baadvask"))
    return club


@pytest.fixture
def chair(roklub):
    return representative_of(roklub, "mette@roklub.dk", PASSWORD, first_name="Mette")


@pytest.fixture
def fresh_club(directory, places):
    """Another association, confirmed recently: never reminded in these stories."""
    with time_machine.travel(at(2026, 12, 1), tick=False):
        club = AssociationPageFactory(
            parent=directory,
            title="Egebjerg Spejderne",
            slug="spejderne",
            locality=places["Egebjerg"],
            categories=[category("Spejder")],
        )
        publish(club)
        publish(VolunteerTaskPageFactory(parent=club, title="Spejderleder", slug="leder"))
    return club


def state(page):
    page = live(page)
    return (page.freshness_reminders_sent, page.unconfirmed)


def searchable(page):
    return SearchDocument.objects.filter(page_id=page.pk).exists()


# The timeline


def test_publishing_an_association_confirms_it(roklub):
    assert live(roklub).last_confirmed_at == CONFIRMED
    assert state(roklub) == (0, False)


def test_nothing_is_sent_before_eleven_months(roklub, chair):
    with time_machine.travel(at(2026, 12, 14), tick=False):
        assert "0 reminders" in run_reminders()
    assert new_mail() == []
    assert state(roklub) == (0, False)


def test_the_chair_is_reminded_at_11_and_12_months_and_the_page_goes_unconfirmed_at_13(roklub, chair, fresh_club):
    # 11 months: the first reminder, in Danish, with a link to the page in the admin.
    with time_machine.travel(at(2026, 12, 15), tick=False):
        run_reminders()
    outbox = new_mail()
    assert [message.to for message in outbox] == [["mette@roklub.dk"]]
    reminder = outbox[0]
    assert reminder.subject == in_danish(
        "Is the page of %(association)s on %(portal)s still up to date?",
        association="Fjordlund Roklub",
        portal="Frivilligportal",
    )
    assert danish_date(CONFIRMED.date()) in reminder.body
    assert f"/admin/pages/{roklub.pk}/edit/" in reminder.body
    assert reverse("directory_association_confirm", args=[roklub.pk]) in reminder.body  # one click
    assert danish_date(datetime.date(2027, 2, 15)) in reminder.body  # when it leaves the lists
    assert state(roklub) == (1, False)
    assert live(roklub).freshness_reminded_at == at(2026, 12, 15)

    # The same day again, and every day until 12 months: nothing more.
    with time_machine.travel(at(2026, 12, 15, hour=18), tick=False):
        run_reminders()
    with time_machine.travel(at(2027, 1, 14), tick=False):
        run_reminders()
    assert new_mail() == []
    assert state(roklub) == (1, False)

    # 12 months: the second reminder.
    with time_machine.travel(at(2027, 1, 15), tick=False):
        run_reminders()
        run_reminders()
    assert [message.to for message in new_mail()] == [["mette@roklub.dk"]]
    assert state(roklub) == (2, False)

    # 13 months: "ikke bekræftet", and the chair is told.
    with time_machine.travel(at(2027, 2, 15), tick=False):
        assert "1 associations marked not confirmed" in run_reminders()
        run_reminders()
    outbox = new_mail()
    assert len(outbox) == 1 and "mette@roklub.dk" in outbox[0].to
    assert "Fjordlund Roklub" in outbox[0].subject
    assert state(roklub) == (2, True)
    assert state(fresh_club) == (0, False)  # confirmed recently: untouched throughout


def test_without_representatives_the_reminder_goes_to_the_contact_addresses(roklub):
    with time_machine.travel(at(2026, 12, 15), tick=False):
        run_reminders()
    assert [message.to for message in new_mail()] == [["formand@roklub.dk"]]


def test_a_page_found_long_unconfirmed_still_gets_both_reminders_a_month_apart(directory, chair, roklub):
    AssociationPage.objects.filter(pk=roklub.pk).update(last_confirmed_at=at(2024, 3, 1))
    with time_machine.travel(at(2026, 1, 20), tick=False):
        run_reminders()
        assert state(roklub) == (1, False)
    with time_machine.travel(at(2026, 2, 19), tick=False):
        run_reminders()
        assert state(roklub) == (1, False)  # not a month since the first yet
    with time_machine.travel(at(2026, 2, 20), tick=False):
        run_reminders()
        assert state(roklub) == (2, False)
    with time_machine.travel(at(2026, 3, 20), tick=False):
        run_reminders()
        assert state(roklub) == (2, True)
    assert len(messages_to(chair, new_mail())) == 3


def test_the_month_arithmetic_is_calendar_months(roklub):
    page = live(roklub)
    page.last_confirmed_at = datetime.datetime(2026, 3, 31, 23, 30, tzinfo=CPH)  # 21:30 UTC: still the 31st here
    # 31 March + 11 months is the last day of February; + 12 months is 31 March next year.
    assert freshness.next_step_due(page) == datetime.date(2027, 2, 28)
    page.freshness_reminders_sent, page.freshness_reminded_at = 1, datetime.datetime(2027, 2, 28, 6, tzinfo=CPH)
    assert freshness.next_step_due(page) == datetime.date(2027, 3, 31)
    page.freshness_reminders_sent, page.freshness_reminded_at = 2, datetime.datetime(2027, 3, 31, 6, tzinfo=CPH)
    assert freshness.next_step_due(page) == datetime.date(2027, 4, 30)


# Out of sight, but reachable


@pytest.fixture
def unconfirmed(roklub, chair, fresh_club):
    """Roklubben after 13 months without a confirmation (15 February 2027)."""
    for moment in (at(2026, 12, 15), at(2027, 1, 15), at(2027, 2, 15)):
        with time_machine.travel(moment, tick=False):
            run_reminders()
    new_mail()
    assert state(roklub) == (2, True)
    return roklub


def test_an_unconfirmed_association_leaves_the_association_listing_and_its_counts(client, unconfirmed):
    response = client.get("/foreninger/")
    assert card_titles(response) == ["Egebjerg Spejderne"]
    assert filter_counts(response, "kategori")["idraet-og-motion"] == 0
    assert filter_counts(response, "sted")["fjordlund"] == 0


def test_its_tasks_leave_the_task_listing_and_its_counts(client, unconfirmed):
    response = client.get("/bliv-frivillig/")
    assert card_titles(response) == ["Spejderleder"]
    assert filter_counts(response, "kategori")["idraet-og-motion"] == 0


def test_it_and_its_tasks_leave_the_search(client, unconfirmed, fresh_club):
    task = unconfirmed.get_children().get()
    assert not searchable(unconfirmed) and not searchable(task)
    assert searchable(fresh_club)
    html = client.get("/soeg/?q=roklub").content.decode()
    assert "Fjordlund Roklub" not in html and "Bådvask" not in html


def test_an_api_user_can_leave_unconfirmed_associations_out(client, unconfirmed, fresh_club):
    items = client.get("/api/v2/pages/", {"type": "directory.AssociationPage", "unconfirmed": "false"}).json()["items"]
    assert [item["title"] for item in items] == ["Egebjerg Spejderne"]
    detail = client.get(f"/api/v2/pages/{unconfirmed.pk}/").json()
    assert detail["unconfirmed"] is True and detail["last_confirmed_at"].startswith("2026-01-15")


def test_the_page_is_still_reachable_and_says_it_has_not_been_confirmed(client, unconfirmed):
    response = client.get("/foreninger/roklub/")
    assert response.status_code == 200
    notice = soup_of(response).find(id="ikke-bekraeftet")
    assert text_of(notice).startswith(in_danish("This page has not been confirmed recently"))
    confirmed = soup_of(response).find(id="sidst-bekraeftet")
    assert text_of(confirmed) == f"{in_danish('Last confirmed:')} {danish_date(CONFIRMED.date())}"
    task_page = client.get("/foreninger/roklub/baadvask/")
    assert task_page.status_code == 200 and soup_of(task_page).find(id="ikke-bekraeftet")


def test_every_association_page_shows_when_it_was_last_confirmed(client, fresh_club):
    soup = soup_of(client.get("/foreninger/spejderne/"))
    assert (
        text_of(soup.find(id="sidst-bekraeftet"))
        == f"{in_danish('Last confirmed:')} {danish_date(datetime.date(2026, 12, 1))}"
    )
    assert soup.find(id="ikke-bekraeftet") is None


def test_the_unconfirmed_pages_render_with_a_bounded_number_of_queries(
    client, unconfirmed, django_assert_max_num_queries
):
    client.get("/foreninger/roklub/")
    with django_assert_max_num_queries(ASSOCIATION_PAGE_QUERIES):  # as any association page
        assert client.get("/foreninger/roklub/").status_code == 200


# Back in sight


def test_a_moderated_change_published_brings_it_back_and_restarts_the_clock(client, unconfirmed, chair):
    moderator = member_of("Kommunikation", "karin")
    with time_machine.travel(at(2027, 3, 1, hour=11), tick=False):
        page = live(unconfirmed)
        page.summary = "Roning på fjorden, nu også om aftenen."
        revision = page.save_revision(user=chair)  # the representative's change, waiting for approval
        revision.publish(user=moderator)  # approved and published by Kommunikation
    page = live(unconfirmed)
    assert (page.freshness_reminders_sent, page.unconfirmed, page.freshness_reminded_at) == (0, False, None)
    assert page.last_confirmed_at == at(2027, 3, 1, hour=11)
    assert "Fjordlund Roklub" in card_titles(client.get("/foreninger/"))
    assert "Bådvask" in card_titles(client.get("/bliv-frivillig/"))
    assert searchable(unconfirmed) and searchable(unconfirmed.get_children().get())
    with time_machine.travel(at(2028, 2, 1), tick=False):  # 11 months on: reminded again
        run_reminders()
    assert state(unconfirmed) == (1, False)


def test_confirming_brings_it_back_into_the_search_at_once(client, unconfirmed):
    freshness.confirm_current(live(unconfirmed))
    assert searchable(unconfirmed) and searchable(unconfirmed.get_children().get())
    assert "Fjordlund Roklub" in card_titles(client.get("/foreninger/"))


def test_an_old_draft_published_later_does_not_turn_the_clock_back(unconfirmed):
    draft = live(unconfirmed).save_revision()  # made while the page was unconfirmed
    freshness.confirm_current(live(unconfirmed), when=at(2027, 3, 1))
    with time_machine.travel(at(2027, 3, 2), tick=False):
        draft.publish()
    page = live(unconfirmed)
    assert not page.unconfirmed and page.last_confirmed_at == at(2027, 3, 2)


# The staff's report


@pytest.fixture
def report_rows(roklub, fresh_club, directory):
    """Three associations: one reminded once, one never confirmed (a draft), one confirmed recently."""
    with time_machine.travel(at(2026, 12, 15), tick=False):
        run_reminders()
    new_mail()
    AssociationPageFactory(parent=directory, title="Aldrig udgivet", slug="kladde", live=False)


def report(client, **params):
    response = client.get(reverse("directory_freshness_report"), params)
    assert response.status_code == 200
    return response


def test_staff_see_every_association_by_freshness_oldest_first(report_rows, roklub):
    staff = logged_in(member_of("Kommunikation", "karin"))
    with time_machine.travel(at(2026, 12, 16), tick=False):
        response = report(staff)
    rows = [text_of(row) for row in soup_of(response).select("tbody tr")]
    assert [row.split(" ")[0] for row in rows] == ["Aldrig", "Fjordlund", "Egebjerg"]
    assert in_danish("Reminded") in rows[1] and "1" in rows[1]
    assert in_danish("Confirmed") in rows[2]
    assert reverse("directory_freshness_report") in menu_urls(staff.get(reverse("wagtailadmin_home")))


def test_staff_filter_the_report_by_state_and_download_it(report_rows):
    staff = logged_in(member_of("Kommunikation", "karin"))
    rows = soup_of(report(staff, state="reminded")).select("tbody tr")
    assert [text_of(row).split(" ")[0] for row in rows] == ["Fjordlund"]
    export = staff.get(reverse("directory_freshness_report"), {"export": "csv"})
    assert export.status_code == 200
    table = list(csv.reader(io.StringIO(export.getvalue().decode("utf-8-sig"))))
    assert table[0] == [
        in_danish(name) for name in ("Association", "State", "Last confirmed", "Last reminder", "Reminders sent")
    ]
    assert [row[0] for row in table[1:]] == ["Aldrig udgivet", "Fjordlund Roklub", "Egebjerg Spejderne"]


def test_a_representative_never_sees_the_report(report_rows, chair):
    client = logged_in(chair)
    response = client.get(reverse("directory_freshness_report"))
    assert response.status_code in (302, 403)
    assert "Fjordlund Roklub" not in client.get(reverse("directory_freshness_report_results")).content.decode()
    assert reverse("directory_freshness_report") not in menu_urls(client.get(reverse("wagtailadmin_home")))


def test_other_staff_without_the_permission_are_refused(report_rows):
    policy_owner = logged_in(member_of("Politikejere", "peter"))
    assert Client().get(reverse("directory_freshness_report")).status_code == 302  # to the login
    assert policy_owner.get(reverse("directory_freshness_report")).status_code in (302, 403)


def test_the_clock_runs_from_the_publication_where_nothing_was_confirmed(roklub):
    AssociationPage.objects.filter(pk=roklub.pk).update(last_confirmed_at=None)
    assert freshness.confirmed_since(live(roklub)) == live(roklub).last_published_at
    assert freshness.next_step_due(live(roklub)) == datetime.date(2026, 12, 15)

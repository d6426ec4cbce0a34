"""The organiser's participant list in the admin: own events only, downloadable, and a way to cancel someone.

"Ajax Roklub"'s representative sees Ajax's event; "Bifrost Skakklub" has an event with sign-ups too,
and everything of Bifrost's contains "Bifrost", so nothing the Ajax representative gets may contain
it. Kommunikation sees both.
"""

import csv
import io
from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory
from directory.factories import representative_of as make_representative
from signups.corner import SignupEventsPanel
from signups.models import Signup
from tests.helpers import PASSWORD, logged_in, member_of, soup_of, text_of
from tests.mail import deliver_queued_mail

from .conftest import form_event, make_signup

pytestmark = pytest.mark.django_db


@dataclass
class World:
    a_event: object
    b_event: object
    anna: Signup
    bo: Signup
    carl: Signup
    bifrost_signup: Signup
    rep: object
    staff: object


@pytest.fixture
def world(home, portal_settings):
    directory = DirectoryIndexPageFactory(parent=home)
    a = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
    b = AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost")
    a_event = form_event(a, title="Ajax prøv roning", slug="roning")
    b_event = form_event(b, title="Bifrost lynturnering", slug="turnering", contact_email="turnering@bifrost-mail.dk")
    make_representative(b, "formand@bifrost.dk")
    anna, _ = make_signup(a_event, "Anna Andersen", "anna@example.dk", phone="12 34 56 78", note="Vegetar")
    bo, _ = make_signup(a_event, '=HYPERLINK("http://evil")', "bo@example.dk")
    carl, _ = make_signup(a_event, "Carl Øster", "carl@example.dk", status=Signup.WAITING)
    bifrost_signup, _ = make_signup(b_event, "Bifrost spiller", "spiller@bifrost-mail.dk")
    return World(
        a_event=a_event,
        b_event=b_event,
        anna=anna,
        bo=bo,
        carl=carl,
        bifrost_signup=bifrost_signup,
        rep=make_representative(a, "formand@ajax.dk", PASSWORD),
        staff=member_of("Kommunikation", "kommunikation", email="kommunikation@kommune.dk"),
    )


def url(name, *args):
    return reverse(f"signups_admin:{name}", args=args)


def test_a_representative_sees_and_downloads_their_own_events_participants(world):
    rep = logged_in(world.rep)
    listing = rep.get(url("index"))
    assert listing.status_code == 200
    assert "Ajax prøv roning" in listing.content.decode()
    assert "Bifrost" not in listing.content.decode()

    page = rep.get(url("event", world.a_event.pk))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Anna Andersen" in html and "Vegetar" in html and "Carl Øster" in html
    assert "2 af 2 pladser taget, 1 på venteliste." in text_of(soup_of(page).select_one("#signups-summary"))

    download = rep.get(url("csv", world.a_event.pk))
    assert download.status_code == 200
    assert download["Content-Type"] == "text/csv; charset=utf-8"
    assert download["Content-Disposition"] == 'attachment; filename="deltagere-ajax-proev-roning.csv"'
    assert download.content.startswith("\ufeff".encode())  # Excel reads UTF-8 with a BOM
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Navn", "E-mail", "Telefon", "Status", "Tilmeldt", "Bemærkning"]
    assert [row[:4] for row in rows[1:]] == [
        ["Anna Andersen", "anna@example.dk", "12 34 56 78", "Bekræftet"],
        ['\'=HYPERLINK("http://evil")', "bo@example.dk", "", "Bekræftet"],  # never a formula in Excel
        ["Carl Øster", "carl@example.dk", "", "På venteliste"],
    ]
    assert rows[1][5] == "Vegetar"


def test_a_representative_cannot_reach_another_associations_list_by_any_address(world):
    rep = logged_in(world.rep)
    b, signup = world.b_event.pk, world.bifrost_signup.pk
    for address in (url("event", b), url("csv", b), url("cancel", b, signup), url("cancel", world.a_event.pk, signup)):
        response = rep.get(address)
        assert response.status_code == 404, address
        assert "Bifrost" not in response.content.decode()
    assert rep.post(url("cancel", b, signup)).status_code == 404
    assert Signup.objects.get(pk=signup).status == Signup.CONFIRMED


def test_anonymous_visitors_are_sent_to_the_login(client, world):
    for address in (url("index"), url("event", world.a_event.pk), url("csv", world.a_event.pk)):
        response = client.get(address)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_kommunikation_sees_every_events_list(world, settings):
    settings.TWO_FACTOR_REQUIRED = False
    staff = logged_in(world.staff)
    listing = staff.get(url("index")).content.decode()
    assert "Ajax prøv roning" in listing and "Bifrost lynturnering" in listing
    assert "Bifrost spiller" in staff.get(url("event", world.b_event.pk)).content.decode()


def test_the_organiser_cancels_someone_and_the_first_waiting_gets_the_seat(world, mail_queue):
    rep = logged_in(world.rep)
    confirm = rep.get(url("cancel", world.a_event.pk, world.anna.pk))
    assert confirm.status_code == 200
    assert "Anna Andersen" in confirm.content.decode()
    assert Signup.objects.get(pk=world.anna.pk).status == Signup.CONFIRMED

    done = rep.post(url("cancel", world.a_event.pk, world.anna.pk))
    assert done.status_code == 302 and done["Location"] == url("event", world.a_event.pk)
    assert Signup.objects.get(pk=world.anna.pk).status == Signup.CANCELLED
    assert Signup.objects.get(pk=world.carl.pk).status == Signup.CONFIRMED
    recipients = [message.to for message in deliver_queued_mail()]
    assert ["carl@example.dk"] in recipients and ["anna@example.dk"] in recipients

    again = rep.post(url("cancel", world.a_event.pk, world.anna.pk), follow=True)
    assert "allerede afmeldt" in again.content.decode()


def test_the_representatives_corner_shows_the_coming_events_with_their_seats(world, rf):
    html = SignupEventsPanel([world.a_event.get_parent()]).render_html({})
    assert "Ajax prøv roning" in html and "2 af 2" in html
    assert "Bifrost" not in html


def test_the_menu_shows_sign_ups_to_those_with_page_rights(world):
    rep = logged_in(world.rep)
    assert url("index") in rep.get("/admin/").content.decode()


def test_the_participant_list_costs_the_same_queries_with_3_or_30_sign_ups(world):
    rep = logged_in(world.rep)
    address = url("event", world.a_event.pk)

    def count():
        rep.get(address)
        with CaptureQueriesContext(connection) as queries:
            assert rep.get(address).status_code == 200
        return len(queries)

    few = count()
    for n in range(27):
        make_signup(world.a_event, f"Deltager {n}", f"d{n}@example.dk", status=Signup.WAITING)
    assert count() == few


def test_the_event_editor_links_to_its_participants(world):
    rep = logged_in(world.rep)
    editor = rep.get(reverse("wagtailadmin_pages:edit", args=[world.a_event.pk]))
    assert editor.status_code == 200
    assert url("event", world.a_event.pk) in editor.content.decode()

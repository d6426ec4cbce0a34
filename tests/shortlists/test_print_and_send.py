"""The shortlist on paper and by email: what the citizen gets, and what the associations get with consent.

The print shows each offer's name, the guide's note, when and where, and the contacts the offer's
own page shows the public (never a person without consent on record, never the addresses of an
association that takes messages by form). The email goes through the mail queue; the citizen's
address is used to send it and kept nowhere in the portal.
"""

import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from mailer.models import Message

from shortlists.factories import ShortlistFactory, ShortlistItemFactory
from shortlists.models import Shortlist, ShortlistItem
from tests.helpers import soup_of, text_of
from tests.mail import deliver_queued_mail

pytestmark = pytest.mark.django_db

CITIZEN = "karen.citizen@example.dk"


@pytest.fixture
def shortlist(offers, guide):
    shortlist = ShortlistFactory(owner=guide, label="Karen")
    ShortlistItemFactory(
        shortlist=shortlist, page=offers["club"], activity_id=offers["rowing"].pk, note="Start med en prøvetur"
    )
    ShortlistItemFactory(shortlist=shortlist, page=offers["task"])
    ShortlistItemFactory(shortlist=shortlist, page=offers["event"])
    ShortlistItemFactory(shortlist=shortlist, page=offers["grief"], note="Ring gerne først")
    return shortlist


def test_the_print_shows_names_notes_times_places_and_public_contacts_only(client, shortlist, guide_client, offers):
    response = guide_client.get(f"/vejledning/forslag/{shortlist.pk}/udskriv/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = soup_of(response)
    assert html.select_one('link[href$="shortlists/print.css"]')
    assert text_of(html.select_one("h1")) == "Forslag til dig"
    items = html.select(".shortlist-print-item")
    assert [text_of(item.select_one("h2")) for item in items] == [
        "Morgenroning (Fjordlund Roklub)",
        "Hjælp ved kaproningen",
        "Prøv roning",
        "Lysglimt sorggrupper",
    ]
    rowing, task, event, grief = (text_of(item) for item in items)
    assert "Start med en prøvetur" in rowing and "Lørdage kl. 8" in rowing and "Havnevej 4, 4790 Fjordlund" in rowing
    assert "formand@roklub.dk" in rowing and "12 34 56 78" in rowing
    assert "Mette Åben" in rowing and "87 65 43 21" in rowing  # consent on record
    assert "Jens Hemmelig" not in rowing  # no consent on record
    assert (
        "Ugentlig, 2 timer" in task
        and "1. maj 2027 – 2. maj 2027" in task
        and "15. april 2027" in task
        and "Havnen" in task
    )
    assert "kl. 10.00–12.00" in event and "Fjordlund Bibliotek" in event
    assert "skjult@lysglimt.dk" not in grief and "kontaktformularen" in grief and "Ring gerne først" in grief


def test_the_print_stylesheet_is_a4_without_the_sites_chrome():
    css = (django_settings.BASE_DIR / "shortlists/static/shortlists/print.css").read_text()
    printed = css[css.index("@media print") :]
    assert "size: A4" in printed
    hidden = printed[: printed.index("display: none")]
    for chrome in ("header.header", ".footer", ".breadcrumbs", "wagtail-userbar", "form", "button", ".skipnav"):
        assert chrome in hidden


def test_the_citizen_gets_the_shortlist_through_the_mail_queue_and_the_address_is_not_stored(
    shortlist, guide, guide_client, mail_queue
):
    response = guide_client.post(f"/vejledning/forslag/{shortlist.pk}/send/", {"email": CITIZEN})
    assert response.status_code == 302

    queued = Message.objects.get()  # in the queue, as every email of the portal
    assert queued.email.to == [CITIZEN]
    # …and nowhere else: not on the shortlist, its items, or the guide's session.
    for row in [*Shortlist.objects.values(), *ShortlistItem.objects.values()]:
        assert CITIZEN not in str(row)
    for session in Session.objects.all():
        assert CITIZEN not in str(session.get_decoded())

    (email,) = deliver_queued_mail()
    assert not Message.objects.exists()  # the queue forgets it once sent
    assert email.to == [CITIZEN] and email.reply_to == [guide.email]
    assert email.subject.startswith("Forslag til dig fra")
    for text in ("Morgenroning (Fjordlund Roklub)", "Start med en prøvetur", "formand@roklub.dk", "Vera Vejleder"):
        assert text in email.body
    assert "Jens Hemmelig" not in email.body and "skjult@lysglimt.dk" not in email.body


def test_the_associations_are_introduced_only_with_the_citizens_consent(shortlist, offers, guide_client, mail_queue):
    send = f"/vejledning/forslag/{shortlist.pk}/send/"
    form = soup_of(guide_client.get(send))
    offered = [text_of(label) for label in form.select("fieldset label")]
    assert offered == ["Fjordlund Roklub", "Lysglimt sorggrupper"]

    chosen = {"email": CITIZEN, "name": "Karen Borger", "phone": "11 22 33 44", "organisers": [offers["club"].pk]}
    refused = guide_client.post(send, chosen)
    assert refused.status_code == 400
    assert not Message.objects.exists()  # not even the citizen's copy: the form comes back to be corrected
    page = soup_of(refused)
    assert page.select_one("#id_email")["value"] == CITIZEN
    assert page.select_one("#id_name")["value"] == "Karen Borger"
    assert page.select_one(f"input[name=organisers][value='{offers['club'].pk}']").has_attr("checked")
    assert page.select_one(".shortlist-error-summary")

    assert guide_client.post(send, {**chosen, "introduce": "on"}).status_code == 302
    to_citizen, introduction = sorted(deliver_queued_mail(), key=lambda message: message.to != [CITIZEN])
    assert to_citizen.to == [CITIZEN]
    assert sorted(introduction.to) == ["formand@roklub.dk", "kasserer@roklub.dk", "traener@roklub.dk"]
    assert introduction.reply_to == [CITIZEN]
    assert "Karen Borger" in introduction.subject
    assert "Morgenroning (Fjordlund Roklub)" in introduction.body and "11 22 33 44" in introduction.body
    assert "Prøv roning" in introduction.body  # the club's event too; the grief group was not chosen


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"email": "ikke-en-adresse"}, "email"),
        ({"email": ""}, "email"),
        ({"email": CITIZEN, "introduce": "on"}, "organisers"),
        ({"email": CITIZEN, "introduce": "on", "organisers": ["club"]}, "name"),
        ({"email": CITIZEN, "organisers": ["999999"]}, "organisers"),
    ],
)
def test_bad_input_when_sending_is_a_400_with_the_form_filled_in(
    shortlist, offers, guide_client, mail_queue, data, field
):
    data = {**data, "organisers": [str(offers[key].pk) if key in offers else key for key in data.get("organisers", [])]}
    response = guide_client.post(f"/vejledning/forslag/{shortlist.pk}/send/", data)
    assert response.status_code == 400
    page = soup_of(response)
    assert page.select_one(f"a[href='#id_{field}']") or page.select_one(f"#id_{field}_0")
    assert page.select_one("#id_email")["value"] == data["email"]
    assert not Message.objects.exists()


def test_sending_is_rate_limited(shortlist, guide_client, mail_queue, settings):
    settings.RATELIMIT_FORM_PER_ADDRESS = "1/h"
    send = f"/vejledning/forslag/{shortlist.pk}/send/"
    assert guide_client.post(send, {"email": CITIZEN}).status_code == 302
    again = guide_client.post(send, {"email": CITIZEN})
    assert again.status_code == 429
    assert soup_of(again).select_one("#id_email")["value"] == CITIZEN
    assert Message.objects.count() == 1


def test_an_empty_shortlist_has_nothing_to_send(guide, guide_client):
    empty = ShortlistFactory(owner=guide)
    assert guide_client.get(f"/vejledning/forslag/{empty.pk}/send/").status_code == 404

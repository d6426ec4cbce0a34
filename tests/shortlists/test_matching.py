"""A volunteer guide matches a citizen to local offers: add from lists, pages and search, note, order, remove.

The "Føj til forslag" button is on the lists of associations, tasks and events, on their pages
(each activity of an association too) and in the search results, for staff who may use shortlists
only. It adds to the current shortlist (or the one chosen, when the guide has several open), and
the guide lands on the shortlist with a way back to where they were.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.template import RequestContext, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from directory.factories import AssociationPageFactory
from shortlists.factories import ShortlistFactory, ShortlistItemFactory
from shortlists.models import Shortlist, ShortlistItem
from tests.helpers import logged_in, member_of, publish, soup_of, text_of

pytestmark = pytest.mark.django_db

ADD = "/vejledning/forslag/tilfoej/"


def buttons(response):
    """What each "Føj til forslag" form on the page adds: (page id, activity id or None)."""
    found = []
    for form in soup_of(response).select("form.shortlist-add"):
        activity = form.select_one("input[name=activity]")
        found.append((int(form.select_one("input[name=page]")["value"]), int(activity["value"]) if activity else None))
    return found


def add(client, page, activity=None, shortlist=None, next="/foreninger/"):
    data = {"page": page.pk, "next": next}
    if activity is not None:
        data["activity"] = activity.pk
    if shortlist is not None:
        data["shortlist"] = shortlist.pk
    return client.post(ADD, data)


def titles_on(response):
    return [text_of(heading) for heading in soup_of(response).select(".shortlist-item h2")]


def test_a_guide_adds_an_association_from_the_listing_and_lands_on_the_shortlist(offers, guide, guide_client):
    listing = guide_client.get("/foreninger/")
    assert (offers["club"].pk, None) in buttons(listing)
    button = soup_of(listing).select_one(f"#forening-{offers['club'].pk} .shortlist-add-button")
    assert button.get_text() == "Føj til forslag: Fjordlund Roklub"

    response = add(guide_client, offers["club"], next="/foreninger/?side=2")
    shortlist = Shortlist.objects.get(owner=guide)
    assert response.status_code == 302 and response["Location"] == f"/vejledning/forslag/{shortlist.pk}/"
    page = guide_client.get(response["Location"])
    assert titles_on(page) == ["Fjordlund Roklub"]
    assert "Fjordlund Roklub" in text_of(soup_of(page).select_one(".shortlist-messages"))
    assert soup_of(page).select_one("a.shortlist-back")["href"] == "/foreninger/?side=2"
    assert page["Cache-Control"].count("no-store") and "private" in page["Cache-Control"]


def test_a_guide_adds_activities_tasks_and_events_from_their_pages_and_listings(offers, guide, guide_client):
    club, rowing, task, event = offers["club"], offers["rowing"], offers["task"], offers["event"]
    association_page = buttons(guide_client.get("/foreninger/roklub/"))
    assert (club.pk, None) in association_page and (club.pk, rowing.pk) in association_page
    assert buttons(guide_client.get("/bliv-frivillig/")) == [(task.pk, None)]
    assert buttons(guide_client.get(task.url)) == [(task.pk, None)]
    assert (event.pk, None) in buttons(guide_client.get("/arrangementer/"))
    assert buttons(guide_client.get(event.url)) == [(event.pk, None)]

    for page, activity in ((club, rowing), (task, None), (event, None)):
        assert add(guide_client, page, activity).status_code == 302
    shortlist = Shortlist.objects.get(owner=guide)
    items = list(shortlist.items.values_list("page_id", "activity_id"))
    assert items == [(club.pk, rowing.pk), (task.pk, None), (event.pk, None)]
    assert titles_on(guide_client.get(f"/vejledning/forslag/{shortlist.pk}/")) == [
        "Morgenroning (Fjordlund Roklub)",
        "Hjælp ved kaproningen",
        "Prøv roning",
    ]


def test_the_same_offer_is_added_once(offers, guide, guide_client):
    add(guide_client, offers["club"])
    response = guide_client.get(add(guide_client, offers["club"])["Location"])
    assert ShortlistItem.objects.count() == 1
    assert "allerede" in text_of(soup_of(response).select_one(".shortlist-messages"))


def test_a_guide_adds_an_association_and_a_matching_activity_from_the_search_results(offers, guide_client):
    results = guide_client.get("/search/", {"q": "morgenroning"})
    assert results.status_code == 200
    assert (offers["club"].pk, offers["rowing"].pk) in buttons(results)
    assert add(guide_client, offers["club"], offers["rowing"], next="/search/?q=morgenroning").status_code == 302
    assert ShortlistItem.objects.get().activity_id == offers["rowing"].pk


def test_a_guide_notes_a_line_on_each_item_orders_them_and_removes_one(offers, guide, guide_client):
    shortlist = ShortlistFactory(owner=guide, label="Karen")
    first = ShortlistItemFactory(shortlist=shortlist, page=offers["club"], sort_order=0)
    second = ShortlistItemFactory(shortlist=shortlist, page=offers["task"], sort_order=1)
    third = ShortlistItemFactory(shortlist=shortlist, page=offers["event"], sort_order=2)
    base = f"/vejledning/forslag/{shortlist.pk}/punkt"

    response = guide_client.post(f"{base}/{second.pk}/note/", {f"item-{second.pk}-note": "Spørg efter Mette"})
    assert response.status_code == 302 and response["Location"].endswith(f"#punkt-{second.pk}")
    second.refresh_from_db()
    assert second.note == "Spørg efter Mette"

    guide_client.post(f"{base}/{third.pk}/op/")
    guide_client.post(f"{base}/{first.pk}/ned/")
    page = guide_client.get(f"/vejledning/forslag/{shortlist.pk}/")
    assert titles_on(page) == ["Prøv roning", "Fjordlund Roklub", "Hjælp ved kaproningen"]
    # Up and down are plain forms: the first item has no "up", the last no "down".
    items = soup_of(page).select(".shortlist-item")
    assert not items[0].select(f"form[action$='/punkt/{third.pk}/op/']")
    assert not items[-1].select(f"form[action$='/punkt/{second.pk}/ned/']")

    guide_client.post(f"{base}/{first.pk}/fjern/")
    assert titles_on(guide_client.get(f"/vejledning/forslag/{shortlist.pk}/")) == [
        "Prøv roning",
        "Hjælp ved kaproningen",
    ]


def test_a_note_too_long_comes_back_filled_in_with_a_400(offers, guide, guide_client):
    item = ShortlistItemFactory(shortlist=ShortlistFactory(owner=guide), page=offers["club"])
    typed = "x" * 201
    response = guide_client.post(
        f"/vejledning/forslag/{item.shortlist.pk}/punkt/{item.pk}/note/", {f"item-{item.pk}-note": typed}
    )
    assert response.status_code == 400
    field = soup_of(response).select_one(f"#id_item-{item.pk}-note")
    assert field["value"] == typed and field["aria-invalid"] == "true"
    item.refresh_from_db()
    assert item.note == ""


def test_a_guide_keeps_two_shortlists_open_and_chooses_where_an_offer_goes(offers, guide, guide_client):
    for label in ("Karen", "Sag 14"):
        response = guide_client.post("/vejledning/forslag/ny/", {"label": label})
        assert response.status_code == 302
    karen, case = Shortlist.objects.get(label="Karen"), Shortlist.objects.get(label="Sag 14")

    # The newest is current; every button lets the guide choose, with the current one chosen.
    listing = soup_of(guide_client.get("/foreninger/"))
    select = listing.select_one(f"#forening-{offers['club'].pk} select[name=shortlist]")
    assert [text_of(option) for option in select.select("option")] == ["Sag 14", "Karen"]
    assert select.select_one("option[selected]")["value"] == str(case.pk)
    assert listing.select_one(f"label[for={select['id']}]")

    add(guide_client, offers["club"], shortlist=karen)
    add(guide_client, offers["task"], shortlist=case)
    assert [item.page_id for item in karen.items.all()] == [offers["club"].pk]
    assert [item.page_id for item in case.items.all()] == [offers["task"].pk]

    guide_client.post(f"/vejledning/forslag/{case.pk}/aktuel/")
    add(guide_client, offers["event"])  # without a choice: the current shortlist
    assert case.items.count() == 2

    overview = guide_client.get("/vejledning/forslag/")
    assert [text_of(a) for a in soup_of(overview).select(".shortlist-list-item a")] == ["Sag 14", "Karen"]


def test_a_guide_deletes_a_shortlist(offers, guide, guide_client):
    shortlist = ShortlistItemFactory(shortlist=ShortlistFactory(owner=guide), page=offers["club"]).shortlist
    assert guide_client.post(f"/vejledning/forslag/{shortlist.pk}/slet/").status_code == 302
    assert not Shortlist.objects.exists() and not ShortlistItem.objects.exists()


def test_another_staff_members_shortlist_is_not_found(offers, guide, communications):
    theirs = ShortlistItemFactory(shortlist=ShortlistFactory(owner=communications), page=offers["club"])
    client = logged_in(guide)
    for suffix in ("", "udskriv/", "send/"):
        assert client.get(f"/vejledning/forslag/{theirs.shortlist.pk}/{suffix}").status_code == 404
    assert client.post(f"/vejledning/forslag/{theirs.shortlist.pk}/punkt/{theirs.pk}/fjern/").status_code == 404
    assert add(client, offers["task"], shortlist=theirs.shortlist).status_code == 404
    assert ShortlistItem.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ({"page": "abc"}, "not a number"),
        ({}, "no page"),
        ({"page": 999999}, "no such page"),
        ({"page": "home"}, "not an offer"),
        ({"page": "club", "activity": 999999}, "no such activity"),
        ({"page": "grief", "activity": "rowing"}, "another association's activity"),
    ],
)
def test_adding_something_that_cannot_be_on_a_shortlist_is_a_400(offers, home, guide_client, data, why):
    named = {**offers, "home": home}
    data = {key: named[value].pk if value in named else value for key, value in data.items()}
    response = guide_client.post(ADD, data)
    assert response.status_code == 400, why
    assert soup_of(response).select_one("[role=alert]")
    assert not ShortlistItem.objects.exists()


def test_a_shortlist_needs_a_label(guide_client):
    response = guide_client.post("/vejledning/forslag/ny/", {"label": ""})
    assert response.status_code == 400
    assert soup_of(response).select_one(".shortlist-error-summary")
    assert not Shortlist.objects.exists()


def test_the_next_address_must_be_on_this_site(offers, guide_client):
    page = guide_client.get(add(guide_client, offers["club"], next="https://evil.example/")["Location"])
    assert not soup_of(page).select_one("a.shortlist-back")


@pytest.mark.parametrize("who", ["anonymous", "representative", "policy owner"])
def test_visitors_representatives_and_other_staff_never_see_the_button(offers, representative, who):
    if who == "anonymous":
        client = Client()
    elif who == "representative":
        client = logged_in(representative)
    else:
        client = logged_in(member_of("Politikejere", "politik"))
    for address in ("/foreninger/", "/foreninger/roklub/", "/bliv-frivillig/", "/arrangementer/", offers["event"].url):
        response = client.get(address)
        assert response.status_code == 200, address
        assert b"shortlist-add" not in response.content, address
    assert b"shortlist-add" not in client.get("/search/", {"q": "roning"}).content


@pytest.mark.parametrize("who", ["communications", "superuser"])
def test_kommunikation_and_superusers_use_shortlists_too(offers, request, who):
    client = logged_in(request.getfixturevalue(who))
    assert (offers["club"].pk, None) in buttons(client.get("/foreninger/"))
    assert add(client, offers["club"]).status_code == 302
    assert client.get("/vejledning/forslag/").status_code == 200


def staff_queries(client, path):
    client.get(path)  # the first request fills the process's caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_buttons_read_the_guides_shortlists_once_however_many_offers_are_listed(
    offers, directory, guide, guide_client
):
    ShortlistFactory(owner=guide, label="Karen")
    ShortlistFactory(owner=guide, label="Sag 14")
    few = staff_queries(guide_client, "/foreninger/")
    for number in range(4):
        publish(AssociationPageFactory(parent=directory, title=f"Forening {number}", slug=f"forening-{number}"))
    assert len(buttons(guide_client.get("/foreninger/"))) == 6
    assert staff_queries(guide_client, "/foreninger/") == few


def test_the_button_costs_an_anonymous_visitor_no_query(offers):
    """The pages' own budgets (tests/directory, tests/events, tests/test_home.py) hold with the button in place;
    here the include alone, rendered as a visitor's listing renders it."""
    request = RequestFactory().get("/foreninger/")
    request.user = AnonymousUser()
    template = Template('{% include "shortlists/_add_button.html" with offer=club %}')
    with CaptureQueriesContext(connection) as queries:
        html = template.render(RequestContext(request, {"club": offers["club"]}))
    assert html.strip() == "" and len(queries) == 0

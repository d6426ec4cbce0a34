"""An association's representative puts its events on the portal, under the same moderation as its other pages."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from directory.access import grant_association_access
from directory.factories import AssociationPageFactory
from portal_events.factories import EventPageFactory, in_days
from portal_events.models import EventPage
from tests.helpers import soup_of, text_of

pytestmark = pytest.mark.django_db

PASSWORD = "en-lang-adgangskode-til-test"


@pytest.fixture
def world(directory, calendar, association):
    other = AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost")
    other_event = EventPageFactory(parent=other, title="Skakturnering", slug="skakturnering")
    kommune_event = EventPageFactory(parent=calendar, title="Temadag", slug="temadag")
    rep = grant_association_access(association, ["formand@egebjerg-boldklub.dk"], send_invitations=False).invited[0]
    rep.set_password(PASSWORD)
    rep.save()
    grant_association_access(other, ["formand@bifrost.dk"], send_invitations=False)
    return {"own": association, "other": other, "other_event": other_event, "kommune_event": kommune_event, "rep": rep}


@pytest.fixture
def rep_client(client, world):
    client.force_login(world["rep"])
    return client


def errors(response):
    """What the admin form says is wrong, for a failing assertion."""
    context = response.context or {}
    form = context.get("form")
    return (form.errors, [f.errors for f in form.formsets.values()]) if form is not None else response.status_code


def add_form(client, parent):
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", parent.pk])
    response = client.get(url)
    return url, response


def event_data(html, **extra):
    data = querydict_from_html(html, form_id="page-edit-form")
    data.update(
        {
            "title": "Sommerstævne",
            "event_type": EventPage.ASSOCIATION_EVENT,
            "summary": "Stævne for alle klubbens hold.",
            "body-count": "0",
            "dates-TOTAL_FORMS": "1",
            "dates-INITIAL_FORMS": "0",
            "dates-MIN_NUM_FORMS": "1",
            "dates-MAX_NUM_FORMS": "1000",
            "dates-0-start": in_days(20, 10).strftime("%Y-%m-%d %H:%M"),
            "dates-0-end": in_days(20, 16).strftime("%Y-%m-%d %H:%M"),
            "dates-0-id": "",
            "dates-0-ORDER": "1",
            "dates-0-DELETE": "",
            "place_name": "Egebjerg Stadion",
            "is_free": "on",
            "signup_method": EventPage.NONE,
            **extra,
        }
    )
    return data


def test_a_representative_adds_an_event_to_their_association_and_submits_it(rep_client, world):
    url, response = add_form(rep_client, world["own"])
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="action-publish"' not in html
    response = rep_client.post(url, event_data(html, **{"action-submit": "action-submit"}))
    assert response.status_code == 302, errors(response)
    event = EventPage.objects.get(title="Sommerstævne")
    assert event.get_parent().pk == world["own"].pk
    assert not event.live  # waits for Kommunikation
    assert event.owner == world["rep"]
    assert WorkflowState.objects.filter(object_id=str(event.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()
    assert event.get_latest_revision_as_object().starts_at == in_days(20, 10)


def test_posting_publish_as_a_representative_publishes_nothing(rep_client, world):
    url, response = add_form(rep_client, world["own"])
    rep_client.post(url, event_data(response.content.decode(), **{"action-publish": "action-publish"}))
    event = EventPage.objects.filter(title="Sommerstævne").first()
    assert event is None or not event.live
    assert rep_client.get("/foreninger/egebjerg-boldklub/sommerstaevne/").status_code == 404


def test_a_representative_cannot_touch_another_associations_event(rep_client, world):
    other_event = world["other_event"]
    for name in ("edit", "delete", "unpublish"):
        response = rep_client.get(reverse(f"wagtailadmin_pages:{name}", args=[other_event.pk]))
        assert response.status_code in (302, 403, 404), name
    _, response = add_form(rep_client, world["other"])
    assert response.status_code in (302, 403, 404)
    rep_client.post(reverse("wagtailadmin_pages:delete", args=[other_event.pk]))
    assert EventPage.objects.filter(pk=other_event.pk, live=True).exists()


def test_a_representative_cannot_add_to_the_kommunes_calendar(rep_client, world, calendar):
    _, response = add_form(rep_client, calendar)
    assert response.status_code in (302, 403, 404)
    response = rep_client.get(reverse("wagtailadmin_pages:edit", args=[world["kommune_event"].pk]))
    assert response.status_code in (302, 403, 404)


def test_staff_add_a_kommune_event_to_the_calendar_and_publish_it(client, calendar):
    staff = get_user_model().objects.create_user("kommunikation", "k@fjordlund.dk", PASSWORD)
    staff.groups.add(Group.objects.get(name="Kommunikation"))
    client.force_login(staff)
    url, response = add_form(client, calendar)
    assert response.status_code == 200
    data = event_data(response.content.decode(), title="Statusmøde", event_type=EventPage.STATUS_MEETING)
    data["action-publish"] = "action-publish"
    data["slug"] = "statusmoede"  # staff see the address field
    response = client.post(url, data)
    assert response.status_code == 302, errors(response)
    event = EventPage.objects.get(title="Statusmøde")
    assert event.live and event.starts_at == in_days(20, 10)
    assert client.get("/arrangementer/").content.decode().count("Statusmøde") >= 1


def test_the_representatives_corner_lists_their_events_and_offers_to_add_one(rep_client, world):
    EventPageFactory(parent=world["own"], title="Klubfest", dates=[(in_days(3, 18), None)])
    EventPageFactory(parent=world["own"], title="Kladde til stævne", live=False)
    EventPageFactory(parent=world["own"], title="Sidste års fest", dates=[(in_days(-30), None)])
    response = rep_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    panel = soup_of(response).find(id="events-corner-section")
    assert panel is not None
    rows = [text_of(row) for row in panel.select("tbody tr")]
    assert any("Klubfest" in row and "Udgivet" in row for row in rows)
    assert any("Kladde til stævne" in row and "Ikke udgivet endnu" in row for row in rows)
    assert not any("Sidste års fest" in row for row in rows)
    assert "Skakturnering" not in text_of(panel)  # the other association's
    add_url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", world["own"].pk])
    assert panel.find("a", href=add_url)

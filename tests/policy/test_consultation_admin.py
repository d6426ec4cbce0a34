"""Policy owners moderate consultation responses in the admin; nobody else sees them.

A policy owner (group Politikejere) finds "Consultation responses" in the menu, filters the
list by consultation and status, reads a response in full with its email and attachment, and
approves or rejects it for publication with an internal note. A response whose sender did not
consent cannot be approved. Nobody, not even a superuser, adds, edits or deletes a response:
it is what a citizen sent. Communications staff and association representatives do not see
responses at all.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from directory.access import grant_association_access
from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory
from policy.factories import ConsultationPageFactory, ConsultationResponseFactory, PolicyPageFactory
from policy.models import ConsultationResponse
from tests.helpers import member_of

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%%EOF\n"
INDEX = "consultation_responses:index"


def url(name, *args):
    return reverse(f"consultation_responses:{name}", args=args)


def refused(answer):
    """Wagtail answers a forbidden admin view with 403 or a redirect to the dashboard, showing nothing of it."""
    if answer.status_code == 302:
        return answer["Location"] in (reverse("wagtailadmin_home"),) or "/admin/login/" in answer["Location"]
    return answer.status_code == 403 and b"Egebjerg" not in answer.content


def client_for(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


@pytest.fixture
def consultations(home):
    policy = PolicyPageFactory(parent=home, slug="frivilligpolitik")
    return (
        ConsultationPageFactory(parent=policy, title="Høring om frivilligpolitikken", slug="hoering"),
        ConsultationPageFactory(parent=policy, title="Høring om fokusområder", slug="fokus"),
    )


@pytest.fixture
def responses(consultations):
    policy_round, focus_round = consultations
    return {
        "consented": ConsultationResponseFactory(
            consultation=policy_round,
            name="Egebjerg Idrætsforening",
            email="formand@egebjerg-if.dk",
            text="Vi savner mere om de unge.\n\nOg om <b>faciliteter</b>.",
            attachment_name="Vores svar.pdf",
            attachment_data=PDF,
            attachment_size=len(PDF),
        ),
        "declined": ConsultationResponseFactory(
            consultation=policy_round, name="Anonym Nabo", email="nabo@example.dk", consent_to_publish=False
        ),
        "other_round": ConsultationResponseFactory(
            consultation=focus_round, name="Fjordlund Roklub", status=ConsultationResponse.APPROVED
        ),
    }


@pytest.fixture
def owner(db):
    return member_of("Politikejere", "politikejer")


@pytest.fixture
def owner_client(owner):
    return client_for(owner)


def test_policy_owners_find_the_responses_in_their_menu(owner_client):
    html = owner_client.get(reverse("wagtailadmin_home")).content.decode()
    assert url("index") in html


def test_policy_owners_list_responses_with_consultation_date_status_and_consent(owner_client, responses):
    html = owner_client.get(url("index")).content.decode()
    for name in ["Egebjerg Idrætsforening", "Anonym Nabo", "Fjordlund Roklub"]:
        assert name in html
    assert "Høring om frivilligpolitikken" in html
    assert str(ConsultationResponse(status="pending").get_status_display()) in html
    assert "formand@egebjerg-if.dk" not in html  # addresses are read one response at a time
    # The title links to the full response.
    assert url("inspect", responses["consented"].pk) in html


def test_the_list_filters_by_consultation_and_status(owner_client, responses, consultations):
    focus_round = consultations[1]
    html = owner_client.get(url("index"), {"consultation": focus_round.pk}).content.decode()
    assert "Fjordlund Roklub" in html and "Egebjerg Idrætsforening" not in html
    html = owner_client.get(url("index"), {"status": "pending"}).content.decode()
    assert "Egebjerg Idrætsforening" in html and "Anonym Nabo" in html and "Fjordlund Roklub" not in html


def test_a_response_is_read_in_full_with_its_email_and_attachment(owner_client, responses):
    response = responses["consented"]
    html = owner_client.get(url("inspect", response.pk)).content.decode()
    assert "<p>Vi savner mere om de unge.</p>" in html
    assert "<p>Og om &lt;b&gt;faciliteter&lt;/b&gt;.</p>" in html  # as typed, never as markup
    assert 'href="mailto:formand@egebjerg-if.dk"' in html
    assert f'href="{url("attachment", response.pk)}"' in html
    assert f'action="{url("moderate", response.pk)}"' in html
    assert 'name="decision" value="approve"' in html
    assert 'name="decision" value="reject"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_a_policy_owner_approves_a_response_with_a_note(owner_client, owner, responses):
    response = responses["consented"]
    answer = owner_client.post(
        url("moderate", response.pk), {"decision": "approve", "moderation_note": "Relevant og saglig."}
    )
    assert answer.status_code == 302
    assert answer["Location"] == url("index")
    response.refresh_from_db()
    assert response.status == ConsultationResponse.APPROVED
    assert response.moderated_by == owner
    assert response.moderation_note == "Relevant og saglig."
    assert abs(response.moderated_at - timezone.now()).total_seconds() < 60
    messages = [str(message) for message in owner_client.get(url("index")).context["messages"]]
    assert any("Egebjerg Idrætsforening" in message for message in messages)


def test_a_policy_owner_rejects_a_response(owner_client, owner, responses):
    response = responses["declined"]
    assert owner_client.post(url("moderate", response.pk), {"decision": "reject"}).status_code == 302
    response.refresh_from_db()
    assert response.status == ConsultationResponse.REJECTED
    assert response.moderated_by == owner
    assert response.moderation_note == ""


def test_a_response_without_consent_cannot_be_approved(owner_client, responses):
    response = responses["declined"]
    html = owner_client.get(url("inspect", response.pk)).content.decode()
    assert 'value="approve"' not in html  # the button is not offered …

    answer = owner_client.post(url("moderate", response.pk), {"decision": "approve"}, follow=True)  # … nor obeyed
    response.refresh_from_db()
    assert response.status == ConsultationResponse.PENDING
    assert response.moderated_by is None
    messages = [str(message) for message in answer.context["messages"]]
    assert len(messages) == 1
    assert answer.redirect_chain[-1][0] == url("inspect", response.pk)


def test_moderation_changes_the_status_never_the_citizens_words(owner_client, responses):
    response = responses["consented"]
    owner_client.post(
        url("moderate", response.pk),
        {"decision": "approve", "name": "Ændret", "email": "ny@example.dk", "text": "Ændret tekst", "status": "x"},
    )
    response.refresh_from_db()
    assert response.name == "Egebjerg Idrætsforening"
    assert response.email == "formand@egebjerg-if.dk"
    assert response.text.startswith("Vi savner mere om de unge.")
    assert response.status == ConsultationResponse.APPROVED


def test_moderation_takes_only_a_post_with_a_csrf_token_and_a_known_decision(owner, responses):
    response = responses["consented"]
    browser = client_for(owner)
    assert browser.get(url("moderate", response.pk)).status_code == 405
    assert browser.post(url("moderate", response.pk), {"decision": "publish"}).status_code == 302
    strict = client_for(owner, enforce_csrf_checks=True)
    assert strict.post(url("moderate", response.pk), {"decision": "approve"}).status_code == 403
    response.refresh_from_db()
    assert response.status == ConsultationResponse.PENDING


def test_nobody_adds_edits_or_deletes_a_response_not_even_a_superuser(responses):
    admin = get_user_model().objects.create_superuser("admin", "admin@kommune.dk", "Hoering-2026")
    browser = client_for(admin)
    for name in ["add", "edit", "delete", "copy", "history"]:
        with pytest.raises(NoReverseMatch):
            reverse(f"consultation_responses:{name}", args=[] if name == "add" else [responses["consented"].pk])
    pk = responses["consented"].pk
    for address in ["new/", f"edit/{pk}/", f"delete/{pk}/"]:
        assert browser.get(f"{url('index')}{address}").status_code == 404
    html = browser.get(url("index")).content.decode()
    assert f"{url('index')}new/" not in html
    assert browser.get(url("inspect", pk)).status_code == 200  # superusers may moderate
    assert ConsultationResponse.objects.count() == 3


def test_communications_staff_do_not_see_responses(responses):
    staff = client_for(member_of("Kommunikation", "kommunikation"))
    assert url("index") not in staff.get(reverse("wagtailadmin_home")).content.decode()
    response = responses["consented"]
    for address in [url("index"), url("inspect", response.pk), url("attachment", response.pk)]:
        assert refused(staff.get(address))
    assert refused(staff.post(url("moderate", response.pk), {"decision": "approve"}))
    response.refresh_from_db()
    assert response.status == ConsultationResponse.PENDING


def test_association_representatives_do_not_see_responses(home, responses):
    directory = DirectoryIndexPageFactory(parent=home)
    club = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
    representative = grant_association_access(club, ["formand@ajax.dk"], send_invitations=False).invited[0]
    browser = client_for(representative)
    assert browser.get(reverse("wagtailadmin_home")).status_code == 200  # they do use the admin …
    response = responses["consented"]
    for address in [url("index"), url("inspect", response.pk), url("attachment", response.pk)]:
        assert refused(browser.get(address))  # … but not this part


def test_the_staff_download_of_an_attachment_needs_the_permission(owner_client, responses):
    response = responses["consented"]
    download = owner_client.get(url("attachment", response.pk))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"] == 'attachment; filename="Vores svar.pdf"'
    assert "no-store" in download["Cache-Control"]
    assert download.content == PDF
    # Staff may read a pending response's attachment; the public may not.
    assert Client().get(url("attachment", response.pk)).status_code == 302  # to the login page
    assert owner_client.get(url("attachment", responses["declined"].pk)).status_code == 404  # has none

    # An admin user without policy.view_consultationresponse does not get it.
    staff = member_of("Kommunikation", "kommunikation")
    assert not staff.has_perm("policy.view_consultationresponse")
    assert refused(client_for(staff).get(url("attachment", response.pk)))

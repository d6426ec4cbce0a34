"""Staff give an association access in one action; the invited representative sets a password and gets in.

Also what the communications staff (Kommunikation, not superusers) may do with
associations, the vocabularies and the contact messages.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import querydict_from_html

from directory.access import association_group, grant_association_access
from directory.factories import AssociationPageFactory
from directory.models import Category, ContactMessage
from tests.helpers import member_of
from tests.mail import deliver_queued_mail

pytestmark = pytest.mark.django_db

PASSWORD = "Kaffe-og-kage-paa-raadhuset-7"


@pytest.fixture
def ajax(directory):
    return AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")


@pytest.fixture
def bifrost(directory):
    return AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost")


@pytest.fixture
def staff(db):
    return member_of("Kommunikation", "kommunikation", PASSWORD)


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def access_url(association):
    return reverse("directory_association_access", args=[association.pk])


def remove_url(association):
    return reverse("directory_association_access_remove", args=[association.pk])


# The button and the form ----------------------------------------------------------------------------------------


def test_staff_find_the_action_on_the_association_in_the_explorer_and_the_editor(staff_client, ajax, directory):
    for address in [
        reverse("wagtailadmin_explore", args=[ajax.pk]),
        reverse("wagtailadmin_pages:edit", args=[ajax.pk]),
        reverse("wagtailadmin_explore", args=[directory.pk]),  # the "more" menu of each row
    ]:
        html = staff_client.get(address).content.decode()
        assert access_url(ajax) in html, address
    # Not on pages that are not associations.
    html = staff_client.get(reverse("wagtailadmin_pages:edit", args=[directory.pk])).content.decode()
    assert "/access/" not in html


def test_the_form_shows_who_has_access_and_works_on_a_phone(staff_client, ajax):
    grant_association_access(ajax, ["formand@ajax.dk"], send_invitations=False)
    response = staff_client.get(access_url(ajax), HTTP_USER_AGENT="Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="emails"' in html
    assert "formand@ajax.dk" in html
    assert remove_url(ajax) in html
    assert 'name="viewport"' in html  # Wagtail's responsive admin frame
    assert "csrfmiddlewaretoken" in html


def test_the_form_is_only_for_association_pages(staff_client, directory):
    assert staff_client.get(reverse("directory_association_access", args=[directory.pk])).status_code == 404


def test_a_representative_cannot_give_access(client, ajax):
    rep = grant_association_access(ajax, ["formand@ajax.dk"], send_invitations=False).invited[0]
    client.force_login(rep)
    response = client.get(access_url(ajax))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    response = client.post(access_url(ajax), {"emails": "ven@ajax.dk"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(email="ven@ajax.dk").exists()


# Giving access and the invitation --------------------------------------------------------------------------------


def invitation_link(message):
    """The password link in the email, as a path the test client can follow."""
    match = re.search(r"https?://\S+/admin/password_reset/confirm/\S+/", message.body)
    assert match, message.body
    return urlsplit(match.group(0)).path


def test_giving_access_invites_new_people_who_then_set_a_password_and_get_in(staff_client, ajax):
    response = staff_client.post(access_url(ajax), {"emails": "Formand@Ajax.dk\nkasserer@ajax.dk, formand@ajax.dk"})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[ajax.pk])
    html = staff_client.get(response["Location"]).content.decode()
    assert "formand@ajax.dk" in html and "kasserer@ajax.dk" in html  # the success message names them

    group = association_group(ajax)
    assert set(group.user_set.values_list("email", flat=True)) == {"formand@ajax.dk", "kasserer@ajax.dk"}
    outbox = deliver_queued_mail()
    assert sorted(message.to[0] for message in outbox) == ["formand@ajax.dk", "kasserer@ajax.dk"]
    invitation = next(message for message in outbox if message.to == ["formand@ajax.dk"])
    assert "Ajax Roklub" in invitation.subject
    assert "Ajax Roklub" in invitation.body

    # The invited person follows the link in a fresh browser, chooses a password and logs in.
    browser = Client()
    link = invitation_link(invitation)
    response = browser.get(link)
    assert response.status_code == 302  # Django moves the token out of the address
    set_password_url = response["Location"]
    assert browser.get(set_password_url).status_code == 200
    response = browser.post(
        set_password_url, {"new_password1": "Aarer-og-baade-2025", "new_password2": "Aarer-og-baade-2025"}
    )
    assert response.status_code == 302

    response = browser.post(
        reverse("wagtailadmin_login"), {"username": "formand@ajax.dk", "password": "Aarer-og-baade-2025"}, follow=True
    )
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == reverse("wagtailadmin_home")
    assert browser.get(reverse("wagtailadmin_pages:edit", args=[ajax.pk])).status_code == 200


def test_the_invitation_link_works_once(staff_client, ajax):
    staff_client.post(access_url(ajax), {"emails": "formand@ajax.dk"})
    (invitation,) = deliver_queued_mail()
    path = invitation_link(invitation)
    browser = Client()
    set_password_url = browser.get(path)["Location"]
    browser.post(set_password_url, {"new_password1": "Aarer-og-baade-2025", "new_password2": "Aarer-og-baade-2025"})
    response = Client().get(path, follow=True)
    assert 'name="new_password1"' not in response.content.decode()


def test_an_existing_representative_added_to_a_second_association_is_not_invited_again(staff_client, ajax, bifrost):
    rep = grant_association_access(ajax, ["formand@ajax.dk"], send_invitations=False).invited[0]
    rep.set_password(PASSWORD)
    rep.save()

    response = staff_client.post(access_url(bifrost), {"emails": "FORMAND@ajax.dk"}, follow=True)
    assert response.status_code == 200
    assert "formand@ajax.dk" in response.content.decode()
    assert deliver_queued_mail() == []
    assert get_user_model().objects.filter(email__iexact="formand@ajax.dk").count() == 1

    browser = Client()
    browser.force_login(rep)
    assert browser.get(reverse("wagtailadmin_pages:edit", args=[ajax.pk])).status_code == 200
    assert browser.get(reverse("wagtailadmin_pages:edit", args=[bifrost.pk])).status_code == 200
    html = browser.get(reverse("wagtailadmin_explore", args=[ajax.get_parent().pk]), follow=True).content.decode()
    assert "Ajax Roklub" in html and "Bifrost Skakklub" in html


def test_giving_access_twice_changes_nothing(staff_client, ajax):
    staff_client.post(access_url(ajax), {"emails": "formand@ajax.dk"})
    group = association_group(ajax)
    collection = grant_association_access(ajax).collection
    staff_client.post(access_url(ajax), {"emails": "formand@ajax.dk"})
    assert association_group(ajax) == group
    assert grant_association_access(ajax).collection == collection
    assert group.user_set.count() == 1
    assert len(deliver_queued_mail()) == 1


BAD_INPUT = {
    "empty": "",
    "only spaces and commas": "  ,, \n ",
    "not an address": "formanden",
    "one bad among several": "formand@ajax.dk\nkasserer(at)ajax.dk\nsekretaer@ajax.dk",
    "21 addresses": "\n".join(f"person{n}@ajax.dk" for n in range(21)),
    "over-long text": "formand@ajax.dk, " + "x" * 7000,
    "over-long address": "a" * 250 + "@ajax.dk",
    "HTML and script": '<script>alert("hej")</script>@ajax.dk <b>fed</b>',
    "emoji": "🚣@ajax.dk",
    "right-to-left": "\u202egro.xaja@dnamrof",
    "Arabic script": "مرحبا@مثال.com",
    "null character": "formand@ajax.dk\x00",
}


@pytest.mark.parametrize("text", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_is_answered_with_a_clear_error_and_the_text_kept(staff_client, ajax, text):
    response = staff_client.post(access_url(ajax), {"emails": text})
    assert response.status_code == 200
    errors = response.context["form"].errors["emails"]
    assert errors
    html = response.content.decode()
    for error in errors:
        assert escape(error) in html
    shown = text.replace("\x00", "").strip()
    if shown and len(shown) < 1000:
        assert escape(shown) in html  # the textarea keeps what was typed
    assert "<script>alert" not in html
    assert association_group(ajax) is None or not association_group(ajax).user_set.exists()
    assert get_user_model().objects.filter(groups__name="Foreningsrepræsentanter").count() == 0
    assert deliver_queued_mail() == []


def test_the_error_names_the_bad_address_among_good_ones(staff_client, ajax):
    response = staff_client.post(access_url(ajax), {"emails": "formand@ajax.dk, kasserer(at)ajax.dk"})
    (error,) = response.context["form"].errors["emails"]
    assert "kasserer(at)ajax.dk" in error
    assert "formand@ajax.dk" not in error


def test_twenty_addresses_are_fine(staff_client, ajax):
    emails = "\n".join(f"person{n}@ajax.dk" for n in range(20))
    assert staff_client.post(access_url(ajax), {"emails": emails}).status_code == 302
    assert association_group(ajax).user_set.count() == 20
    assert len(deliver_queued_mail()) == 20


# Taking access away ----------------------------------------------------------------------------------------------


def test_removing_a_person_takes_their_access_away(staff_client, ajax):
    rep = grant_association_access(ajax, ["formand@ajax.dk"], send_invitations=False).invited[0]
    response = staff_client.post(remove_url(ajax), {"user": rep.pk}, follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == access_url(ajax)
    assert not association_group(ajax).user_set.filter(pk=rep.pk).exists()
    assert not rep.groups.filter(name="Foreningsrepræsentanter").exists()

    browser = Client()
    browser.force_login(rep)
    response = browser.get(reverse("wagtailadmin_pages:edit", args=[ajax.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_removing_from_one_association_keeps_the_other(staff_client, ajax, bifrost):
    rep = grant_association_access(ajax, ["formand@ajax.dk"], send_invitations=False).invited[0]
    grant_association_access(bifrost, ["formand@ajax.dk"], send_invitations=False)
    staff_client.post(remove_url(ajax), {"user": rep.pk})
    assert rep.groups.filter(name="Foreningsrepræsentanter").exists()
    browser = Client()
    browser.force_login(rep)
    assert browser.get(reverse("wagtailadmin_pages:edit", args=[bifrost.pk])).status_code == 200
    assert browser.get(reverse("wagtailadmin_pages:edit", args=[ajax.pk])).status_code == 302


def test_removing_needs_a_post_with_a_csrf_token_from_staff(staff, ajax):
    rep = grant_association_access(ajax, ["formand@ajax.dk"], send_invitations=False).invited[0]
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff)
    assert browser.get(remove_url(ajax)).status_code == 405
    assert browser.post(remove_url(ajax), {"user": rep.pk}).status_code == 403
    other = Client()
    other.force_login(rep)
    assert other.post(remove_url(ajax), {"user": rep.pk}).status_code == 302
    assert association_group(ajax).user_set.filter(pk=rep.pk).exists()

    # With the token from the page it works.
    soup = WagtailTestUtils.get_soup(browser.get(access_url(ajax)).content.decode())
    form = soup.find("form", attrs={"action": remove_url(ajax)})
    data = {field["name"]: field["value"] for field in form.find_all("input")}
    assert data["user"] == str(rep.pk)
    assert browser.post(remove_url(ajax), data).status_code == 302
    assert not association_group(ajax).user_set.filter(pk=rep.pk).exists()


def test_removing_someone_without_access_is_a_message_not_an_error(staff_client, ajax, staff):
    grant_association_access(ajax)
    response = staff_client.post(remove_url(ajax), {"user": staff.pk}, follow=True)
    assert response.status_code == 200
    response = staff_client.post(remove_url(ajax), {"user": "nobody"}, follow=True)
    assert response.status_code == 200


# What communications staff may do --------------------------------------------------------------------------------


VOCABULARY_PERMISSIONS = [
    f"{action}_{model}" for model in ["category", "targetgroup", "locality"] for action in ["add", "change", "delete"]
] + ["view_contactmessage", "delete_contactmessage"]


def test_only_communications_staff_hold_the_vocabulary_and_message_permissions(db):
    for codename in VOCABULARY_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="directory", codename=codename)
        assert list(Group.objects.filter(permissions=permission).values_list("name", flat=True)) == ["Kommunikation"]
    for codename in ["add_contactmessage", "change_contactmessage"]:
        assert not Group.objects.filter(permissions__codename=codename).exists()


def test_staff_maintain_the_vocabularies(staff_client):
    assert staff_client.get(reverse("wagtailsnippets_directory_category:list")).status_code == 200
    assert staff_client.get(reverse("wagtailsnippets_directory_targetgroup:list")).status_code == 200
    assert staff_client.get(reverse("wagtailsnippets_directory_locality:list")).status_code == 200
    response = staff_client.post(
        reverse("wagtailsnippets_directory_locality:add"),
        {"name": "Nørre Fjordlund", "slug": "", "description": "", "sort_order": "10"},
    )
    assert response.status_code == 302
    locality = staff_client.get(reverse("wagtailsnippets_directory_locality:list")).content.decode()
    assert "Nørre Fjordlund" in locality
    category = Category.objects.get(name="Spejder")
    edit = reverse("wagtailsnippets_directory_category:edit", args=[category.pk])
    response = staff_client.post(edit, {"name": "Spejdere", "slug": "spejder", "description": "", "sort_order": "5"})
    assert response.status_code == 302
    category.refresh_from_db()
    assert category.name == "Spejdere"
    response = staff_client.post(reverse("wagtailsnippets_directory_category:delete", args=[category.pk]))
    assert response.status_code == 302
    assert not Category.objects.filter(pk=category.pk).exists()


def test_staff_read_and_delete_messages_but_nobody_rewrites_them(staff_client, ajax):
    message = ContactMessage.objects.create(
        association=ajax, name="Karen Borger", email="karen@example.dk", message="Må jeg prøve at ro?"
    )
    listing = staff_client.get(reverse("wagtailsnippets_directory_contactmessage:list")).content.decode()
    assert "Karen Borger" in listing
    inspect = reverse("wagtailsnippets_directory_contactmessage:inspect", args=[message.pk])
    response = staff_client.get(inspect)
    assert response.status_code == 200
    assert "Må jeg prøve at ro?" in response.content.decode()
    edit = reverse("wagtailsnippets_directory_contactmessage:edit", args=[message.pk])
    assert staff_client.get(edit).status_code in (302, 403)
    assert staff_client.get(reverse("wagtailsnippets_directory_contactmessage:add")).status_code in (302, 403)

    superuser = Client()
    superuser.force_login(get_user_model().objects.create_superuser("admin", "admin@kommune.dk", PASSWORD))
    assert superuser.get(edit).status_code in (302, 403)
    assert superuser.get(inspect).status_code == 200

    response = staff_client.post(reverse("wagtailsnippets_directory_contactmessage:delete", args=[message.pk]))
    assert response.status_code == 302
    assert not ContactMessage.objects.filter(pk=message.pk).exists()


def test_only_readers_of_messages_list_them_through_the_translation_tools_snippet_api(staff_client, ajax):
    """wagtail-localize lists any snippet to any admin user; citizens' names are kept to those who read messages."""
    ContactMessage.objects.create(association=ajax, name="Karen Borger", email="karen@example.dk", message="Hej")
    api = reverse("wagtail_localize:snippets_api_listing", args=["directory", "contactmessage"])
    assert "Karen Borger" in staff_client.get(api).content.decode()
    # Staff who may use the admin but not read messages (a policy owner is confined and gets no snippet API at all).
    editor = get_user_model().objects.create_user("webredaktoer", "web@kommune.dk", PASSWORD)
    editor.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    browser = Client()
    browser.force_login(editor)
    response = browser.get(api)
    assert response.status_code == 302
    assert "Karen Borger" not in response.content.decode()
    categories = reverse("wagtail_localize:snippets_api_listing", args=["directory", "category"])
    assert browser.get(categories).status_code == 200  # Wagtail's behaviour for everything else is kept


def test_staff_edit_and_publish_any_association(staff_client, ajax, bifrost):
    for association in [ajax, bifrost]:
        response = staff_client.get(reverse("wagtailadmin_pages:edit", args=[association.pk]))
        assert response.status_code == 200
        assert 'name="action-publish"' in response.content.decode()
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        data["description-count"] = "0"
        data["summary"] = "Opdateret af kommunen."
        data["action-publish"] = "action-publish"
        response = staff_client.post(reverse("wagtailadmin_pages:edit", args=[association.pk]), data)
        assert response.status_code == 302
        association.refresh_from_db()
        assert association.summary == "Opdateret af kommunen."
        assert not association.has_unpublished_changes


def test_staff_see_messages_and_vocabularies_in_their_menu(staff_client):
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailsnippets_directory_contactmessage:list") in html
    assert reverse("wagtailsnippets_directory_category:list") in html


def test_communications_staff_do_not_manage_users_or_groups_but_superusers_do(staff_client):
    for address in [reverse("wagtailusers_users:index"), reverse("wagtailusers_groups:index")]:
        response = staff_client.get(address)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    superuser = Client()
    superuser.force_login(get_user_model().objects.create_superuser("admin", "admin@kommune.dk", PASSWORD))
    assert superuser.get(reverse("wagtailusers_users:index")).status_code == 200
    assert superuser.get(reverse("wagtailusers_groups:index")).status_code == 200

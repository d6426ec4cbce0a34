"""Reusers get what the public sees from the content API, and nothing more.

A library's app, a neighbouring kommune's portal or a newsletter reads Wagtail's read-only
API v2 at ``/api/v2/``: the live, public pages, images and documents. It never gets a draft,
a private page (not even to a visitor who knows its password), or a file from a private
collection or from an association's own collection (its representatives' working space);
it cannot change anything, and a signed-in editor gets no more from it than anyone.
"""

import pytest
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_factories import DocumentFactory, ImageFactory

from directory.access import grant_association_access
from directory.factories import AssociationPageFactory
from home.factories import StandardPageFactory
from tests.helpers import publish

pytestmark = pytest.mark.django_db


# Pages: live and public only


@pytest.fixture
def site_pages(home):
    public = publish(StandardPageFactory(parent=home, title="Om portalen", slug="om"))
    changed = publish(StandardPageFactory(parent=home, title="Kontakt", slug="kontakt"))
    changed.title = "Kontakt (kladde)"
    changed.save_revision()  # a draft of changes waiting for moderation
    draft = StandardPageFactory(parent=home, title="Kladde om frivillighed", slug="kladde", live=False)
    draft.save_revision()
    private = publish(StandardPageFactory(parent=home, title="Intern side", slug="intern"))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="hemmeligt")
    below_private = publish(StandardPageFactory(parent=private, title="Under den interne", slug="under"))
    return {"public": public, "changed": changed, "draft": draft, "private": private, "below": below_private}


def test_the_pages_api_lists_live_public_pages_only(client, site_pages):
    response = client.get("/api/v2/pages/")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert {"Om portalen", "Kontakt"} <= titles
    assert titles.isdisjoint({"Kladde om frivillighed", "Intern side", "Under den interne", "Kontakt (kladde)"})


def test_drafts_and_private_pages_are_not_found_by_id_or_address(client, site_pages):
    assert client.get(f"/api/v2/pages/{site_pages['public'].pk}/").json()["title"] == "Om portalen"
    assert client.get(f"/api/v2/pages/{site_pages['changed'].pk}/").json()["title"] == "Kontakt"
    for key in ("draft", "private", "below"):
        assert client.get(f"/api/v2/pages/{site_pages[key].pk}/").status_code == 404, key
    assert client.get("/api/v2/pages/find/", {"html_path": "/intern/"}).status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": "/kladde/"}).status_code == 404
    search_titles = {item["title"] for item in client.get("/api/v2/pages/", {"search": "intern"}).json()["items"]}
    assert "Intern side" not in search_titles


def test_a_visitor_who_knows_a_private_pages_password_still_gets_nothing_of_it_from_the_api(client, site_pages):
    private = site_pages["private"]
    restriction = PageViewRestriction.objects.get(page=private)
    unlock = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, private.pk])
    client.post(unlock, {"password": "hemmeligt", "return_url": "/intern/"})
    assert client.get("/intern/").status_code == 200  # the page itself is open to this visitor now
    for key in ("private", "below"):
        assert client.get(f"/api/v2/pages/{site_pages[key].pk}/").status_code == 404, key
    titles = {item["title"] for item in client.get("/api/v2/pages/").json()["items"]}
    assert titles.isdisjoint({"Intern side", "Under den interne"})
    assert client.get("/api/v2/pages/", {"child_of": private.pk}).status_code == 400  # no such (public) page


@pytest.fixture
def media(directory):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Personale")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="password", password="hemmeligt")
    association = publish(AssociationPageFactory(parent=directory, title="Ajax", slug="ajax"))
    own = grant_association_access(association, send_invitations=False).collection
    below_own = own.add_child(name="Bestyrelsen")
    return {
        "public_document": DocumentFactory(title="Frivilligpolitik 2025", collection=root),
        "private_document": DocumentFactory(title="Lønninger", collection=private),
        "association_document": DocumentFactory(title="Ajax referat", collection=own),
        "board_document": DocumentFactory(title="Ajax bestyrelsesreferat", collection=below_own),
        "public_image": ImageFactory(title="Fjorden", collection=root),
        "private_image": ImageFactory(title="Personalefoto", collection=private),
        "association_image": ImageFactory(title="Ajax udkast", collection=own),
    }


def test_documents_in_private_or_association_collections_are_not_exposed(client, media):
    titles = {item["title"] for item in client.get("/api/v2/documents/").json()["items"]}
    assert titles == {"Frivilligpolitik 2025"}
    assert client.get(f"/api/v2/documents/{media['public_document'].pk}/").status_code == 200
    for key in ("private_document", "association_document", "board_document"):
        assert client.get(f"/api/v2/documents/{media[key].pk}/").status_code == 404, key


def test_a_signed_in_editor_gets_no_more_from_the_api_than_anyone(client, media, site_pages, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redaktoer", "redaktoer@kommune.dk", "x"))
    assert {item["title"] for item in client.get("/api/v2/documents/").json()["items"]} == {"Frivilligpolitik 2025"}
    assert client.get(f"/api/v2/pages/{site_pages['private'].pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{site_pages['draft'].pk}/").status_code == 404


def test_images_in_private_or_association_collections_are_not_exposed(client, media):
    titles = {item["title"] for item in client.get("/api/v2/images/").json()["items"]}
    assert titles == {"Fjorden"}
    for key in ("private_image", "association_image"):
        assert client.get(f"/api/v2/images/{media[key].pk}/").status_code == 404, key


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_the_wagtail_api_is_read_only(client, site_pages, media, endpoint):
    item = {"pages": site_pages["public"], "images": media["public_image"], "documents": media["public_document"]}
    for method in ("post", "put", "patch", "delete"):
        for url in (f"/api/v2/{endpoint}/", f"/api/v2/{endpoint}/{item[endpoint].pk}/"):
            response = getattr(client, method)(url, data={"title": "Hacked"}, content_type="application/json")
            assert response.status_code == 405, (method, url)
    assert client.get(f"/api/v2/{endpoint}/{item[endpoint].pk}/").json()["title"] != "Hacked"


def test_the_wagtail_api_answers_json_to_a_browser_and_400_to_control_characters(client, site_pages):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    for params in ({"search": "om\x00"}, {"slug": "\x00"}, {"html_path": "/om\x00/"}):
        url = "/api/v2/pages/find/" if "html_path" in params else "/api/v2/pages/"
        response = client.get(url, params)
        assert response.status_code == 400 and "control characters" in response.json()["message"]

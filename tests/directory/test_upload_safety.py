"""Uploads cannot attack those who look at them (issue 12: "Script in an uploaded SVG", "Working files public by URL").

A representative of "Ajax Roklub" tries to upload evil.svg, whose <script> would run with the
session of any editor who opens /media/original_images/evil.svg. The portal takes no SVG from
anyone; what it does take is served with nosniff, a sandboxing CSP, and as a download unless it
is a picture. The association's documents are its working files: only its representatives and
the staff can open them.
"""

import shutil

import pytest
import wagtail_factories
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from directory.access import grant_association_access
from directory.factories import AssociationPageFactory
from tests.helpers import PASSWORD, logged_in, member_of

pytestmark = pytest.mark.django_db

EVIL_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>fetch('/admin/').then(r => r.text()).then(alert)</script>"
    b'<rect width="10" height="10"/></svg>'
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test's uploads in a folder of its own, thrown away afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    yield settings.MEDIA_ROOT
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def ajax(directory):
    association = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
    access = grant_association_access(association, ["formand@ajax.dk"], send_invitations=False)
    representative = access.invited[0]
    representative.set_password(PASSWORD)
    representative.save()
    return access


def picture_bytes():
    picture = wagtail_factories.ImageFactory.build().file
    picture.seek(0)
    return picture.read()


# No SVG ----------------------------------------------------------------------------------------------------------


def test_a_representatives_svg_is_refused_with_a_clear_message(client, ajax):
    client.force_login(ajax.invited[0])
    upload = SimpleUploadedFile("evil.svg", EVIL_SVG, content_type="image/svg+xml")
    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload})
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    # In Danish (locale_overrides/): the format is not taken, and which ones are.
    assert answer["error_message"] == (
        "Filen er ikke et billedformat, portalen tager imod. Tilladte formater: GIF, JPG, JPEG, PNG, WEBP."
    )
    assert not get_image_model().objects.filter(title__icontains="evil").exists()


def test_staff_cannot_upload_an_svg_either(client, home):
    client.force_login(member_of("Kommunikation", "kommunikation"))
    upload = SimpleUploadedFile("logo.svg", EVIL_SVG, content_type="image/svg+xml")
    response = client.post(reverse("wagtailimages:add"), {"title": "Logo", "file": upload, "collection": 1})
    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.filter(title="Logo").exists()


def test_an_svg_cannot_come_in_as_a_document(client, ajax):
    client.force_login(ajax.invited[0])
    upload = SimpleUploadedFile("evil.svg", EVIL_SVG, content_type="image/svg+xml")
    answer = client.post(reverse("wagtaildocs:add_multiple"), {"files[]": upload}).json()
    assert answer["success"] is False
    assert "svg" in answer["error_message"]


def test_a_representatives_png_is_still_taken(client, ajax):
    client.force_login(ajax.invited[0])
    upload = SimpleUploadedFile("baad.jpg", picture_bytes(), content_type="image/jpeg")
    answer = client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload}).json()
    assert answer["success"] is True


# Uploads served safely -------------------------------------------------------------------------------------------


def test_an_uploaded_picture_is_shown_with_nosniff_and_a_sandbox(client, home):
    image = wagtail_factories.ImageFactory(title="Baad", file__filename="baad.png")
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == settings.UPLOAD_SECURITY_HEADERS["Content-Security-Policy"]
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert "script-src" not in response["Content-Security-Policy"]
    assert response.get("Content-Disposition", "inline").startswith("inline")  # a picture is shown, not downloaded
    b"".join(response.streaming_content)


@pytest.mark.parametrize("name", ["evil.svg", "evil.html", "notes.txt"])
def test_anything_under_media_that_is_not_a_picture_is_downloaded_not_shown(client, name):
    # E.g. an SVG stored before this change, or a file someone put there by hand.
    stored = default_storage.save(f"original_images/{name}", ContentFile(EVIL_SVG))
    response = client.get(settings.MEDIA_URL + stored)
    assert response.status_code == 200
    assert response["Content-Disposition"] == "attachment"
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert response["X-Content-Type-Options"] == "nosniff"
    b"".join(response.streaming_content)


def test_documents_are_not_served_straight_from_media(client, home):
    document = wagtail_factories.DocumentFactory(title="Vedtaegter", file__filename="vedtaegter.txt")
    assert document.file.name.startswith("documents/")
    assert client.get(settings.MEDIA_URL + document.file.name).status_code == 404
    # … but through Wagtail's view, with nosniff and a policy of its own:
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    b"".join(response.streaming_content)


def test_a_document_a_browser_would_not_show_safely_is_downloaded(client, home):
    document = get_document_model().objects.create(
        title="Regnskab", file=ContentFile(b"<html><script>alert(1)</script></html>", name="regnskab.csv")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    b"".join(response.streaming_content)


# Working files ---------------------------------------------------------------------------------------------------


def test_an_associations_documents_open_only_for_its_representatives_and_the_staff(client, ajax, directory):
    document = get_document_model().objects.create(
        title="Udkast til vedtaegter", collection=ajax.collection, file=ContentFile(b"udkast", name="udkast.txt")
    )
    # A stranger with the address is sent to the login.
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"] and f"next={document.url}" in response["Location"]
    # The representative of another association is turned away too.
    other = AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost")
    bifrost = grant_association_access(other, ["formand@bifrost.dk"], send_invitations=False).invited[0]
    bifrost.set_password(PASSWORD)
    bifrost.save()
    assert logged_in(bifrost).get(document.url).status_code in {302, 403}
    # Ajax's representative and Kommunikation open it.
    for user in [ajax.invited[0], member_of("Kommunikation", "kommunikation")]:
        response = logged_in(user).get(document.url)
        assert response.status_code == 200, user
        assert b"".join(response.streaming_content) == b"udkast"


def test_a_document_in_a_public_collection_opens_for_everyone(client, ajax):
    document = get_document_model().objects.create(title="Folder", file=ContentFile(b"folder", name="folder.txt"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"folder"

"""A policy owner works on the policy, its media and the consultation responses, and sees nothing else of the site.

Issue 12 found Politikejere reading other pages' draft titles in the explorer and on
bulk-action confirmations, every image and document (the associations' working files
too) through the admin API, uploading into any association's collection, and opening
Wagtail's site-wide reports. tests/permissions/test_matrix.py holds every cell; these
tests tell the story around it.
"""

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission

from core.confinement import admin_scope
from directory.access import grant_association_access
from directory.factories import AssociationPageFactory
from policy.access import POLICY_COLLECTION
from policy.factories import PolicyPageFactory
from tests.helpers import member_of, menu_urls

pytestmark = pytest.mark.django_db


def test_the_policy_owners_media_rights_are_on_the_collection_politik_only():
    rights = GroupCollectionPermission.objects.filter(group__name="Politikejere").select_related("collection")
    assert {right.collection.name for right in rights} == {POLICY_COLLECTION}
    assert {right.permission.codename for right in rights} == {
        f"{action}_{model}" for action in ("add", "change", "delete", "choose") for model in ("image", "document")
    }
    assert Collection.objects.get(name=POLICY_COLLECTION).get_parent().is_root()


@pytest.fixture
def owner(client, home, directory):
    policy = PolicyPageFactory(parent=home, title="Frivilligpolitik", slug="frivilligpolitik")
    association = AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost")
    association_collection = grant_association_access(association, send_invitations=False).collection
    user = member_of("Politikejere", "politik")
    client.force_login(user)
    return user, policy, association, association_collection


def test_a_policy_owner_is_confined_to_the_policy(owner):
    user, policy, association, _ = owner
    scope = admin_scope(user)
    assert [page.pk for page in scope.pages] == [policy.pk]
    assert scope.links_anywhere  # a policy links to associations and guides


def test_a_policy_owner_in_kommunikation_too_is_not_confined(owner):
    user, *_ = owner
    user.groups.add(Group.objects.get(name="Kommunikation"))  # page rights on the whole site
    assert admin_scope(user) is None


def test_an_upload_into_an_associations_collection_is_refused(client, owner):
    user, _, association, association_collection = owner
    picture = wagtail_factories.ImageFactory.build().file
    picture.seek(0)
    upload = SimpleUploadedFile("bifrost.jpg", picture.read(), content_type="image/jpeg")
    client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload, "collection": association_collection.pk})
    assert not get_image_model().objects.filter(collection=association_collection).exists()


def test_an_image_a_policy_owner_uploads_lands_in_politik(client, owner):
    picture = wagtail_factories.ImageFactory.build().file
    picture.seek(0)
    upload = SimpleUploadedFile("politik.jpg", picture.read(), content_type="image/jpeg")
    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload})
    assert response.json()["success"]
    image = get_image_model().objects.get(pk=response.json()["image_id"])
    assert image.collection.name == POLICY_COLLECTION


def test_the_reports_menu_keeps_the_guides_due_for_review_and_drops_wagtails_site_wide_reports(client, owner):
    urls = menu_urls(client.get(reverse("wagtailadmin_home")))
    assert reverse("policy_guides_due_for_review") in urls
    for report in ("site_history", "aging_pages", "workflow", "locked_pages", "page_types_usage"):
        assert reverse(f"wagtailadmin_reports:{report}") not in urls, report


def test_the_page_chooser_offers_live_pages_to_link_to_but_no_drafts_elsewhere(client, owner, directory):
    _, policy, association, _ = owner
    association.save_revision().publish()
    draft = AssociationPageFactory(parent=directory, title="Hemmelig forening", slug="hemmelig", live=False)
    html = client.get(reverse("wagtailadmin_choose_page_child", args=[directory.pk])).content.decode()
    assert "Bifrost Skakklub" in html
    assert "Hemmelig forening" not in html
    chosen = reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={draft.pk}"
    assert client.get(chosen).status_code in (302, 403)


def test_the_explorer_of_a_page_elsewhere_is_refused(client, owner):
    _, policy, association, _ = owner
    association.save_revision()  # a draft title nobody outside the association should read
    assert client.get(reverse("wagtailadmin_explore", args=[association.pk])).status_code in (302, 403)
    assert client.get(reverse("wagtailadmin_explore", args=[policy.pk])).status_code == 200

"""Translating pages: what every page type takes over from Danish, an imported association in English,
and who may translate and publish (Kommunikation, never an association's representative)."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from directory.access import grant_association_access
from directory.factories import ActivityFactory, AssociationPageFactory, DirectoryIndexPageFactory
from directory.models import AssociationPage
from tests.helpers import publish

pytestmark = pytest.mark.django_db


def concrete_page_types():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and not model._meta.abstract
    ]


def own_fields(model):
    """The fields a page type adds to Wagtail's Page that an editor fills in: each must be translated or synced."""
    page_fields = {field.name for field in Page._meta.get_fields()}
    names = set()
    for field in model._meta.get_fields():
        if field.name in page_fields or field.auto_created and not field.is_relation:
            continue
        if getattr(field, "parent_link", False) or field.name.endswith("_ptr"):
            continue
        if isinstance(field, ParentalManyToManyField) or (getattr(field, "editable", False) and field.concrete):
            names.add(field.name)
    for relation in model._meta.related_objects:  # InlinePanel children (activities, dates, rooms …)
        if relation.field.__class__.__name__ == "ParentalKey" and relation.name != "wagtail_admin_comments":
            names.add(relation.name)
    return names


@pytest.mark.parametrize("model", concrete_page_types(), ids=lambda model: model._meta.label)
def test_every_page_type_says_what_is_translated_and_what_stays_in_sync(model):
    assert "translatable_fields" in vars(model), f"{model._meta.label} declares no translatable_fields"
    declared = {field.field_name for field in model.translatable_fields}
    assert {"title", "slug"} <= declared
    for name in declared:
        model._meta.get_field(name)  # a typo fails here
    forgotten = own_fields(model) - declared - set(model.exclude_fields_in_copy)
    assert not forgotten, f"{model._meta.label}: neither translated nor synchronised: {sorted(forgotten)}"


@pytest.fixture
def imported(home):
    directory = DirectoryIndexPageFactory(parent=home, title="Foreninger", slug="foreninger")
    association = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        summary="Roning og kajak på fjorden.",
        street="Havnevej 4",
        latitude="56.4601",
        longitude="10.0364",
        external_id="cvr-12345678",
    )
    ActivityFactory(association=association, name="Morgenroning")
    return publish(association)


def english():
    return Locale.objects.get(language_code="en")


def test_the_four_content_languages_have_their_locales(db):
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"da", "en", "uk", "ar"}


def test_an_imported_association_is_copied_into_english_without_its_unique_import_key(imported):
    copy = imported.copy_for_translation(english(), copy_parents=True)

    assert copy.locale.language_code == "en"
    assert copy.external_id is None
    assert copy.street == "Havnevej 4" and copy.translation_key == imported.translation_key
    assert AssociationPage.objects.get(pk=imported.pk).external_id == "cvr-12345678"


def test_wagtail_localize_translates_an_imported_association_keeping_its_facts_in_sync(imported):
    source, _created = TranslationSource.get_or_create_from_instance(imported)
    translation, created = source.create_or_update_translation(english(), copy_parent_pages=True, fallback=True)

    assert created and translation.external_id is None
    assert translation.activities.get().name == "Morgenroning"

    imported.street = "Fjordvej 1"
    publish(imported)
    source.update_from_db()
    translation, created = source.create_or_update_translation(english(), fallback=True)
    assert not created and translation.street == "Fjordvej 1" and translation.external_id is None


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user("kommunikation", "kommunikation@kommune.dk", "x")
    user.groups.add(Group.objects.get(name="Kommunikation"))
    return user


@pytest.fixture
def representative(imported):
    return grant_association_access(imported, ["formand@roklub.dk"], send_invitations=False).invited[0]


def translate(client, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": [locale.pk]})


def test_staff_translate_an_association_into_a_draft_and_publish_it(client, imported, staff):
    client.force_login(staff)
    response = translate(client, imported, english())

    assert response.status_code == 302
    translation = imported.get_translation(english())
    assert not translation.live, "a translation starts as a draft (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE)"
    assert translation.permissions_for_user(staff).can_publish()


def test_a_representative_can_neither_translate_nor_publish_a_translation_of_their_association(
    client, imported, staff, representative
):
    client.force_login(representative)
    refused = translate(client, imported, english())
    assert refused.status_code == 403 or refused["Location"] == reverse("wagtailadmin_home")  # Wagtail's "no access"
    assert not imported.has_translation(english())

    client.force_login(staff)
    translate(client, imported, english())
    translation = imported.get_translation(english())
    assert not translation.permissions_for_user(representative).can_publish()
    client.force_login(representative)
    edit = reverse("wagtailadmin_pages:edit", args=[translation.pk])
    client.post(edit, {"title": "Fjordlund Rowing Club", "slug": "rowing", "action-publish": "publish"})
    translation.refresh_from_db()
    assert not translation.live and translation.title != "Fjordlund Rowing Club"

"""Staff keep the facilities list and edit premises in the admin."""

import pytest
from django.urls import reverse

from tests.helpers import logged_in, member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return logged_in(member_of("Kommunikation", "redaktoer"))


def test_kommunikation_keeps_the_facilities_list(editor):
    response = editor.get(reverse("wagtailsnippets_premises_facility:list"))
    assert response.status_code == 200
    assert "Handicaptoilet" in response.content.decode()
    assert editor.get(reverse("wagtailsnippets_premises_facility:add")).status_code == 200


def test_an_editor_opens_the_add_and_edit_forms_of_premises(editor, places, premises_page):
    add = reverse("wagtailadmin_pages:add", args=["premises", "premisespage", premises_page.pk])
    assert editor.get(add).status_code == 200
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[places["hall"].pk]))
    assert edit.status_code == 200
    assert "Handicaptoilet" in edit.content.decode()

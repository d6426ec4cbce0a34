"""Staff add and edit pools in the admin: the forms with rounds, grants and focus areas render and save."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from funding.models import FundingPoolPage
from tests.helpers import logged_in, member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return logged_in(member_of("Kommunikation", "redaktoer"))


def test_an_editor_opens_the_add_and_edit_forms(editor, coffee_pool, pools_page):
    add = reverse("wagtailadmin_pages:add", args=["funding", "fundingpoolpage", pools_page.pk])
    assert editor.get(add).status_code == 200
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[coffee_pool.pk]))
    assert edit.status_code == 200
    assert "Ansøgningsrunder" in edit.content.decode() and "Bevillinger" in edit.content.decode()


def test_an_editor_creates_a_pool_with_a_round_and_a_grant(editor, pools_page, association):
    add = reverse("wagtailadmin_pages:add", args=["funding", "fundingpoolpage", pools_page.pk])
    data = nested_form_data(
        {
            "title": "Foreningspuljen",
            "slug": "foreningspuljen",
            "intro": "Støtte til nye foreninger.",
            "purpose": rich_text("<p>At hjælpe nye foreninger i gang.</p>"),
            "who_may_apply": rich_text("<p>Nye foreninger.</p>"),
            "criteria": rich_text(""),
            "amount_available": "25000",
            "how_to_apply": rich_text(""),
            "application_url": "",
            "contact_name": "",
            "contact_email": "",
            "contact_phone": "",
            "rounds": inline_formset(
                [
                    {
                        "name": "Forår 2027",
                        "opens_on": "2027-03-01",
                        "deadline": "2027-03-31 12:00",
                        "amount": "",
                        "note": "",
                    }
                ]
            ),
            "grants": inline_formset(
                [
                    {
                        "association": association.pk,
                        "association_name": "",
                        "amount": "5000",
                        "year": "2026",
                        "purpose": "Opstart",
                    }
                ]
            ),
        }
    )
    response = editor.post(add, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    pool = FundingPoolPage.objects.get(slug="foreningspuljen")
    assert pool.rounds.get().name == "Forår 2027"
    assert pool.grants.get().association_id == association.pk


def test_a_grant_needs_an_association_or_a_name(editor, pools_page):
    add = reverse("wagtailadmin_pages:add", args=["funding", "fundingpoolpage", pools_page.pk])
    data = nested_form_data(
        {
            "title": "Tom pulje",
            "slug": "tom",
            "intro": "x",
            "purpose": rich_text("<p>x</p>"),
            "who_may_apply": rich_text("<p>x</p>"),
            "criteria": rich_text(""),
            "how_to_apply": rich_text(""),
            "rounds": inline_formset([]),
            "grants": inline_formset(
                [{"association": "", "association_name": "", "amount": "5000", "year": "2026", "purpose": "x"}]
            ),
        }
    )
    response = editor.post(add, data)
    assert response.status_code == 200
    assert not FundingPoolPage.objects.filter(slug="tom").exists()

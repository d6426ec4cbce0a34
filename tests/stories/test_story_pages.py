"""A citizen reads the good stories: the list newest first, a category at a time, and one story with
what it is about; communications staff cannot publish a lead image without its alternative text."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from directory.factories import AssociationPageFactory, VolunteerTaskPageFactory, category
from home.models import HomePage
from stories.factories import StoryPageFactory
from stories.models import StoryIndexPage, StoryLink, StoryPage
from tests.helpers import card_titles, days_ago, soup_of, text_of

pytestmark = pytest.mark.django_db


def titles(response):
    return card_titles(response, "story-card-link")


def test_the_list_shows_the_newest_story_first(client, stories):
    StoryPageFactory(parent=stories, title="Strandrensning i Strandbæk", story_date=days_ago(30))
    StoryPageFactory(parent=stories, title="Roklubben fik nye både", story_date=days_ago(2))
    StoryPageFactory(parent=stories, title="Lektiecaféen fylder ti år", story_date=days_ago(10))
    response = client.get("/gode-historier/")
    assert response.status_code == 200
    assert titles(response) == ["Roklubben fik nye både", "Lektiecaféen fylder ti år", "Strandrensning i Strandbæk"]
    assert "3 historier" in text_of(soup_of(response).find(id="results-heading"))


def test_the_list_comes_a_page_at_a_time(client, stories):
    for n in range(12):
        StoryPageFactory(parent=stories, title=f"Historie nummer {n:02}", story_date=days_ago(n))
    first = client.get("/gode-historier/")
    assert len(titles(first)) == 10 and titles(first)[0] == "Historie nummer 00"
    second = client.get("/gode-historier/?page=2")
    assert titles(second) == ["Historie nummer 10", "Historie nummer 11"]
    assert 'href="?page=1"' in second.content.decode() or "pagination-previous" in second.content.decode()


def test_a_category_narrows_the_list_and_counts_its_stories(client, stories):
    nature, sport = category("Natur og miljø"), category("Idræt og motion")
    StoryPageFactory(parent=stories, title="Høslæt på engen", categories=[nature])
    StoryPageFactory(parent=stories, title="Nye både til roklubben", categories=[sport])
    StoryPageFactory(parent=stories, title="Strandrensning", categories=[nature, sport])
    response = client.get(f"/gode-historier/?kategori={nature.slug}")
    assert sorted(titles(response)) == ["Høslæt på engen", "Strandrensning"]
    group = next(group for group in response.context["filter_groups"] if group.key == "kategori")
    counts = {option.value: option.count for option in group.options}
    assert counts[nature.slug] == 2 and counts[sport.slug] == 2
    assert f'name="kategori" value="{nature.slug}" checked' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=0",
        "page=-1",
        "page=99999999999999999999999999",
        "kategori=999999999999999999999999",
        "category=999999999999999999999999",
        "kategori=%00",
        "kategori=ikke-en-kategori&page=%C3%A6",
        "kategori=" + "x" * 5000,
    ],
)
def test_odd_addresses_never_break_the_list(client, stories, query):
    StoryPageFactory(parent=stories, title="En god historie")
    response = client.get(f"/gode-historier/?{query}")
    assert response.status_code == 200
    assert titles(response) == ["En god historie"]


def test_drafts_and_future_stories_are_not_listed(client, stories):
    StoryPageFactory(parent=stories, title="Offentlig historie")
    StoryPageFactory(parent=stories, title="Kladde", live=False)
    assert titles(client.get("/gode-historier/")) == ["Offentlig historie"]


def test_a_story_shows_its_headline_intro_byline_date_and_body(client, stories, photo):
    story = StoryPageFactory(
        parent=stories,
        title="Roklubben fik nye både",
        intro="Efter to års indsamling kunne roklubben søsætte to nye inriggere.",
        byline="Tekst: Mette Kragh",
        story_date=datetime.date(2026, 5, 14),
        lead_image=photo,
        lead_image_alt="To nye både ved broen",
        body=[("paragraph", "<p>Det var en stor dag på havnen.</p>")],
        categories=[category("Idræt og motion")],
    )
    soup = soup_of(client.get(story.url))
    assert text_of(soup.find("h1")) == "Roklubben fik nye både"
    assert "Efter to års indsamling" in text_of(soup.find(class_="story-intro"))
    assert text_of(soup.find(class_="story-byline")) == "Tekst: Mette Kragh · 14. maj 2026"
    assert soup.find(class_="story-lead-image").find("img")["alt"] == "To nye både ved broen"
    assert "Det var en stor dag på havnen." in text_of(soup.find(class_="story-body"))
    assert "Idræt og motion" in text_of(soup.find(class_="story-categories"))


def test_the_story_shows_what_it_is_about_as_cards_in_the_editors_order(client, stories, directory, rowing_club):
    task = VolunteerTaskPageFactory(parent=rowing_club, title="Hjælper i følgebåden", summary="Sejl med til stævner.")
    task.save_revision().publish()
    gone = AssociationPageFactory(parent=directory, title="Nedlagt forening", live=False)
    story = StoryPageFactory(parent=stories, about=[task, gone, rowing_club])
    soup = soup_of(client.get(story.url))
    cards = soup.select(".story-about-card")
    assert [text_of(card.find("h3")) for card in cards] == ["Hjælper i følgebåden", "Fjordlund Roklub"]
    assert "Sejl med til stævner." in text_of(cards[0])
    assert cards[1].find("a")["href"] == rowing_club.url


def test_the_lead_image_needs_its_alternative_text(stories, photo):
    story = StoryPageFactory.build(title="Uden alt-tekst", slug="uden", lead_image=photo, lead_image_alt="  ")
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert "lead_image_alt" in error.value.message_dict
    story.lead_image_alt = "Fire roere i en båd"
    story.clean()
    story.lead_image, story.lead_image_alt = None, ""
    story.clean()  # no image, no alt text needed


def test_a_story_can_only_be_about_associations_tasks_focus_areas_and_events(stories, rowing_club):
    StoryLink(page=rowing_club).clean()
    with pytest.raises(ValidationError):
        StoryLink(page=stories).clean()


def test_the_admin_refuses_a_lead_image_without_alternative_text(admin_client, stories, photo):
    data = nested_form_data(
        {
            "title": "Uden alt-tekst",
            "slug": "uden-alt-tekst",
            "intro": "En indledning.",
            "lead_image": photo.pk,
            "lead_image_alt": "",
            "lead_image_caption": "",
            "body": streamfield([("paragraph", rich_text("<p>Tekst.</p>"))]),
            "byline": "Tekst: Kommunikation",
            "story_date": timezone.localdate().isoformat(),
            "about_links": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/stories/storypage/{stories.pk}/", data)
    assert response.status_code == 200  # the form again, with the error
    assert "lead_image_alt" in response.context["form"].errors
    assert not stories.get_children().exists()


def count_queries(path):
    client = Client()
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def test_the_list_costs_the_same_queries_with_few_or_many_stories(stories, photo):
    nature = category("Natur og miljø")
    for _ in range(3):
        StoryPageFactory(parent=stories, categories=[nature], lead_image=photo, lead_image_alt="Et billede")
    few = count_queries("/gode-historier/?kategori=natur-og-miljoe")
    for _ in range(15):
        StoryPageFactory(parent=stories, categories=[nature], lead_image=photo, lead_image_alt="Et billede")
    many = count_queries("/gode-historier/?kategori=natur-og-miljoe")
    assert many == few
    assert few <= 30  # the frame (menus, breadcrumbs, settings) and the listing: see tests/helpers.py


def test_a_story_costs_the_same_queries_about_few_or_many_pages(stories, directory, photo):
    def associations(n):
        pages = [AssociationPageFactory(parent=directory) for _ in range(n)]
        for page in pages:
            page.save_revision().publish()
        return pages

    few = StoryPageFactory(
        parent=stories,
        about=associations(2),
        lead_image=photo,
        lead_image_alt="Et billede",
        categories=[category("Ældre")],
    )
    many = StoryPageFactory(
        parent=stories,
        about=associations(12),
        lead_image=photo,
        lead_image_alt="Et billede",
        categories=[category("Ældre"), category("Socialt arbejde"), category("Lokalsamfund")],
    )
    assert count_queries(many.url) == count_queries(few.url)
    assert count_queries(few.url) <= 30


def test_stories_sit_under_the_story_index_under_the_front_page():
    assert StoryIndexPage.allowed_parent_page_models() == [HomePage]
    assert StoryIndexPage.allowed_subpage_models() == [StoryPage]
    assert StoryPage.allowed_parent_page_models() == [StoryIndexPage]
    assert StoryPage.allowed_subpage_models() == []


def test_communications_staff_write_edit_and_preview_a_story_in_the_admin(admin_client, stories, rowing_club, photo):
    add = admin_client.get(f"/admin/pages/add/stories/storypage/{stories.pk}/")
    assert add.status_code == 200
    html = add.content.decode()
    for field in ("lead_image_alt", "byline", "story_date", "featured", "about_links-FORMS"):
        assert field in html, field
    story = StoryPageFactory(parent=stories, about=[rowing_club], lead_image=photo, lead_image_alt="Roere")
    assert admin_client.get(f"/admin/pages/{story.pk}/edit/").status_code == 200
    preview = story.make_preview_request()
    assert preview.status_code == 200
    assert "Fjordlund Roklub" in preview.content.decode()


def test_the_about_chooser_offers_only_the_page_types_a_story_can_be_about():
    options = StoryLink.panels[0].bind_to_model(StoryLink).get_form_options()
    widget = options["widgets"]["page"]
    names = {model.__name__ for model in widget.target_models}
    assert {"AssociationPage", "VolunteerTaskPage", "FocusAreaPage"} <= names
    assert "StoryPage" not in names and "StandardPage" not in names

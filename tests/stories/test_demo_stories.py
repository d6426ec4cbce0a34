"""The demo tells at least twelve good stories about Fjordlund's associations, tasks and focus areas;
two are featured on the front page and one waits to be published by cron."""

import pytest
from django.test import Client

from stories.models import StoryIndexPage, StoryPage
from tests.helpers import load_demo

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_dozen_stories_two_featured_and_one_scheduled(demo):
    index = StoryIndexPage.objects.get(slug="gode-historier")
    stories = StoryPage.objects.child_of(index)
    assert stories.live().count() >= 12
    assert stories.live().filter(featured=True).count() == 2
    scheduled = stories.filter(live=False).get()
    assert scheduled.go_live_at and scheduled.get_latest_revision().approved_go_live_at
    for story in stories.live():
        assert story.about_links.exists(), story.title
        assert story.lead_image_id and story.lead_image_alt, story.title
        assert story.categories.exists(), story.title


def test_the_demo_stories_can_be_read(demo):
    client = Client()
    listing = client.get("/gode-historier/")
    assert listing.status_code == 200
    story = StoryPage.objects.live().filter(featured=True).first()
    page = client.get(story.url)
    assert page.status_code == 200
    assert b"story-about-card" in page.content
    assert "Gode historier" in client.get("/").content.decode()


def test_loading_the_demo_again_adds_no_stories(demo):
    before = StoryPage.objects.count()
    assert "stories" not in load_demo()
    assert StoryPage.objects.count() == before

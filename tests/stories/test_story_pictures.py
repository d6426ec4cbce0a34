"""The story list shows each story's picture in two widths and three formats, six files a card; however many
cards there are, their renditions come in one query (stories/listing.py prefetches them), even when the rendition
cache is empty: after a restart, or when Redis dropped its keys. They are made when the story is published, so no
visitor waits while AVIF files are encoded (stories/signals.py)."""

from pathlib import Path

import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.template.loader import get_template
from django.test import Client
from django.test.utils import CaptureQueriesContext

from directory.factories import category
from stories.factories import StoryPageFactory
from stories.listing import CARD_PICTURE
from stories.models import LEAD_PICTURE
from tests.helpers import soup_of

PATH = "/gode-historier/?kategori=natur-og-miljoe"


def stories_with_pictures(stories, topic, count):
    for number in range(count):
        photo = wagtail_factories.ImageFactory(title=f"Naturpleje {number}")
        StoryPageFactory(
            parent=stories, categories=[topic], lead_image=photo, lead_image_alt=f"Høslæt, billede {number}"
        )


def queries_with_an_empty_cache():
    """The SQL queries of the list once its renditions exist, with nothing in the cache."""
    client = Client()
    assert client.get(PATH).status_code == 200  # makes the renditions
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(PATH)
    assert response.status_code == 200
    pictures = soup_of(response).find(class_="story-results").find_all("picture")
    return len(queries), len(pictures)


def test_the_cards_pictures_cost_the_same_queries_for_few_or_many_stories(stories):
    topic = category("Natur og miljø")
    stories_with_pictures(stories, topic, 2)
    few, few_pictures = queries_with_an_empty_cache()
    stories_with_pictures(stories, topic, 6)
    many, many_pictures = queries_with_an_empty_cache()
    assert (few_pictures, many_pictures) == (2, 8)
    assert many == few


def test_a_published_story_s_pictures_are_ready_before_anyone_looks(stories):
    photo = wagtail_factories.ImageFactory(title="Høslæt")
    story = StoryPageFactory(parent=stories, lead_image=photo, lead_image_alt="Høslæt på engen")
    story.save_revision().publish()
    made = photo.renditions.count()
    # The page's three widths in three formats (the card's two widths are among them) and the one for social media.
    assert made == 10
    for path in ("/gode-historier/", story.url):
        assert Client().get(path).status_code == 200
    assert photo.renditions.count() == made


def test_what_is_prefetched_and_made_ahead_is_what_the_templates_show():
    for template, pattern in (("stories/_story_card.html", CARD_PICTURE), ("stories/story_page.html", LEAD_PICTURE)):
        source = Path(get_template(template).origin.name).read_text()
        assert f"_image {pattern} sizes=" in source, template

"""RSS 2.0 and Atom feeds of a story index (``/gode-historier/rss/`` and ``/gode-historier/atom/``).

Django's syndication framework writes them; the story index serves them as routes of its own
(stories.models imports this module, so it imports no stories model). Each entry has the
headline, the story's address, its introduction, its date, the byline as author, its categories
and, when it has one, the lead image as an enclosure. The newest 20 stories, read in a fixed
number of queries.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from wagtail.images import get_image_model

from home.models import PortalSettings

FEED_SIZE = 20
ENCLOSURE_FILTER = "fill-1200x630"


class StoryRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        portal = PortalSettings.for_request(self.request)
        return f"{self.index_page.title} – {portal.portal_name}"

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.intro or self.index_page.title

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return list(
            self.index_page.specific.stories()
            .defer("body")
            .prefetch_related(
                "categories",
                Prefetch("lead_image", queryset=get_image_model().objects.prefetch_renditions(ENCLOSURE_FILTER)),
            )[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # The story's own date, at noon local time: a date alone has no moment.
        return timezone.make_aware(datetime.datetime.combine(item.story_date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.byline

    def item_categories(self, item):
        return [category.localized.name for category in item.categories.all()]

    def item_enclosures(self, item):
        if not item.lead_image:
            return []
        rendition = item.lead_image.get_rendition(ENCLOSURE_FILTER)
        mime_type = {"webp": "image/webp", "png": "image/png", "gif": "image/gif"}.get(
            rendition.file.name.rsplit(".", 1)[-1].lower(), "image/jpeg"
        )
        # The length is not known without reading the file (a request to S3 per story); 0 says so.
        return [Enclosure(self.request.build_absolute_uri(rendition.url), "0", mime_type)]


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

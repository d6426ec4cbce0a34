"""The good stories: what volunteers and associations do, told by the kommune's communications staff.

A story index ("Gode historier") under the home page lists the stories newest first, filtered by
category, and serves an RSS and an Atom feed (stories/feeds.py). A story has a headline (the
title), an introduction, a lead image with its alternative text, a body, a byline, a date, its
categories, and an ordered list of what it is about (associations, volunteer tasks, the policy's
focus areas, events), shown as cards. A featured story goes first on the home page; the
association's page lists the stories about it (stories/sections.py). Publishing ahead is Wagtail's:
set "go live" in the admin and cron's ``manage.py publish_scheduled`` publishes it.
"""

import re

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from content_api.fields import PageLinksField, RenditionField, TermsField
from core.models import source_terms
from core.pages import private_q
from core.translation import page_fields
from home.blocks import BodyBlock
from home.models import PortalSettings

from .about import about_cards
from .feeds import StoryAtomFeed, StoryRssFeed
from .listing import story_listing
from .search import StorySearch

# What a story may be about, by name: a model not installed (yet) is simply not offered, so the
# list can name page types of apps that come later without breaking the checks.
ABOUT_PAGE_TYPES = (
    "directory.AssociationPage",
    "directory.KommuneUnitPage",
    "directory.VolunteerTaskPage",
    "policy.FocusAreaPage",
    "events.EventPage",
)

# "Tekst: Mette Kragh" or "Af Mette Kragh": the author's name is what follows.
BYLINE_LEAD = re.compile(r"^\s*(tekst|af|skrevet af|text|by)\b\s*:?\s*", re.IGNORECASE)

# The lead image's shapes: the API's, and the 1.91:1 picture social media show.
LEAD_IMAGE_FILTER = "fill-1200x675"
# The story page's <picture> of it, as templates/stories/story_page.html writes it (the cards': stories/listing.py).
LEAD_PICTURE = "fill-{1200x675,800x450,400x225} format-{avif,webp,jpeg} preserve-svg"
SHARE_IMAGE_FILTER = "fill-1200x630"


def about_page_models():
    """The page models a story may be about, of those installed."""
    found = []
    for label in ABOUT_PAGE_TYPES:
        try:
            found.append(apps.get_model(label))
        except LookupError:
            continue
    return found


def feed_links(index, request):
    """The addresses of a story index and its feeds (its routes rss/ and atom/), for links and the head's alternates."""
    url = index.get_url(request) or ""
    return {"title": index.title, "index": url, "rss": f"{url}rss/", "atom": f"{url}atom/"}


class AboutPageChooserPanel(PageChooserPanel):
    """A page chooser offering only the page types in ABOUT_PAGE_TYPES that exist, resolved when the form is made."""

    def get_form_options(self):
        options = super().get_form_options()
        options.setdefault("widgets", {})[self.field_name] = AdminPageChooser(target_models=about_page_models())
        return options


class StoryIndexPage(RoutablePageMixin, Page):
    """The list of stories ("Gode historier"), newest first, with a category filter and the feeds."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story listing")
        verbose_name_plural = _("story listings")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(story_listing(request, self))
        context["feeds"] = feed_links(self, request)
        return context

    def structured_data(self, request):
        """schema.org: the listing as a CollectionPage by the kommune."""
        portal = PortalSettings.for_request(request)
        return [
            {
                "@context": "https://schema.org",
                "@type": "CollectionPage",
                "name": self.title,
                "description": self.intro or self.search_description,
                "url": self.get_full_url(request),
                "publisher": {"@type": "GovernmentOrganization", "name": portal.kommune_name},
            }
        ]

    def stories(self):
        """The live, public stories of this index, newest first (the feeds and the sections read these)."""
        return (
            StoryPage.objects.child_of(self)
            .live()
            .exclude(private_q())
            .order_by("-story_date", "-first_published_at", "-pk")
        )

    @path("")
    def index(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss(self, request):
        return StoryRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        return StoryAtomFeed(self)(request)


class StoryPage(StorySearch, Page):
    """One good story: headline, introduction, lead image, body, byline, date, categories and what it is about."""

    served_with = (
        "lead_image",
    )  # read with the page when it is routed (home/frame.py): its lead image and share image

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("One to three sentences: shown in lists, feeds and when the story is shared."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("alternative text of the lead image"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for those who cannot see it. Required when there is an image."),
    )
    lead_image_caption = models.CharField(_("caption of the lead image"), max_length=250, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    byline = models.CharField(
        _("byline"), max_length=120, help_text=_("Who wrote the story, e.g. 'Tekst: Mette Kragh, Kultur og Fritid'.")
    )
    story_date = models.DateField(_("date of the story"), default=timezone.localdate)
    categories = ParentalManyToManyField(
        "directory.Category", limit_choices_to=source_terms, verbose_name=_("categories"), blank=True
    )
    featured = models.BooleanField(
        _("featured on the front page"),
        default=False,
        help_text=_("Featured stories come first in the front page's stories."),
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["intro", "lead_image_alt", "lead_image_caption", "body", "byline"],
        synchronised=["lead_image", "story_date", "featured", "categories", "about_links"],
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt"), FieldPanel("lead_image_caption")],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("byline"), FieldPanel("story_date")], heading=_("Byline and date")),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "about_links",
            heading=_("What the story is about"),
            label=_("Page"),
            help_text=_("Associations, volunteer tasks, focus areas of the policy and events, in the order shown."),
        ),
        FieldPanel("featured"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("byline"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.FilterField("story_date"),
        index.FilterField("featured"),
    ]
    # What the content API serves (/api/v2/pages/?type=stories.StoryPage): what the page shows.
    api_fields = [
        APIField("intro"),
        APIField("lead_image", serializer=RenditionField(LEAD_IMAGE_FILTER)),
        APIField("lead_image_alt"),
        APIField("lead_image_caption"),
        APIField("body"),
        APIField("byline"),
        APIField("story_date"),
        APIField("categories", serializer=TermsField()),
        APIField("about", serializer=PageLinksField(source="about_pages")),
        APIField("featured"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def clean(self):
        super().clean()
        self.lead_image_alt = self.lead_image_alt.strip()
        if self.lead_image_id and not self.lead_image_alt:
            raise ValidationError(
                {"lead_image_alt": _("Describe the image for those who cannot see it, or remove the image.")}
            )

    def about_pages(self):
        """The pages the story is about, in the editor's order (each as Page; the cards make them specific)."""
        return [link.page for link in self.about_links.select_related("page") if link.page_id]

    def share_image(self, request):
        """The lead image as social media show it: {"url" (absolute), "width", "height", "alt"}, or None."""
        if not self.lead_image:
            return None
        rendition = self.lead_image.get_rendition(SHARE_IMAGE_FILTER)
        return {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": self.lead_image_alt,
        }

    def shown_parts(self, request):
        """The about-cards, categories and share image, read once per request for the page, its sharing
        metadata and its JSON-LD alike (each would otherwise cost its queries twice)."""
        parts = getattr(self, "_shown_parts", None)
        if parts is None:
            parts = self._shown_parts = {
                "about_cards": about_cards(request, self.about_links.all()),
                "categories": list(self.categories.all()),
                "image": self.share_image(request),
            }
        return parts

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parts = self.shown_parts(request)
        context["about_cards"] = parts["about_cards"]
        context["story_categories"] = parts["categories"]
        context["feeds"] = feed_links(self.get_parent(), request)
        # Open Graph and Twitter cards (templates/includes/social_meta.html).
        context["og_type"] = "article"
        context["og_description"] = self.search_description or self.intro
        context["og_image"] = parts["image"]
        context["og_published_time"] = self.story_date.isoformat()
        context["og_tags"] = [category.localized.name for category in context["story_categories"]]
        return context

    def structured_data(self, request):
        """schema.org: the story as an Article by the kommune, about the pages it names."""
        portal = PortalSettings.for_request(request)
        url = self.get_full_url(request)
        modified = self.last_published_at or self.latest_revision_created_at
        article = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title[:110],
            "description": self.intro,
            "datePublished": self.story_date.isoformat(),
            "dateModified": (modified or timezone.now()).isoformat(),
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": portal.kommune_name,
                "url": request.build_absolute_uri("/"),
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "url": url,
        }
        if self.byline:
            article["author"] = {"@type": "Person", "name": BYLINE_LEAD.sub("", self.byline).strip() or self.byline}
        else:
            article["author"] = {"@type": "Organization", "name": portal.kommune_name}
        parts = self.shown_parts(request)
        image = parts["image"]
        if image:
            article["image"] = [image["url"]]
        categories = [category.localized.name for category in parts["categories"]]
        if categories:
            article["keywords"] = categories
        about = [
            {"@type": "Thing", "name": card["title"], "url": request.build_absolute_uri(card["url"])}
            for card in parts["about_cards"]
        ]
        if about:
            article["about"] = about
        return [article]


class StoryLink(Orderable):
    """One page a story is about: an association, a volunteer task, a focus area of the policy or an event."""

    story = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="about_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An association, a volunteer task, a focus area of the policy or an event."),
    )

    panels = [AboutPageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("what the story is about")
        verbose_name_plural = _("what the story is about")

    def __str__(self):
        return self.page.title if self.page_id else ""

    def clean(self):
        super().clean()
        if self.page_id:
            model = self.page.specific_class
            if model is None or model not in about_page_models():
                raise ValidationError(
                    {"page": _("Choose an association, a volunteer task, a focus area of the policy or an event.")}
                )

"""Guidance pages: practical how-tos for associations, volunteers and the kommune's staff.

Advice goes stale (rules on børneattest or GDPR change), so every guide carries
the date it was last reviewed and by whom; an admin report lists those not
reviewed for a year, and the public page says when it was reviewed.
"""

from datetime import timedelta

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content_api.fields import PageLinksField, TermField, TermsField
from core.models import source_terms
from core.readability import ReadabilityPanel
from core.translation import page_fields
from home.blocks import BodyBlock
from home.structured_data import ListingStructuredData

from ..blocks import GuideBodyBlock
from ..listing import guide_listing
from ..search import GuideSearch
from ..structured_data import GuideStructuredData

REVIEW_INTERVAL = timedelta(days=365)


class GuideIndexPage(ListingStructuredData, Page):
    """All guides, filterable by topic and audience."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("Shown under the guides."))

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro", "body"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["policy.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide listing")
        verbose_name_plural = _("guide listings")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(guide_listing(request, self))
        return context


class GuidePage(GuideSearch, GuideStructuredData, Page):
    """One guide: steps, questions and answers, advice, downloads, a contact and related guides."""

    served_with = ("topic",)  # read with the page when it is routed (home/frame.py): the page names its topic

    summary = models.CharField(_("short summary"), max_length=300)
    topic = models.ForeignKey(
        "policy.GuideTopic",
        limit_choices_to=source_terms,
        verbose_name=_("topic"),
        on_delete=models.PROTECT,
        related_name="guides",
    )
    audiences = ParentalManyToManyField(
        "policy.GuideAudience", limit_choices_to=source_terms, verbose_name=_("written for"), related_name="guides"
    )
    last_reviewed_on = models.DateField(_("last reviewed"), default=timezone.localdate)
    reviewed_by = models.CharField(
        _("reviewed by"), max_length=120, help_text=_("A unit or role, e.g. 'Frivilligkoordinatoren'.")
    )
    body = StreamField(GuideBodyBlock(), verbose_name=_("body"))
    related_guides = StreamField(
        [("guide", blocks.PageChooserBlock(page_type="policy.GuidePage", label=_("Guide")))],
        verbose_name=_("related guides"),
        blank=True,
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["summary", "reviewed_by", "body", "related_guides"],
        synchronised=["topic", "last_reviewed_on", "audiences"],
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("topic"), FieldPanel("audiences", widget=forms.CheckboxSelectMultiple)],
            heading=_("Topic and audience"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("last_reviewed_on"), FieldPanel("reviewed_by")])],
            heading=_("Review"),
        ),
        FieldPanel("body"),
        ReadabilityPanel(["summary", "body"]),
        FieldPanel("related_guides"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("topic", [index.SearchField("name")]),
        index.FilterField("topic"),
    ]
    # What the content API serves (/api/v2/pages/?type=policy.GuidePage): what the page shows.
    api_fields = [
        APIField("summary"),
        APIField("topic", serializer=TermField()),
        APIField("audiences", serializer=TermsField()),
        APIField("last_reviewed_on"),
        APIField("reviewed_by"),
        APIField("body"),
        APIField("related_guides", serializer=PageLinksField(source="live_related_guides")),
    ]

    parent_page_types = ["policy.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    @property
    def review_due_on(self):
        return self.last_reviewed_on + REVIEW_INTERVAL

    def is_review_due(self, today=None):
        return self.review_due_on < (today or timezone.localdate())

    def live_related_guides(self):
        return [block.value for block in self.related_guides if block.value is not None and block.value.live]

"""The portal's frame: the home page, plain content pages and the site settings."""

from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from content_api.fields import RenditionField
from core.models import SourceQuerySet, source_language, source_terms, visitor_language
from core.sections import HOME_SECTIONS_HOOK, collect_sections
from core.structured_data import (
    absolute_url,
    government_organization,
    node,
    page_url,
    plain,
    reference,
    site_url,
    thing,
    web_page,
    website_id,
)
from core.translation import page_fields

from .blocks import BodyBlock, EntryPointBlock, StandardPageBodyBlock


class HomePage(Page):
    """The front door: a search box, the main ways in, and sections other apps fill.

    Other apps add sections (latest stories, upcoming events, featured
    associations) by registering a ``portal_home_sections`` hook, so this page
    does not need to know about them. A hook takes ``(request, page)`` and returns
    ``None`` (nothing to show) or a dict with ``key``, ``heading``, ``items``
    (each with ``title``, ``url`` and optional ``text`` and ``meta``), optional
    ``more_url``/``more_text``, and ``order``; ``template`` defaults to a card list.
    """

    served_with = ("hero_image",)  # read with the page when it is routed (home/frame.py): its hero image

    hero_heading = models.CharField(_("heading"), max_length=120)
    hero_intro = models.TextField(_("introduction"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    search_heading = models.CharField(
        _("search heading"), max_length=120, blank=True, help_text=_("Shown above the search box.")
    )
    entry_points = StreamField(
        [("entry_point", EntryPointBlock())],
        verbose_name=_("entry points"),
        blank=True,
        max_num=6,
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["hero_heading", "hero_intro", "search_heading", "entry_points", "body"], synchronised=["hero_image"]
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_intro"), FieldPanel("hero_image")],
            heading=_("Top of the page"),
        ),
        FieldPanel("search_heading"),
        FieldPanel("entry_points"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_intro"),
    ]
    api_fields = [
        APIField("hero_heading"),
        APIField("hero_intro"),
        APIField("hero_image", serializer=RenditionField("fill-640x480")),
        APIField("search_heading"),
        APIField("entry_points"),
        APIField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "directory.DirectoryIndexPage",
        "directory.VolunteerTaskIndexPage",
        "policy.PolicyPage",
        "policy.GuideIndexPage",
        "funding.FundingPoolIndexPage",
        "premises.PremisesIndexPage",
        "events.EventIndexPage",
        "stories.StoryIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = collect_sections(HOME_SECTIONS_HOOK, request, self, "home/sections/card_list.html")
        return context

    def structured_data(self, request):
        """The kommune (GovernmentOrganization) and the portal (WebSite) with its search, for search engines."""
        portal = PortalSettings.for_request(request)
        kommune = portal.organisation(request)
        search = absolute_url(request, reverse("search")) + "?q={search_term_string}"
        website = thing(
            "WebSite",
            **{"@id": website_id(site_url(request))},
            name=portal.portal_name,
            url=page_url(self, request),
            description=plain(self.search_description or self.hero_intro, 300),
            inLanguage=translation.get_language(),
            publisher=reference(kommune),
            potentialAction=node(
                "SearchAction",
                target=node("EntryPoint", urlTemplate=search),
                **{"query-input": "required name=search_term_string"},
            ),
        )
        return [thing("GovernmentOrganization", **kommune), website]


class StandardPage(Page):
    """A plain content page: About, Contact, Privacy, Accessibility statement and the like."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(StandardPageBodyBlock(), verbose_name=_("body"), blank=True)

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro", "body"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def structured_data(self, request):
        """A WebPage of the portal, published by the kommune."""
        portal = PortalSettings.for_request(request)
        return [
            web_page(
                self,
                request,
                description=self.intro,
                isPartOf=portal.website(request),
                publisher=portal.organisation(request),
            )
        ]


class ContactPoint(TranslatableMixin, models.Model):
    """The words of the kommune's volunteering contact point, which staff translate with wagtail-localize.

    A site setting is one row per site, so its texts cannot have an English row of their own: the
    settings choose a Danish contact point (``PortalSettings.contact_point``), and "Translate" on it in
    the admin makes the English one ("Volunteer coordinator", "Monday–Thursday 9–15"). The facts
    (phone, e-mail, address) stay on the settings, the same in every language.
    """

    name = models.CharField(
        _("contact person or role"),
        max_length=120,
        blank=True,
        help_text=_("The kommune's volunteering contact point, e.g. 'Frivilligkoordinator'."),
    )
    opening_hours = models.TextField(_("opening hours"), max_length=300, blank=True)

    objects = SourceQuerySet.as_manager()

    translatable_fields = [TranslatableField("name"), TranslatableField("opening_hours")]

    panels = [FieldPanel("name"), FieldPanel("opening_hours")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def __str__(self):
        return self.name or str(_("contact point"))


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """What the kommune edits about the whole site: its name, logo and contact point."""

    kommune_name = models.CharField(_("name of the kommune"), max_length=100, default="Kommune")
    portal_name = models.CharField(_("name of the portal"), max_length=100, default="Frivilligportal")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contact point"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        limit_choices_to=source_terms,
        related_name="+",
        help_text=_("Its name and opening hours, translated into the site's other languages."),
    )
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    contact_address = models.TextField(_("address"), max_length=300, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("kommune_name"), FieldPanel("portal_name"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_point"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
            ],
            heading=_("Volunteering contact point"),
        ),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")],
            heading=_("Footer links"),
        ),
    ]

    select_related = ["contact_point"]  # the footer shows its texts on every page: no query of its own

    class Meta:
        verbose_name = _("portal settings")

    # The contact point's texts in the visitor's language, or the Danish ones: what templates show as
    # ``portal.contact_name`` and ``portal.contact_opening_hours``.

    def localized_contact_point(self):
        """The contact point in the active language, or the Danish one (one query per language, none in Danish)."""
        point = self.contact_point
        if point is None:
            return None
        language = visitor_language()
        if language == source_language():
            return point
        found = self.__dict__.setdefault("_contact_points", {})
        if language not in found:
            translated = ContactPoint.objects.filter(
                translation_key=point.translation_key, locale__language_code=language
            )
            found[language] = translated.first() or point
        return found[language]

    @property
    def contact_name(self):
        point = self.localized_contact_point()
        return point.name if point is not None else ""

    @property
    def contact_opening_hours(self):
        point = self.localized_contact_point()
        return point.opening_hours if point is not None else ""

    # Structured data (core/structured_data.py): the kommune and the portal as schema.org objects, for the
    # home page and for every page type that names its publisher or organiser.

    def organisation(self, request):
        """The kommune as a GovernmentOrganization (a nested object, with an @id to refer to)."""
        return government_organization(self, request, site_url(request))

    def website(self, request):
        """The portal as a WebSite (name, address, @id), for a page's ``isPartOf``."""
        return node("WebSite", **{"@id": website_id(site_url(request))}, name=self.portal_name, url=site_url(request))

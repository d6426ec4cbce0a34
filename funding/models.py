"""Funding pools (puljer og fonde): §18 funds, a small "kaffepulje", their application rounds and the grants given.

The kommune's staff edit them: what the pool is for, who may apply, the criteria, the amount, how to
apply (a link and/or a document), the rounds with their opening day and deadline, and the grants
given (to an association in the directory, or one named in words), linked to the policy's focus areas.
A round is open from its opening day until its deadline (funding/rounds.py); after that the page
says "Lukket".
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework.fields import FloatField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.translation import page_fields
from home.models import PortalSettings
from home.structured_data import ListingStructuredData

from . import rounds as round_rules
from .api import ContactField, DocumentField, FocusAreasField, GrantsField, RoundsField, StatusField
from .listing import pool_context, pool_listing
from .search import FundingPoolSearch

RICH_TEXT = ["bold", "italic", "link", "document-link", "ul", "ol"]
AMOUNT = {"max_digits": 12, "decimal_places": 2, "validators": [MinValueValidator(0)]}


def this_year():
    return timezone.localdate().year


class FundingPoolIndexPage(ListingStructuredData, Page):
    """ "Puljer og fonde": every pool, those open for applications first, each with its next deadline."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    no_results_text = models.TextField(
        _("text when there are no pools"), max_length=500, blank=True, help_text=_("Shown with the contact point.")
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro", "no_results_text"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("no_results_text")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["funding.FundingPoolPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("funding pool listing")
        verbose_name_plural = _("funding pool listings")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(pool_listing(request, self))
        return context


class FundingPoolPage(FundingPoolSearch, Page):
    """One pool or fund: what it supports, who may apply, the rounds with deadlines and the grants given."""

    intro = models.TextField(_("short summary"), max_length=300, help_text=_("Shown in the list of pools."))
    purpose = RichTextField(_("purpose"), features=RICH_TEXT)
    who_may_apply = RichTextField(_("who may apply"), features=RICH_TEXT)
    criteria = RichTextField(_("criteria"), features=RICH_TEXT, blank=True)
    amount_available = models.DecimalField(
        _("amount available (kr.)"), null=True, blank=True, help_text=_("In all, per year."), **AMOUNT
    )
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT, blank=True)
    application_url = models.URLField(_("application link"), blank=True, help_text=_("The application form."))
    application_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("application document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An application form or guidelines to download."),
    )
    contact_name = models.CharField(
        _("contact person or role"), max_length=120, blank=True, help_text=_("For example 'Frivilligkoordinator'.")
    )
    contact_email = models.EmailField(_("email"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)
    focus_areas = ParentalManyToManyField(
        "policy.FocusAreaPage",
        verbose_name=_("policy focus areas"),
        blank=True,
        related_name="funding_pools",
        help_text=_("The focus areas of the volunteering policy whose initiatives the pool supports."),
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["intro", "purpose", "who_may_apply", "criteria", "how_to_apply"],
        synchronised=[
            "amount_available",
            "application_url",
            "application_document",
            "contact_name",
            "contact_email",
            "contact_phone",
            "focus_areas",
            "rounds",
            "grants",
        ],
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("purpose"),
        FieldPanel("who_may_apply"),
        FieldPanel("criteria"),
        FieldPanel("amount_available"),
        InlinePanel("rounds", heading=_("Application rounds"), label=_("Round")),
        MultiFieldPanel(
            [FieldPanel("how_to_apply"), FieldPanel("application_url"), FieldPanel("application_document")],
            heading=_("How to apply"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Contact"),
        ),
        InlinePanel("grants", heading=_("Grants given"), label=_("Grant")),
        FieldPanel("focus_areas", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("purpose"),
        index.SearchField("who_may_apply"),
        index.SearchField("criteria"),
        index.SearchField("how_to_apply"),
        index.AutocompleteField("intro"),
    ]
    # What the content API serves (/api/v2/pages/?type=funding.FundingPoolPage): what the page shows.
    api_fields = [
        APIField("intro"),
        APIField("purpose"),
        APIField("who_may_apply"),
        APIField("criteria"),
        APIField("amount_available", serializer=FloatField(read_only=True)),
        APIField("status", serializer=StatusField()),
        APIField("rounds", serializer=RoundsField()),
        APIField("how_to_apply"),
        APIField("application_url"),
        APIField("application_document", serializer=DocumentField()),
        APIField("contact", serializer=ContactField()),
        APIField("grants", serializer=GrantsField()),
        APIField("focus_areas", serializer=FocusAreasField()),
    ]

    parent_page_types = ["funding.FundingPoolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("funding pool")
        verbose_name_plural = _("funding pools")

    def state(self, now=None):
        """Where the pool stands now (funding/rounds.py): open, upcoming or closed, and the round to name."""
        return round_rules.PoolState(self.rounds.all(), now)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(pool_context(request, self))
        return context

    def structured_data(self, request):
        """schema.org: the pool as a ``MonetaryGrant`` the kommune (a ``GovernmentOrganization``) funds, and
        each grant given as a ``MonetaryGrant`` whose ``fundedItem`` is the association (an ``NGO``).

        schema.org has no type for a grant programme with deadlines; MonetaryGrant ("a monetary grant")
        with ``funder`` and ``amount`` (a ``MonetaryAmount`` in DKK) is the closest it defines."""
        settings = PortalSettings.for_request(request) if request is not None else None
        kommune = {"@type": "GovernmentOrganization", "name": settings.kommune_name if settings else ""}
        url = self.get_full_url(request)
        pool = {
            "@context": "https://schema.org",
            "@type": "MonetaryGrant",
            "name": self.title,
            "description": self.intro,
            "url": url,
            "funder": kommune,
        }
        if self.amount_available is not None:
            pool["amount"] = {"@type": "MonetaryAmount", "currency": "DKK", "value": float(self.amount_available)}
        objects = [pool]
        for grant in self.grants.select_related("association"):
            association = grant.association
            funded = {"@type": "NGO", "name": grant.recipient_name}
            if association is not None and association.live:
                funded["url"] = association.get_full_url(request)
            objects.append(
                {
                    "@context": "https://schema.org",
                    "@type": "MonetaryGrant",
                    "name": f"{self.title} {grant.year}: {grant.recipient_name}",
                    "description": grant.purpose,
                    "url": f"{url}#bevilling-{grant.pk}" if url else None,
                    "funder": kommune,
                    "amount": {"@type": "MonetaryAmount", "currency": "DKK", "value": float(grant.amount)},
                    "fundedItem": funded,
                }
            )
        return objects


class FundingRound(Orderable):
    """An application round: it opens on a day, and applications must be in by the deadline."""

    pool = ParentalKey(FundingPoolPage, on_delete=models.CASCADE, related_name="rounds")
    name = models.CharField(_("name"), max_length=120, help_text=_("For example 'Forår 2027'."))
    opens_on = models.DateField(_("opens on"))
    deadline = models.DateTimeField(_("deadline"), help_text=_("The date and time applications must be in by."))
    amount = models.DecimalField(
        _("amount for the round (kr.)"), null=True, blank=True, help_text=_("Leave it empty if not set."), **AMOUNT
    )
    note = models.CharField(_("note"), max_length=300, blank=True, help_text=_("For example 'Svar i uge 24'."))

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("deadline")]),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("note")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("application round")
        verbose_name_plural = _("application rounds")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.opens_on and self.deadline and round_rules.opens_at(self.opens_on) > self.deadline:
            raise ValidationError({"deadline": _("The deadline cannot be before the round opens.")})

    def status_at(self, now=None):
        return round_rules.round_status(self.opens_on, self.deadline, now)

    @property
    def status(self):
        return self.status_at(timezone.now())

    @property
    def status_label(self):
        return round_rules.status_label(self.status)

    @property
    def deadline_text(self):
        return round_rules.deadline_text(self.deadline)

    @property
    def amount_text(self):
        return round_rules.kroner(self.amount)


class Grant(Orderable):
    """A grant given: to an association in the directory, or one named here, for a purpose, in a year."""

    pool = ParentalKey(FundingPoolPage, on_delete=models.CASCADE, related_name="grants")
    association = models.ForeignKey(
        "directory.AssociationPage",
        verbose_name=_("association"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funding_grants",
        help_text=_("Choose the association if it is in the directory."),
    )
    association_name = models.CharField(
        _("name of the recipient"),
        max_length=200,
        blank=True,
        help_text=_("For an association or group that is not in the directory."),
    )
    amount = models.DecimalField(_("amount (kr.)"), **AMOUNT)
    purpose = models.CharField(_("purpose"), max_length=300)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)], default=this_year
    )

    panels = [
        FieldRowPanel([PageChooserPanel("association", "directory.AssociationPage"), FieldPanel("association_name")]),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("year")]),
        FieldPanel("purpose"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("grant")
        verbose_name_plural = _("grants")

    def __str__(self):
        return f"{self.recipient_name} {self.year}"

    def clean(self):
        super().clean()
        if not self.association_id and not self.association_name.strip():
            raise ValidationError(
                {"association_name": _("Choose an association from the directory or write the recipient's name.")}
            )

    @property
    def recipient_name(self):
        if self.association_id and self.association is not None:
            return self.association.title
        return self.association_name

    @property
    def amount_text(self):
        return round_rules.kroner(self.amount)

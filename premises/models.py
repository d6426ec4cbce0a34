"""Premises the kommune lends to associations (lokaler): where, how many, which rooms and facilities, how to book.

Facilities are a fixed vocabulary (``Facility``, seeded by a data migration, kept by staff in the
admin) so the listing can filter by them; the listing (premises/listing.py) is map-free and shows
each address.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from content_api.fields import TermField, TermsField
from core.models import VocabularyTerm, source_terms
from core.translation import page_fields
from home.structured_data import ListingStructuredData

from .api import AddressField, BookingField, ContactField, PhotosField, RoomsField
from .listing import CAPACITY_ERROR, premises_context, premises_listing
from .search import PremisesSearch

MAX_CAPACITY = 100_000


class Facility(VocabularyTerm):
    """What a place offers: køkken, projektor/skærm, wifi, handicaptoilet, trinfri adgang …"""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")


class PremisesIndexPage(ListingStructuredData, Page):
    """ "Lokaler": the premises associations may borrow, filtered by town, size and facilities."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    no_results_text = models.TextField(
        _("text when nothing matches"), max_length=500, blank=True, help_text=_("Shown with the contact point.")
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro", "no_results_text"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("no_results_text")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["premises.PremisesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("premises listing")
        verbose_name_plural = _("premises listings")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(premises_listing(request, self))
        return context

    def serve(self, request, *args, **kwargs):
        """The list; a minimum size that is not a number gets the list back with the message, as 400."""
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", None) and response.context_data.get(CAPACITY_ERROR):
            response.status_code = 400
        return response


class PremisesPage(PremisesSearch, Page):
    """One place to borrow: address, capacity, rooms, facilities, accessibility, price and how to book."""

    served_with = ("locality",)  # read with the page when it is routed (home/frame.py): its address shows its town

    summary = models.CharField(_("short summary"), max_length=300, help_text=_("Shown in the list of premises."))
    description = RichTextField(_("description"), features=["bold", "italic", "link", "ul", "ol"], blank=True)
    street = models.CharField(_("street address"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=4)
    city = models.CharField(_("city"), max_length=100)
    locality = models.ForeignKey(
        "directory.Locality",
        limit_choices_to=source_terms,
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="premises",
    )
    capacity = models.PositiveIntegerField(
        _("capacity (people)"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)],
        help_text=_("How many people the premises hold in all."),
    )
    facilities = ParentalManyToManyField(
        Facility, limit_choices_to=source_terms, verbose_name=_("facilities"), blank=True, related_name="premises"
    )
    accessibility = models.TextField(
        _("accessibility"),
        max_length=1000,
        blank=True,
        help_text=_("Steps, lift, doors, toilet, parking close by: what a wheelchair user needs to know."),
    )
    step_free = models.BooleanField(_("step-free access"), default=False)
    is_free = models.BooleanField(_("free to borrow"), default=False)
    price = models.CharField(
        _("price"), max_length=200, blank=True, help_text=_('For example "200 kr. pr. aften, gratis for foreninger".')
    )
    booking_url = models.URLField(_("booking link"), blank=True)
    booking_phone = models.CharField(_("booking phone"), max_length=30, blank=True)
    booking_email = models.EmailField(_("booking email"), blank=True)
    booking_note = models.TextField(
        _("how to book"), max_length=1000, blank=True, help_text=_("Rules, how early to book, keys.")
    )
    contact_name = models.CharField(_("contact person or role"), max_length=120, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["summary", "description", "accessibility", "price", "booking_note"],
        synchronised=[
            "street",
            "postcode",
            "city",
            "locality",
            "capacity",
            "step_free",
            "is_free",
            "booking_url",
            "booking_phone",
            "booking_email",
            "contact_name",
            "contact_email",
            "contact_phone",
            "facilities",
            "rooms",
            "photos",
        ],
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("locality"),
            ],
            heading=_("Address"),
        ),
        FieldPanel("capacity"),
        InlinePanel("rooms", heading=_("Rooms"), label=_("Room")),
        FieldPanel("facilities", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("step_free"), FieldPanel("accessibility")], heading=_("Accessibility")),
        MultiFieldPanel([FieldPanel("is_free"), FieldPanel("price")], heading=_("Price")),
        MultiFieldPanel(
            [
                FieldPanel("booking_url"),
                FieldRowPanel([FieldPanel("booking_phone"), FieldPanel("booking_email")]),
                FieldPanel("booking_note"),
            ],
            heading=_("How to book"),
        ),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Contact"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("street"),
        index.SearchField("city"),
        index.AutocompleteField("summary"),
        index.FilterField("locality"),
        index.FilterField("capacity"),
        index.FilterField("is_free"),
        index.FilterField("step_free"),
    ]
    # What the content API serves (/api/v2/pages/?type=premises.PremisesPage): what the page shows.
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("address", serializer=AddressField()),
        APIField("locality", serializer=TermField()),
        APIField("capacity"),
        APIField("rooms", serializer=RoomsField()),
        APIField("facilities", serializer=TermsField()),
        APIField("accessibility"),
        APIField("step_free"),
        APIField("is_free"),
        APIField("price"),
        APIField("booking", serializer=BookingField()),
        APIField("photos", serializer=PhotosField()),
        APIField("contact", serializer=ContactField()),
    ]

    parent_page_types = ["premises.PremisesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("premises")
        verbose_name_plural = _("premises")

    def clean(self):
        super().clean()
        if self.is_free and self.price:
            raise ValidationError({"price": _("Premises are either free or have a price, not both.")})
        if not (self.booking_url or self.booking_phone or self.booking_email or self.booking_note):
            raise ValidationError({"booking_note": _("Say how to book: a link, a phone number, an email or a note.")})

    @property
    def address_lines(self):
        return [line for line in (self.street, f"{self.postcode} {self.city}".strip()) if line]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(premises_context(request, self))
        return context

    def structured_data(self, request):
        """schema.org: a ``Place`` with its ``PostalAddress``, ``maximumAttendeeCapacity``, each facility as an
        ``amenityFeature`` (``LocationFeatureSpecification``) and ``isAccessibleForFree``."""
        features = [
            {"@type": "LocationFeatureSpecification", "name": facility.name, "value": True}
            for facility in self.facilities.all()
        ]
        if self.step_free:
            features.append(
                {"@type": "LocationFeatureSpecification", "name": str(_("step-free access")), "value": True}
            )
        place = {
            "@context": "https://schema.org",
            "@type": "Place",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street,
                "postalCode": self.postcode,
                "addressLocality": self.city,
                "addressCountry": "DK",
            },
            "maximumAttendeeCapacity": self.capacity,
            "amenityFeature": features,
            "isAccessibleForFree": self.is_free,
        }
        if self.booking_phone or self.contact_phone:
            place["telephone"] = self.booking_phone or self.contact_phone
        return [place]


class Room(Orderable):
    """A room of the premises: the hall, the meeting room, the kitchen."""

    premises = ParentalKey(PremisesPage, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(_("name"), max_length=120)
    capacity = models.PositiveIntegerField(
        _("capacity (people)"), null=True, blank=True, validators=[MaxValueValidator(MAX_CAPACITY)]
    )
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("capacity")]), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("room")
        verbose_name_plural = _("rooms")

    def __str__(self):
        return self.name


class PremisesPhoto(Orderable):
    """A photo of the premises, with the alt text a screen reader reads (required)."""

    premises = ParentalKey(PremisesPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alt text"), max_length=250, help_text=_("What the photo shows, for those who cannot see it.")
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

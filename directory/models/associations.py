"""Associations (foreninger), their activities, contacts and links, and the directory page."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content_api.fields import RenditionField, TermField, TermsField
from core.failures import DATABASE_FAILED_MESSAGE, DATABASE_FAILED_STATUS, store
from core.models import source_terms
from core.ratelimit import RATE_LIMITED_MESSAGE, RATE_LIMITED_STATUS, over_limit
from core.readability import ReadabilityPanel
from core.sections import ASSOCIATION_SECTIONS_HOOK, collect_sections
from core.translation import page_fields
from home.structured_data import ListingStructuredData

from ..api import ActivitiesField, AddressField, ContactsField, SocialLinksField
from ..forms import ContactForm, forward_contact_message
from ..listing import PARAM_SENT, association_context, association_listing
from ..page_forms import DirectoryPageForm
from ..search import AssociationSearch
from ..structured_data import AssociationStructuredData
from ..validators import validate_cvr
from .organisers import OrganiserFields

# Who may see and change the technical fields of directory pages (the Promote tab's slug, SEO title,
# search description and "show in menus", and a raw latitude/longitude). Representatives are
# volunteers who have no Django permissions of their own (only page rights on their association),
# so a permission of its own, granted to Kommunikation by migration 0006 (superusers have every
# permission), keeps these fields to staff. A field the user may not have is left out of the form
# altogether (Wagtail's FieldPanel ``permission``), so saving never blanks what they cannot see,
# and a new task's slug is made from its title (Page.full_clean).
TECHNICAL_FIELDS_PERMISSION = "directory.edit_technical_fields"
FRESHNESS_REPORT_PERMISSION = "directory.view_freshness_report"


def staff_field(name, **kwargs):
    """A panel for a technical field only staff see (see TECHNICAL_FIELDS_PERMISSION)."""
    return FieldPanel(name, permission=TECHNICAL_FIELDS_PERMISSION, **kwargs)


def promote_panels_for_staff():
    """Wagtail's Promote tab (Page.promote_panels), each field for staff only: the tab is gone for representatives."""
    return [
        MultiFieldPanel(
            [staff_field("slug"), staff_field("seo_title"), staff_field("search_description")],
            heading=_("For search engines"),
        ),
        MultiFieldPanel([staff_field("show_in_menus")], heading=_("For site menus")),
    ]


class DirectoryIndexPage(ListingStructuredData, Page):
    """The list of associations citizens browse and filter ("Find en forening")."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    no_results_text = models.TextField(
        _("text when nothing matches"),
        max_length=500,
        blank=True,
        help_text=_("Shown with the contact point when a search or filter finds no association."),
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro", "no_results_text"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("no_results_text")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.AssociationPage", "directory.KommuneUnitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("association directory")
        verbose_name_plural = _("association directories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(association_listing(request, self))
        return context


class AssociationPage(AssociationSearch, AssociationStructuredData, OrganiserFields, Page):
    """One association's own page, kept up to date by its representatives under moderation."""

    base_form_class = DirectoryPageForm  # a slug from the title, the Danish way, when the slug is hidden
    served_with = ("logo", "locality")  # read with the page when it is routed (home/frame.py): its JSON-LD shows both

    categories = ParentalManyToManyField(
        "directory.Category", limit_choices_to=source_terms, verbose_name=_("categories"), blank=True
    )
    target_groups = ParentalManyToManyField(
        "directory.TargetGroup", limit_choices_to=source_terms, verbose_name=_("target groups"), blank=True
    )
    locality = models.ForeignKey(
        "directory.Locality",
        limit_choices_to=source_terms,
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="associations",
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(54), MaxValueValidator(58)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(8), MaxValueValidator(16)],
    )
    meeting_place = models.CharField(_("where we meet"), max_length=200, blank=True)
    meeting_times = models.TextField(_("when we meet"), max_length=1000, blank=True)
    membership_fee = models.CharField(
        _("membership fee"),
        max_length=120,
        blank=True,
        help_text=_('For example "250 kr. om året" or "Gratis".'),
    )
    website = models.URLField(_("website"), blank=True)
    cvr = models.CharField(
        _("CVR number"),
        max_length=8,
        blank=True,
        validators=[validate_cvr],
        help_text=_("Optional. 8 digits."),
    )
    contact_form_enabled = models.BooleanField(
        _("use a contact form instead of showing email addresses"),
        default=False,
        help_text=_("Messages from citizens are sent on to your contact addresses without showing them."),
    )
    external_id = models.CharField(
        _("external ID"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Stable ID from an import; a new import updates the association with this ID."),
    )
    # Derived from the activities on save, so filters need no joins.
    has_free_offer = models.BooleanField(default=False, editable=False)
    has_no_danish_needed = models.BooleanField(default=False, editable=False)
    has_accessible_venue = models.BooleanField(default=False, editable=False)
    # Freshness (directory/freshness.py): when a representative last said the page is current, or a
    # moderated change was published; the reminders sent since; and whether it has gone unconfirmed
    # so long that it left the listings and the search. Kept from the live page when a revision is
    # published (with_content_json), so an old draft cannot turn the clock back.
    last_confirmed_at = models.DateTimeField(_("last confirmed"), null=True, blank=True, editable=False)
    freshness_reminders_sent = models.PositiveSmallIntegerField(_("reminders sent"), default=0, editable=False)
    freshness_reminded_at = models.DateTimeField(_("last reminder"), null=True, blank=True, editable=False)
    unconfirmed = models.BooleanField(_("not confirmed"), default=False, editable=False)

    # The import's key is unique and belongs to the Danish page: a translation (or a copy) carries
    # none, or translating an imported association would fail on the unique constraint.
    exclude_fields_in_copy = ["external_id"]
    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        # The activities' and contacts' texts are translated, their facts synchronised (Activity and
        # AssociationContact say which): "Morgenroning" becomes "Morning rowing", its e-mail stays.
        translated=[
            "summary",
            "description",
            "meeting_place",
            "meeting_times",
            "membership_fee",
            "activities",
            "contacts",
        ],
        synchronised=[
            "logo",
            "street",
            "postcode",
            "city",
            "locality",
            "latitude",
            "longitude",
            "website",
            "cvr",
            "contact_form_enabled",
            "categories",
            "target_groups",
            "social_links",
        ],
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("logo"),
        FieldPanel("description"),
        ReadabilityPanel(["summary", "description"]),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("locality"),
            ],
            heading=_("Who and what"),
        ),
        InlinePanel("activities", heading=_("Activities and offers"), label=_("Activity")),
        MultiFieldPanel(
            [
                FieldPanel("meeting_place"),
                FieldPanel("meeting_times"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([staff_field("latitude"), staff_field("longitude")]),
            ],
            heading=_("Where and when"),
        ),
        MultiFieldPanel(
            [FieldPanel("membership_fee"), FieldPanel("website"), FieldPanel("cvr")],
            heading=_("Practical information"),
        ),
        InlinePanel("social_links", heading=_("Social media"), label=_("Link")),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Use a role address (for example formand@…) where you can. A person's name and "
                        "phone are only shown when you have recorded who gave consent and when."
                    )
                ),
                FieldPanel("contact_form_enabled"),
                InlinePanel("contacts", label=_("Contact")),
            ],
            heading=_("Contact"),
        ),
    ]
    promote_panels = promote_panels_for_staff()
    settings_panels = Page.settings_panels + [FieldPanel("external_id", permission="superuser")]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("meeting_place"),
        index.SearchField("city"),
        index.AutocompleteField("summary"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("locality", [index.SearchField("name")]),
        index.RelatedFields("activities", [index.SearchField("name"), index.SearchField("description")]),
        index.FilterField("locality"),
        index.FilterField("has_free_offer"),
        index.FilterField("has_no_danish_needed"),
        index.FilterField("has_accessible_venue"),
    ]
    # What the content API serves (/api/v2/pages/?type=directory.AssociationPage): what the page shows.
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("logo", serializer=RenditionField("max-160x160")),
        APIField("categories", serializer=TermsField()),
        APIField("target_groups", serializer=TermsField()),
        APIField("locality", serializer=TermField()),
        APIField("address", serializer=AddressField()),
        APIField("meeting_place"),
        APIField("meeting_times"),
        APIField("membership_fee"),
        APIField("website"),
        APIField("cvr"),
        APIField("has_free_offer"),
        APIField("has_no_danish_needed"),
        APIField("has_accessible_venue"),
        APIField("activities", serializer=ActivitiesField()),
        APIField("contact_form_enabled"),
        APIField("contacts", serializer=ContactsField()),
        APIField("social_links", serializer=SocialLinksField()),
        # Freshness (directory/freshness.py): the page shows "Sidst bekræftet" and, when unconfirmed, a
        # notice; the lists leave such a page out, and an API user can too: ?unconfirmed=false.
        APIField("last_confirmed_at"),
        APIField("unconfirmed"),
    ]

    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = ["directory.VolunteerTaskPage", "events.EventPage"]

    class Meta:
        verbose_name = _("association")
        verbose_name_plural = _("associations")
        permissions = [
            ("edit_technical_fields", "Can edit the address (slug), SEO fields and map position of directory pages"),
            ("view_freshness_report", "Can see how recently the associations confirmed their pages"),
        ]

    FRESHNESS_FIELDS = ("last_confirmed_at", "freshness_reminders_sent", "freshness_reminded_at", "unconfirmed")
    # Where an association stands (directory/freshness.py), as staff see it in the freshness report.
    CONFIRMED, REMINDED, UNCONFIRMED = "confirmed", "reminded", "unconfirmed"
    FRESHNESS_STATES = [(CONFIRMED, _("Confirmed")), (REMINDED, _("Reminded")), (UNCONFIRMED, _("Not confirmed"))]

    @property
    def freshness_state(self):
        if self.unconfirmed:
            return self.UNCONFIRMED
        return self.REMINDED if self.freshness_reminders_sent else self.CONFIRMED

    @property
    def freshness_state_label(self):
        return dict(self.FRESHNESS_STATES)[self.freshness_state]

    def with_content_json(self, content):
        """A revision brings the page's content, never its freshness: that is the live page's."""
        page = super().with_content_json(content)
        for name in self.FRESHNESS_FIELDS:
            setattr(page, name, getattr(self, name))
        return page

    def save(self, *args, **kwargs):
        activities = list(self.activities.all())
        self.has_free_offer = any(activity.is_free for activity in activities)
        self.has_no_danish_needed = any(activity.no_danish_needed for activity in activities)
        self.has_accessible_venue = any(activity.accessible_venue for activity in activities)
        super().save(*args, **kwargs)

    def organiser_contact_emails(self):
        """Where enquiries about the association (and its tasks) go: its contacts' role addresses, each once."""
        return list(dict.fromkeys(contact.email.strip() for contact in self.contacts.all() if contact.email.strip()))

    @property
    def map_url(self):
        """A link to the place on OpenStreetMap, when the position is known (no map is embedded)."""
        if self.latitude is None or self.longitude is None:
            return ""
        lat, lon = f"{self.latitude:.6f}", f"{self.longitude:.6f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"

    def serve(self, request, *args, **kwargs):
        """Show the page; on POST, handle the contact form (Post/Redirect/Get, or 400 with the errors)."""
        if request.method == "POST":
            if not self.contact_form_enabled:
                return HttpResponseNotAllowed(["GET", "HEAD"])
            form = ContactForm(request.POST)
            if form.is_spam:  # a bot gets the same thanks, and nothing is stored or sent
                return HttpResponseRedirect(f"{self.get_url(request)}?{PARAM_SENT}=1#kontakt")
            status, notice = 400, ""
            if form.is_valid():
                # Only messages that would be sent count, per IP and per email typed (core/ratelimit.py).
                if over_limit(request, "contact", address=form.cleaned_data["email"]):
                    status, notice = RATE_LIMITED_STATUS, RATE_LIMITED_MESSAGE
                # A database that refuses the message gives the form back filled in (503), with nothing half
                # stored (core.failures).
                elif store(forward_contact_message, self, form, request):
                    return HttpResponseRedirect(f"{self.get_url(request)}?{PARAM_SENT}=1#kontakt")
                else:
                    status, notice = DATABASE_FAILED_STATUS, DATABASE_FAILED_MESSAGE
            response = super().serve(request, *args, **kwargs)
            response.context_data["contact_form"] = form
            response.context_data["contact_notice"] = notice
            response.status_code = status
            return response
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(association_context(request, self))
        # Its events, its stories: other apps add them through the hook (core/sections.py).
        context["association_sections"] = collect_sections(
            ASSOCIATION_SECTIONS_HOOK, request, self, "directory/_association_section.html"
        )
        return context


class Activity(TranslatableMixin, Orderable):
    """An offer or activity of an association: a football team, a homework café, a choir.

    In the English association page the texts are the translator's ("Homework café"), the facts the
    Danish activity's: its target group (the Danish term), free or not, no Danish needed, accessible."""

    association = ParentalKey(AssociationPage, on_delete=models.CASCADE, related_name="activities")
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    when = models.CharField(_("when"), max_length=200, blank=True, help_text=_('For example "Tirsdage kl. 17–19".'))
    where = models.CharField(_("where"), max_length=200, blank=True)
    target_group = models.ForeignKey(
        "directory.TargetGroup",
        limit_choices_to=source_terms,
        verbose_name=_("target group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_free = models.BooleanField(_("free"), default=False)
    price = models.CharField(_("price"), max_length=120, blank=True, help_text=_('For example "50 kr. pr. gang".'))
    no_danish_needed = models.BooleanField(_("no Danish needed"), default=False)
    accessible_venue = models.BooleanField(_("accessible venue"), default=False)

    translatable_fields = [
        *(TranslatableField(name) for name in ("name", "description", "when", "where", "price")),
        *(SynchronizedField(name) for name in ("target_group", "is_free", "no_danish_needed", "accessible_venue")),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("when"), FieldPanel("where")]),
        FieldPanel("target_group"),
        FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
        FieldRowPanel([FieldPanel("no_danish_needed"), FieldPanel("accessible_venue")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.is_free and self.price:
            raise ValidationError({"price": _("An activity is either free or has a price, not both.")})


class AssociationContact(TranslatableMixin, Orderable):
    """A way to reach the association. Role addresses first; a person only with recorded consent.

    The role is translated ("Formand" → "Chair"); the addresses, numbers, the person and the consent are facts."""

    association = ParentalKey(AssociationPage, on_delete=models.CASCADE, related_name="contacts")
    role = models.CharField(_("role"), max_length=80, help_text=_('For example "Formand" or "Kasserer".'))
    email = models.EmailField(_("role email"), help_text=_("Preferably an address that follows the role."))
    phone = models.CharField(
        _("role phone"), max_length=20, blank=True, help_text=_("The association's own number, not a private one.")
    )
    person_name = models.CharField(_("person's name"), max_length=120, blank=True)
    person_phone = models.CharField(_("person's phone"), max_length=20, blank=True)
    consent_given_by = models.CharField(
        _("consent given by"),
        max_length=120,
        blank=True,
        help_text=_("Who agreed to show the name and phone."),
    )
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)

    translatable_fields = [
        TranslatableField("role"),
        *(
            SynchronizedField(name)
            for name in ("email", "phone", "person_name", "person_phone", "consent_given_by", "consent_given_on")
        ),
    ]

    panels = [
        FieldRowPanel([FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]),
        FieldRowPanel([FieldPanel("person_name"), FieldPanel("person_phone")]),
        FieldRowPanel([FieldPanel("consent_given_by"), FieldPanel("consent_given_on")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.role

    @property
    def shows_person(self):
        """Name and phone are public only when consent is on record."""
        return bool((self.person_name or self.person_phone) and self.consent_given_by and self.consent_given_on)

    def clean(self):
        super().clean()
        if (self.person_name or self.person_phone) and not (self.consent_given_by and self.consent_given_on):
            raise ValidationError(
                {"consent_given_by": _("Record who gave consent, and when, before adding a person's name or phone.")}
            )


class SocialLink(Orderable):
    PLATFORMS = [
        ("facebook", "Facebook"),
        ("instagram", "Instagram"),
        ("linkedin", "LinkedIn"),
        ("youtube", "YouTube"),
        ("tiktok", "TikTok"),
        ("other", _("Other")),
    ]

    association = ParentalKey(AssociationPage, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(_("platform"), max_length=20, choices=PLATFORMS)
    url = models.URLField(_("address"))

    panels = [FieldRowPanel([FieldPanel("platform"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
        verbose_name_plural = _("social media links")

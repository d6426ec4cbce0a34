"""The event index (the kommune's calendar) and the event page with its dates."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from content_api.fields import PageLinkField, TermField, TermsField
from core.forms import validate_phone
from core.models import source_terms
from core.pages import private_q
from core.translation import page_fields
from directory.api import AssociationOrganiserField
from directory.forms import contact_recipients as organiser_recipients
from directory.models import AssociationPage
from directory.models.associations import promote_panels_for_staff
from directory.page_forms import DirectoryPageForm
from directory.validators import validate_postcode
from home.blocks import BodyBlock
from home.structured_data import ListingStructuredData
from signups.models import SignupFields

from ..api import ContactField, DatesField, PlaceField, SignupField
from ..feeds import ics_response
from ..listing import event_context, event_listing, site_events
from ..schema import event_schema
from ..search import EventSearch


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Events not yet over (the last date's end, or its start when it has no end, is ahead)."""
        return self.filter(ends_at__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now())


EventManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(ListingStructuredData, RoutablePageMixin, Page):
    """The kommune's calendar ("Arrangementer"): every upcoming event of the site, with filters, and an archive.

    It lists the events under it (the kommune's own) and under the associations. Its addresses:
    ``arkiv/`` (past events), and the iCalendar feeds ``ical/`` (every event), ``ical/<type>/`` (one
    type, e.g. ``ical/kursus/``) and ``ical/forening/<slug>/`` (one association's).
    """

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event calendar")
        verbose_name_plural = _("event calendars")

    @path("", name="upcoming")
    def upcoming_view(self, request):
        return self.render(request, context_overrides=event_listing(request, self))

    @path("arkiv/", name="archive")
    def archive_view(self, request):
        return self.render(request, context_overrides=event_listing(request, self, archive=True))

    @path("ical/", name="feed")
    def feed_view(self, request):
        return ics_response(site_events(self), self.title, request, filename=self.slug)

    @path("ical/<slug:type_slug>/", name="type_feed")
    def type_feed_view(self, request, type_slug):
        types = {slug: value for value, slug in EventPage.TYPE_SLUGS.items()}
        if type_slug not in types:
            raise Http404
        label = dict(EventPage.TYPE_CHOICES)[types[type_slug]]
        events = site_events(self).filter(event_type=types[type_slug])
        return ics_response(events, f"{self.title}: {label}", request, filename=type_slug)

    @path("ical/forening/<slug:association_slug>/", name="association_feed")
    def association_feed_view(self, request, association_slug):
        site_root = self.get_parent()
        association = (
            AssociationPage.objects.live()
            .exclude(private_q())
            .descendant_of(site_root)
            .filter(slug=association_slug)
            .first()
        )
        if association is None:
            raise Http404
        events = EventPage.objects.child_of(association).live().exclude(private_q())
        return ics_response(events, association.title, request, filename=association.slug)

    def feed_urls(self, request=None):
        """The addresses of the feeds, for the page and the README: all, and one per type."""
        base = self.get_url(request) or ""
        return {
            "all": f"{base}ical/",
            "types": [
                {"label": label, "url": f"{base}ical/{EventPage.TYPE_SLUGS[value]}/"}
                for value, label in EventPage.TYPE_CHOICES
            ],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = self.feed_urls(request)
        return context


class EventPage(EventSearch, RoutablePageMixin, SignupFields, Page):
    """One event or course: when, where, for whom, what it costs, how to sign up, and whether it is cancelled."""

    base_form_class = DirectoryPageForm  # a slug from the title, the Danish way, when the slug is hidden

    THEME_DAY = "theme_day"
    STATUS_MEETING = "status_meeting"
    DIALOGUE_MEETING = "dialogue_meeting"
    COURSE = "course"
    INFORMATION_MEETING = "information_meeting"
    ASSOCIATION_EVENT = "association_event"
    OTHER = "other"
    TYPE_CHOICES = [
        (THEME_DAY, _("Theme day")),
        (STATUS_MEETING, _("Status meeting")),
        (DIALOGUE_MEETING, _("Dialogue meeting")),
        (COURSE, _("Course for volunteers")),
        (INFORMATION_MEETING, _("Information meeting")),
        (ASSOCIATION_EVENT, _("Association event")),
        (OTHER, _("Other event")),
    ]
    # The types by the words used in addresses (?type=kursus, ical/kursus/).
    TYPE_SLUGS = {
        THEME_DAY: "temadag",
        STATUS_MEETING: "statusmoede",
        DIALOGUE_MEETING: "dialogmoede",
        COURSE: "kursus",
        INFORMATION_MEETING: "informationsmoede",
        ASSOCIATION_EVENT: "foreningsarrangement",
        OTHER: "andet",
    }

    event_type = models.CharField(_("type"), max_length=30, choices=TYPE_CHOICES, default=ASSOCIATION_EVENT)
    summary = models.CharField(
        _("short summary"), max_length=300, help_text=_("One or two sentences shown in lists and search results.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    place_name = models.CharField(
        _("place"), max_length=160, blank=True, help_text=_('For example "Fjordlund Bibliotek, salen".')
    )
    street = models.CharField(_("street and number"), max_length=120, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True, validators=[validate_postcode])
    city = models.CharField(_("city"), max_length=60, blank=True)
    locality = models.ForeignKey(
        "directory.Locality",
        limit_choices_to=source_terms,
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    accessible_venue = models.BooleanField(
        _("accessible venue"), default=False, help_text=_("Step-free access and an accessible toilet.")
    )
    accessibility_note = models.CharField(
        _("about accessibility"),
        max_length=300,
        blank=True,
        help_text=_('For example "Lift to 1st floor; hearing loop in the hall".'),
    )

    categories = ParentalManyToManyField(
        "directory.Category",
        limit_choices_to=source_terms,
        verbose_name=_("categories"),
        blank=True,
        related_name="events",
    )
    target_groups = ParentalManyToManyField(
        "directory.TargetGroup",
        limit_choices_to=source_terms,
        verbose_name=_("target groups"),
        blank=True,
        related_name="events",
    )
    is_free = models.BooleanField(_("free"), default=True)
    price = models.CharField(_("price"), max_length=120, blank=True, help_text=_('For example "50 kr. inkl. kaffe".'))
    no_danish_needed = models.BooleanField(
        _("no Danish needed"), default=False, help_text=_("You can take part without speaking Danish.")
    )

    organiser_unit = models.ForeignKey(
        "directory.KommuneUnitPage",
        verbose_name=_("organised by (kommune unit)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("For the kommune's own events: the unit behind it. An association's event is its own."),
    )
    contact_name = models.CharField(_("contact"), max_length=120, blank=True)
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("Where questions and sign-up notices go. Empty: the organiser's own addresses."),
    )
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True, validators=[validate_phone])

    is_cancelled = models.BooleanField(
        _("cancelled"), default=False, help_text=_("The event stays visible, marked as cancelled.")
    )
    cancellation_note = models.CharField(
        _("about the cancellation"),
        max_length=300,
        blank=True,
        help_text=_('For example "Aflyst på grund af sygdom. Vi finder en ny dato."'),
    )

    # Derived from the dates on save, so listings filter and sort without joins.
    starts_at = models.DateTimeField(_("first start"), null=True, blank=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(_("last end"), null=True, blank=True, editable=False, db_index=True)

    objects = EventManager()

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["summary", "body", "place_name", "accessibility_note", "price", "cancellation_note"],
        synchronised=[
            "signup_method",
            "signup_url",
            "signup_capacity",
            "signup_waiting_list",
            "signup_deadline",
            "event_type",
            "street",
            "postcode",
            "city",
            "locality",
            "accessible_venue",
            "is_free",
            "no_danish_needed",
            "organiser_unit",
            "contact_name",
            "contact_email",
            "contact_phone",
            "is_cancelled",
            "categories",
            "target_groups",
            "dates",
        ],
    )

    content_panels = Page.content_panels + [
        FieldPanel("event_type"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("dates", heading=_("Dates"), label=_("Date"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("place_name"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("locality"),
                FieldRowPanel([FieldPanel("accessible_venue"), FieldPanel("accessibility_note")]),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("no_danish_needed"),
            ],
            heading=_("Who and what it costs"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signup_method"),
                FieldPanel("signup_url"),
                FieldRowPanel([FieldPanel("signup_capacity"), FieldPanel("signup_waiting_list")]),
                FieldPanel("signup_deadline"),
            ],
            heading=_("Sign-up"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser_unit"),
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Organiser and contact"),
        ),
        MultiFieldPanel([FieldPanel("is_cancelled"), FieldPanel("cancellation_note")], heading=_("Cancellation")),
    ]
    # The slug and SEO fields are staff's (as on the directory's pages): a representative's event gets its
    # address from its title (DirectoryPageForm).
    promote_panels = promote_panels_for_staff()

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("place_name"),
        index.SearchField("city"),
        index.AutocompleteField("summary"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("locality", [index.SearchField("name")]),
        index.FilterField("event_type"),
        index.FilterField("locality"),
        index.FilterField("is_free"),
        index.FilterField("no_danish_needed"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]

    # What the content API serves (/api/v2/pages/?type=events.EventPage): what the page shows.
    api_fields = [
        APIField("event_type"),
        APIField("summary"),
        APIField("body"),
        APIField("dates", serializer=DatesField()),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("place", serializer=PlaceField()),
        APIField("locality", serializer=TermField()),
        APIField("categories", serializer=TermsField()),
        APIField("target_groups", serializer=TermsField()),
        APIField("is_free"),
        APIField("price"),
        APIField("no_danish_needed"),
        APIField("association", serializer=AssociationOrganiserField()),
        APIField("organiser_unit", serializer=PageLinkField()),
        APIField("contact", serializer=ContactField()),
        APIField("signup", serializer=SignupField()),
        APIField("is_cancelled"),
        APIField("cancellation_note"),
    ]

    parent_page_types = ["events.EventIndexPage", "directory.AssociationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- the dates -------------------------------------------------------------------------------

    def sorted_dates(self):
        """The dates in time order (from the prefetch or the cluster's in-memory rows)."""
        return sorted(self.dates.all(), key=lambda date: date.start)

    def save(self, *args, **kwargs):
        dates = self.sorted_dates()
        self.starts_at = dates[0].start if dates else None
        self.ends_at = max((date.end or date.start) for date in dates) if dates else None
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.is_free and self.price:
            raise ValidationError({"price": _("An event is either free or has a price, not both.")})
        if self.signup_method == self.LINK and not self.signup_url:
            raise ValidationError({"signup_url": _("Give the address where people sign up.")})

    # --- the sign-up contract (signups/models.py) -------------------------------------------------

    def event_starts_at(self):
        return self.starts_at

    def event_ends_at(self):
        return self.ends_at

    def organiser_page(self):
        """The association the event belongs to (its parent), or the kommune unit chosen, or None."""
        parent = self.get_parent().specific
        if isinstance(parent, AssociationPage):
            return parent
        return self.organiser_unit

    def contact_recipients(self, request=None):
        """Who is told of sign-ups: the event's own contact email, else the organiser's addresses (or the kommune's)."""
        if self.contact_email.strip():
            return [self.contact_email.strip()]
        organiser = self.organiser_page()
        if organiser is not None:
            return organiser_recipients(organiser, request)
        return organiser_recipients(_NoOrganiser(), request)

    # --- what the pages show ---------------------------------------------------------------------

    @property
    def is_past(self):
        return self.ends_at is not None and self.ends_at < timezone.now()

    @property
    def type_slug(self):
        return self.TYPE_SLUGS.get(self.event_type, "")

    def signup_form_url(self):
        """Where the sign-up form is (the signups app answers there)."""
        return f"/tilmelding/{self.pk}/"

    @property
    def date_text(self):
        """The first date as a line of text, e.g. "12. december 2026 kl. 17.00", with "Aflyst" when cancelled."""
        if self.starts_at is None:
            return ""
        start = timezone.localtime(self.starts_at)
        text = f"{date_format(start, 'j. F Y')} {gettext('at')} {date_format(start, 'H.i')}"
        return f"{gettext('Cancelled')}: {text}" if self.is_cancelled else text

    @property
    def card_meta(self):
        """What a list of links to pages shows next to an event (a policy initiative's "carried out by"):
        its next date (its last, once all have passed), "Aflyst" first when it is cancelled."""
        dates = self.sorted_dates()
        if not dates:
            return ""
        now = timezone.now()
        ahead = [date for date in dates if (date.end or date.start) >= now]
        text = (ahead[0] if ahead else dates[-1]).when
        return f"{gettext('Cancelled')}: {text}" if self.is_cancelled else text

    def structured_data(self, request):
        """The event as schema.org ``Event`` (one object; a series gives its first start and last end)."""
        return [event_schema(self, request)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(request, self))
        return context

    @path("ical/", name="feed")
    def feed_view(self, request):
        """ "Add to calendar": this event's dates as an iCalendar file."""
        return ics_response(EventPage.objects.filter(pk=self.pk), self.title, request, self.slug, history=False)

    @property
    def address_lines(self):
        """The address as printed, e.g. ["Havnevej 4", "4790 Fjordlund"]; empty parts left out."""
        return [line for line in [self.street, " ".join(filter(None, [self.postcode, self.city]))] if line]


class _NoOrganiser:
    """A kommune event without a unit: the kommune's contact point answers (directory.forms.contact_recipients)."""

    def organiser_contact_emails(self):
        return []


class EventDate(Orderable):
    """One date of an event: a single meeting, one of a course's evenings, one time of a repeating event."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="dates")
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end")])]

    class Meta(Orderable.Meta):
        verbose_name = _("date")
        verbose_name_plural = _("dates")

    def __str__(self):
        return self.when

    @property
    def when(self):
        """The date as a reader says it: "12. december 2026 kl. 17.00–19.00", or from one day to another."""
        start = timezone.localtime(self.start)
        text = f"{date_format(start, 'j. F Y')} {gettext('at')} {date_format(start, 'H.i')}"
        if self.end is None:
            return text
        end = timezone.localtime(self.end)
        if end.date() == start.date():
            return f"{text}–{date_format(end, 'H.i')}"
        return f"{text} – {date_format(end, 'j. F Y')} {gettext('at')} {date_format(end, 'H.i')}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end cannot be before the start.")})

"""Volunteer tasks (opgavebank): concrete things an association needs a hand with."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework.fields import FloatField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from content_api.fields import TermField
from core.models import source_terms
from core.translation import page_fields
from home.blocks import BodyBlock
from home.structured_data import ListingStructuredData

from ..api import AssociationOrganiserField, OrganiserField
from ..listing import task_context, task_listing
from ..page_forms import DirectoryPageForm
from ..search import VolunteerTaskSearch
from ..structured_data import VolunteerTaskStructuredData
from .associations import promote_panels_for_staff


class VolunteerTaskQuerySet(PageQuerySet):
    def open_on(self, day=None):
        """Tasks a citizen can still say yes to: open, not past deadline, not ended."""
        day = day or timezone.localdate()
        return self.filter(status=VolunteerTaskPage.OPEN).filter(
            Q(deadline__isnull=True) | Q(deadline__gte=day),
            Q(end_date__isnull=True) | Q(end_date__gte=day),
        )


VolunteerTaskManager = PageManager.from_queryset(VolunteerTaskQuerySet)


class VolunteerTaskIndexPage(ListingStructuredData, Page):
    """ "Bliv frivillig": every open volunteer task in the kommune, with filters."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(
        BodyBlock(),
        verbose_name=_("how to get started"),
        blank=True,
        help_text=_("Shown under the list of tasks: what to expect, børneattest, insurance, whom to ask."),
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro", "body"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("volunteer task listing")
        verbose_name_plural = _("volunteer task listings")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(task_listing(request, self))
        return context


class VolunteerTaskPage(VolunteerTaskSearch, VolunteerTaskStructuredData, Page):
    """One task in the opgavebank, placed under its organiser: the association or kommune unit that needs the help."""

    served_with = ("locality",)  # read with the page when it is routed (home/frame.py): its place and JSON-LD

    base_form_class = DirectoryPageForm  # a slug from the title, the Danish way, when the slug is hidden

    ONE_OFF, WEEKLY, FLEXIBLE = "one_off", "weekly", "flexible"
    COMMITMENT_CHOICES = [(ONE_OFF, _("One-off")), (WEEKLY, _("Weekly")), (FLEXIBLE, _("Flexible"))]
    OPEN, FILLED = "open", "filled"
    STATUS_CHOICES = [(OPEN, _("Open")), (FILLED, _("Filled"))]

    summary = models.CharField(_("short summary"), max_length=300)
    what_you_do = RichTextField(_("what you will do"), features=["bold", "italic", "ul", "ol", "link"])
    time_commitment = models.CharField(_("time commitment"), max_length=10, choices=COMMITMENT_CHOICES)
    hours = models.DecimalField(
        _("hours"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(999)],
        help_text=_("Hours a week for weekly tasks, in all for one-off tasks, roughly for flexible ones."),
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True, help_text=_("Leave empty if the task is ongoing."))
    skills = models.TextField(_("skills wanted"), max_length=500, blank=True)
    requires_child_certificate = models.BooleanField(
        _("børneattest required"), default=False, help_text=_("The task involves children under 15.")
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MinValueValidator(10), MaxValueValidator(99)]
    )
    language_requirements = models.CharField(_("language requirements"), max_length=200, blank=True)
    no_danish_needed = models.BooleanField(_("no Danish needed"), default=False)
    where = models.CharField(_("where"), max_length=200, blank=True)
    locality = models.ForeignKey(
        "directory.Locality",
        limit_choices_to=source_terms,
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=OPEN)
    deadline = models.DateField(_("apply by"), null=True, blank=True)

    objects = VolunteerTaskManager()

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["summary", "what_you_do", "skills", "language_requirements", "where"],
        synchronised=[
            "time_commitment",
            "hours",
            "start_date",
            "end_date",
            "requires_child_certificate",
            "minimum_age",
            "no_danish_needed",
            "locality",
            "status",
            "deadline",
        ],
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("what_you_do"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("time_commitment"), FieldPanel("hours")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("deadline")]),
            ],
            heading=_("Time"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("skills"),
                FieldRowPanel([FieldPanel("requires_child_certificate"), FieldPanel("minimum_age")]),
                FieldRowPanel([FieldPanel("language_requirements"), FieldPanel("no_danish_needed")]),
            ],
            heading=_("Requirements"),
        ),
        MultiFieldPanel([FieldPanel("where"), FieldPanel("locality")], heading=_("Where")),
    ]
    promote_panels = promote_panels_for_staff()

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("what_you_do"),
        index.SearchField("skills"),
        index.SearchField("where"),
        index.AutocompleteField("summary"),
        index.RelatedFields("locality", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("deadline"),
        index.FilterField("end_date"),
        index.FilterField("time_commitment"),
        index.FilterField("no_danish_needed"),
        index.FilterField("locality"),
    ]
    # What the content API serves (/api/v2/pages/?type=directory.VolunteerTaskPage): what the page shows.
    api_fields = [
        APIField("organiser", serializer=OrganiserField()),
        APIField("association", serializer=AssociationOrganiserField()),
        APIField("summary"),
        APIField("what_you_do"),
        APIField("time_commitment"),
        APIField("hours", serializer=FloatField(read_only=True)),
        APIField("start_date"),
        APIField("end_date"),
        APIField("deadline"),
        APIField("status"),
        APIField("is_open"),
        APIField("skills"),
        APIField("requires_child_certificate"),
        APIField("minimum_age"),
        APIField("language_requirements"),
        APIField("no_danish_needed"),
        APIField("where"),
        APIField("locality", serializer=TermField()),
    ]

    parent_page_types = ["directory.AssociationPage", "directory.KommuneUnitPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("volunteer task")
        verbose_name_plural = _("volunteer tasks")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot be before the start.")})

    def is_open_on(self, day=None):
        day = day or timezone.localdate()
        return (
            self.status == self.OPEN
            and (self.deadline is None or self.deadline >= day)
            and (self.end_date is None or self.end_date >= day)
        )

    @property
    def is_open(self):
        return self.is_open_on()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(task_context(request, self))
        return context

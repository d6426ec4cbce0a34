"""The volunteering policy: the policy page, its focus areas and its adopted versions.

A policy lives for years: drafted, sent to consultation (høring), adopted by the
council, revised and in the end replaced. The page keeps its status and decision
facts as fields, so every page can tell the citizen where the policy stands, and
each adoption is kept as a version with its own address (see policy/versions.py).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from content_api.fields import PageLinkField, PageLinksField, ParentPageField
from core.pages import private_q
from core.readability import ReadabilityPanel
from core.translation import page_fields

from ..api import VersionsField
from ..blocks import (
    INITIATIVE_STATUS_CHOICES,
    SIMPLE_RICH_TEXT,
    ContactBlock,
    DefinitionBlock,
    DocumentBlock,
    FollowUpBlock,
    GoalBlock,
    InitiativeBlock,
    PrincipleBlock,
    RelatedPolicyBlock,
)
from ..search import PolicySearch
from ..structured_data import FocusAreaStructuredData, PolicyStructuredData
from ..versions import compare_view as versions_compare_view
from .consultations import ConsultationPage


class PolicyPage(PolicySearch, PolicyStructuredData, RoutablePageMixin, Page):
    """A volunteering policy: vision, principles, definitions, rules of cooperation and follow-up.

    Focus areas and consultations are child pages. The status moves along
    ``TRANSITIONS``; it is checked against the last published status, so an
    adopted policy cannot go back to being a draft by mistake."""

    DRAFT, CONSULTATION, ADOPTED, REVISION, REPLACED = "draft", "consultation", "adopted", "revision", "replaced"
    STATUS_CHOICES = [
        (DRAFT, _("Draft")),
        (CONSULTATION, _("In consultation")),
        (ADOPTED, _("Adopted")),
        (REVISION, _("Under revision")),
        (REPLACED, _("Replaced")),
    ]
    # From the last published status to the ones allowed next (staying put is always allowed).
    TRANSITIONS = {
        DRAFT: {DRAFT, CONSULTATION, ADOPTED},
        CONSULTATION: {CONSULTATION, DRAFT, ADOPTED},
        ADOPTED: {ADOPTED, REVISION, REPLACED},
        REVISION: {REVISION, CONSULTATION, ADOPTED, REPLACED},
        REPLACED: {REPLACED},
    }
    DECIDED = {ADOPTED, REVISION, REPLACED}  # Statuses that need the decision facts.

    status = models.CharField(_("status"), max_length=20, choices=STATUS_CHOICES, default=DRAFT)
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    adopted_by = models.CharField(
        _("adopted by"), max_length=120, blank=True, help_text=_("The body that adopted it, e.g. 'Byrådet'.")
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    next_evaluation_on = models.DateField(_("next evaluation"), null=True, blank=True)
    revises = models.ForeignKey(
        "self",
        verbose_name=_("revises"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="revised_by",
        help_text=_("For a draft: the adopted policy it will replace. That policy then links to this draft."),
    )
    replaced_by = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Required when the status is 'Replaced'."),
    )
    vision = RichTextField(_("vision"), features=SIMPLE_RICH_TEXT, blank=True)
    principles = StreamField([("principle", PrincipleBlock())], verbose_name=_("principles"), blank=True)
    definitions = StreamField([("definition", DefinitionBlock())], verbose_name=_("definitions"), blank=True)
    cooperation_rules = RichTextField(
        _("rules of cooperation"),
        features=["h3", *SIMPLE_RICH_TEXT],
        blank=True,
        help_text=_("How volunteers and the kommune's staff work together."),
    )
    follow_up = StreamField(
        [("follow_up", FollowUpBlock())],
        verbose_name=_("follow-up plan"),
        blank=True,
        help_text=_("Status meetings, theme days and evaluations."),
    )
    related_policies = StreamField(
        [("related_policy", RelatedPolicyBlock())], verbose_name=_("related policies"), blank=True
    )
    documents = StreamField([("document", DocumentBlock())], verbose_name=_("documents"), blank=True)
    contact = StreamField([("contact", ContactBlock())], verbose_name=_("contact"), blank=True, max_num=1)

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=[
            "intro",
            "adopted_by",
            "vision",
            "principles",
            "definitions",
            "cooperation_rules",
            "follow_up",
            "related_policies",
            "documents",
            "contact",
        ],
        synchronised=["status", "adopted_on", "next_evaluation_on", "revises", "replaced_by"],
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("adopted_by"), FieldPanel("adopted_on"), FieldPanel("next_evaluation_on")]),
                PageChooserPanel("revises", "policy.PolicyPage"),
                PageChooserPanel("replaced_by", "policy.PolicyPage"),
            ],
            heading=_("Status and decision"),
        ),
        FieldPanel("vision"),
        FieldPanel("principles"),
        FieldPanel("definitions"),
        FieldPanel("cooperation_rules"),
        FieldPanel("follow_up"),
        ReadabilityPanel(["intro", "vision", "principles", "definitions", "cooperation_rules", "follow_up"]),
        FieldPanel("related_policies"),
        FieldPanel("documents"),
        FieldPanel("contact"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("vision"),
        index.SearchField("principles"),
        index.SearchField("definitions"),
        index.SearchField("cooperation_rules"),
        index.FilterField("status"),
    ]
    # What the content API serves (/api/v2/pages/?type=policy.PolicyPage): what the page shows.
    api_fields = [
        APIField("status"),
        APIField("is_in_force"),
        APIField("intro"),
        APIField("adopted_by"),
        APIField("adopted_on"),
        APIField("next_evaluation_on"),
        APIField("revises", serializer=PageLinkField()),
        APIField("replaced_by", serializer=PageLinkField()),
        APIField("focus_areas", serializer=PageLinksField()),
        APIField("versions", serializer=VersionsField()),
        APIField("vision"),
        APIField("principles"),
        APIField("definitions"),
        APIField("cooperation_rules"),
        APIField("follow_up"),
        APIField("related_policies"),
        APIField("documents"),
        APIField("contact"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["policy.FocusAreaPage", "policy.ConsultationPage"]

    class Meta:
        verbose_name = _("policy")
        verbose_name_plural = _("policies")

    def clean(self):
        super().clean()
        errors = {}
        stored = PolicyPage.objects.filter(pk=self.pk).values_list("status", flat=True).first() if self.pk else None
        if stored and self.status not in self.TRANSITIONS[stored]:
            allowed = ", ".join(str(label) for value, label in self.STATUS_CHOICES if value in self.TRANSITIONS[stored])
            errors["status"] = _("A policy that is '%(current)s' can only become: %(allowed)s.") % {
                "current": dict(self.STATUS_CHOICES)[stored],
                "allowed": allowed,
            }
        if self.status in self.DECIDED:
            if not self.adopted_by:
                errors["adopted_by"] = _("Say which body adopted the policy.")
            if not self.adopted_on:
                errors["adopted_on"] = _("Give the date the policy was adopted.")
        if self.status == self.REPLACED and not self.replaced_by_id:
            errors["replaced_by"] = _("Choose the policy that replaces this one.")
        if self.replaced_by_id and self.pk and self.replaced_by_id == self.pk:
            errors["replaced_by"] = _("A policy cannot replace itself.")
        if self.revises_id and self.pk and self.revises_id == self.pk:
            errors["revises"] = _("A policy cannot revise itself.")
        if self.adopted_on and self.next_evaluation_on and self.next_evaluation_on <= self.adopted_on:
            errors["next_evaluation_on"] = _("The next evaluation must come after the adoption.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_in_force(self):
        """Adopted and not replaced: the text citizens and staff should follow."""
        return self.status in (self.ADOPTED, self.REVISION)

    def focus_areas(self, private=None):
        """The live, public focus areas in the policy's order. ``private``: Wagtail's ``private_q()``
        when the caller has it (it reads the view restrictions: one query saved per list that shares it).

        The rows are FocusAreaPage already (no page type derives from it): no ``.specific()`` round trip."""
        private = private_q() if private is None else private
        return FocusAreaPage.objects.child_of(self).live().exclude(private).order_by("path")

    def consultations(self, private=None):
        private = private_q() if private is None else private
        return ConsultationPage.objects.child_of(self).live().exclude(private).order_by("-opens_at")

    def practice(self, focus_areas):
        """ "Fra politik til praksis": the initiatives per status and the latest progress notes.

        Reads the initiatives' raw block data, so the overview costs no query per
        initiative or linked page however large the policy grows."""
        by_status = {value: [] for value, _label in INITIATIVE_STATUS_CHOICES}
        notes = []
        for area in focus_areas:
            for block in area.initiatives.raw_data:
                value = block.get("value") or {}
                item = {"title": value.get("title", ""), "focus_area": area, "status": value.get("status")}
                by_status.setdefault(item["status"], []).append(item)
                for note in value.get("progress_notes") or []:
                    note = note.get("value", note)  # ListBlock items are stored with ids since Wagtail 2.16.
                    if note.get("date") and note.get("text"):
                        notes.append({"date": note["date"], "text": note["text"], **item})
        notes.sort(key=lambda note: note["date"], reverse=True)
        for note in notes:
            note["date"] = timezone.datetime.fromisoformat(note["date"]).date()
        total = sum(len(items) for items in by_status.values())
        return {
            "total": total,
            "statuses": [
                {"value": value, "label": label, "initiatives": by_status[value], "count": len(by_status[value])}
                for value, label in INITIATIVE_STATUS_CHOICES
            ],
            "latest_notes": notes[:6],
        }

    def upcoming_follow_up(self, today=None):
        today = today or timezone.localdate()
        steps = sorted((block.value for block in self.follow_up), key=lambda step: step["date"])
        return {
            "upcoming": [step for step in steps if step["date"] >= today],
            "past": [step for step in steps if step["date"] < today][::-1],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        private = private_q()  # the view restrictions, read once for the three lists below
        focus_areas = list(self.focus_areas(private))
        context.update(
            focus_areas=focus_areas,
            practice=self.practice(focus_areas),
            follow_up=self.upcoming_follow_up(),
            versions=list(self.versions.all()),
            consultations=list(self.consultations(private)),
            drafts=list(PolicyPage.objects.live().exclude(private).filter(revises=self).exclude(pk=self.pk)),
        )
        return context

    # Versions: every adoption stays readable at its own address.

    @path("versioner/", name="versions")
    def versions_view(self, request):
        return TemplateResponse(
            request,
            "policy/policy_versions.html",
            {**self.get_context(request), "page": self, "self": self},
        )

    @path("versioner/<int:number>/", name="version")
    def version_view(self, request, number):
        version = self.versions.filter(number=number).first()
        if version is None:
            raise Http404
        context = {"page": self, "self": self, "version": version, "versions": list(self.versions.all())}
        return TemplateResponse(request, "policy/policy_version.html", context)

    @path("versioner/sammenlign/", name="compare")
    def compare_view(self, request):
        return versions_compare_view(request, self)


class FocusAreaPage(PolicySearch, FocusAreaStructuredData, Page):
    """A focus area of the policy: why it matters, the goals and the initiatives that carry it out."""

    intro = RichTextField(_("introduction"), features=SIMPLE_RICH_TEXT)
    goals = StreamField([("goal", GoalBlock())], verbose_name=_("goals"), blank=True)
    initiatives = StreamField(
        [("initiative", InitiativeBlock())],
        verbose_name=_("initiatives"),
        blank=True,
        help_text=_("What we do ('Sådan gør vi'), with status and dated progress notes."),
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro", "goals", "initiatives"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("goals"), FieldPanel("initiatives")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("goals"),
        index.SearchField("initiatives"),
    ]
    api_fields = [
        APIField("policy", serializer=ParentPageField()),
        APIField("intro"),
        APIField("goals"),
        APIField("initiatives"),
    ]

    parent_page_types = ["policy.PolicyPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["policy"] = self.get_parent().specific
        initiatives = []
        for block in self.initiatives:
            value = block.value
            notes = sorted(value["progress_notes"], key=lambda note: note["date"], reverse=True)
            links = [page for page in value["carried_out_by"] if page is not None and page.live]
            initiatives.append({"id": block.id, "value": value, "notes": notes, "links": links})
        context["initiative_list"] = initiatives
        return context


class PolicyVersion(models.Model):
    """An adopted version of a policy, frozen as readable text when it was first published as adopted.

    Corrections published later under the same adoption date do not change it: a
    version is what the council adopted. The text is kept as sections of plain
    paragraphs (see policy/versions.py), which is what the comparison works on."""

    policy = models.ForeignKey(PolicyPage, verbose_name=_("policy"), on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=255)
    adopted_by = models.CharField(_("adopted by"), max_length=120)
    adopted_on = models.DateField(_("adopted on"))
    revision = models.ForeignKey(
        "wagtailcore.Revision", verbose_name=_("revision"), null=True, blank=True, on_delete=models.SET_NULL
    )
    sections = models.JSONField(_("text"), default=list)
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("policy version")
        verbose_name_plural = _("policy versions")
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["policy", "number"], name="unique_policy_version_number")]

    def __str__(self):
        return f"{self.title} ({self.adopted_on:%Y-%m-%d})"

    def get_url(self, request=None):
        return self.policy.url + self.policy.reverse_subpage("version", args=[self.number])

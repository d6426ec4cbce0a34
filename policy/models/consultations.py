"""Public consultation (høring) on a draft policy, and the responses citizens send.

A consultation is a child page of the policy it is about, with an opening and a
closing time. Responses are stored before anything else happens (a receipt
email may fail, the response must not); policy owners moderate them, and after
closing the approved ones are published without email addresses.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content_api.fields import ParentPageField
from core.translation import page_fields
from home.blocks import BodyBlock

from ..blocks import DocumentBlock
from ..consultation import consultation_context, serve_consultation, serve_public_attachment
from ..search import PolicySearch
from ..structured_data import ConsultationStructuredData


class ConsultationPage(PolicySearch, ConsultationStructuredData, RoutablePageMixin, Page):
    """A consultation round: what we ask about, the documents, the response form, later the responses.

    It is open from ``opens_at`` up to (not including) ``closes_at``."""

    UPCOMING, OPEN, CLOSED = "upcoming", "open", "closed"

    intro = models.TextField(_("introduction"), max_length=600)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    body = StreamField(
        BodyBlock(), verbose_name=_("what we ask about"), blank=True, help_text=_("The questions and the background.")
    )
    documents = StreamField([("document", DocumentBlock())], verbose_name=_("documents"), blank=True)
    next_steps = models.TextField(
        _("what happens next"),
        max_length=1000,
        blank=True,
        help_text=_("Shown to everyone, e.g. when the council will decide."),
    )

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["intro", "body", "documents", "next_steps"], synchronised=["opens_at", "closes_at"]
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])], heading=_("Period")),
        FieldPanel("body"),
        FieldPanel("documents"),
        FieldPanel("next_steps"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    # What the content API serves: the consultation, never the responses (they hold names and addresses).
    api_fields = [
        APIField("policy", serializer=ParentPageField()),
        APIField("intro"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("state"),
        APIField("body"),
        APIField("documents"),
        APIField("next_steps"),
    ]

    parent_page_types = ["policy.PolicyPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The consultation must close after it opens.")})

    def state(self, now=None):
        now = now or timezone.now()
        if now < self.opens_at:
            return self.UPCOMING
        if now < self.closes_at:
            return self.OPEN
        return self.CLOSED

    def is_open(self, now=None):
        return self.state(now) == self.OPEN

    def published_responses(self):
        """What the public may read: approved, consented, and only once the consultation has closed."""
        if self.state() != self.CLOSED:
            return ConsultationResponse.objects.none()
        return self.responses.filter(status=ConsultationResponse.APPROVED, consent_to_publish=True).order_by(
            "submitted_at"
        )

    # Showing the page, taking responses and serving published attachments: policy/consultation.py.

    def get_context(self, request, *args, state=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(consultation_context(self, request, state=state))
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        """The consultation itself: GET shows it, POST takes a response while it is open."""
        return serve_consultation(self, request)

    @path("svar/<int:response_id>/vedhaeftning/", name="attachment")
    def attachment_route(self, request, response_id):
        """The attachment of a published response (approved, consented, consultation closed)."""
        return serve_public_attachment(self, request, response_id)


class ConsultationResponse(models.Model):
    """A response to a consultation, exactly as sent; staff only decide whether it is published.

    The attachment is kept in the database, not in public media storage: it may
    hold personal data, and it is served only to policy owners and, once
    approved for publication, through the consultation page."""

    PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
    STATUS_CHOICES = [
        (PENDING, _("Awaiting moderation")),
        (APPROVED, _("Approved for publication")),
        (REJECTED, _("Not published")),
    ]

    consultation = models.ForeignKey(
        ConsultationPage, verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="responses"
    )
    # Both are wiped once the consultation has closed (the name only without consent to
    # publication): policy/retention.py. A blank name then reads "Anonymised".
    name = models.CharField(_("name or organisation"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    text = models.TextField(_("response"))
    attachment_name = models.CharField(_("attachment"), max_length=200, blank=True)
    attachment_data = models.BinaryField(_("attachment data"), blank=True, null=True, editable=False)
    attachment_size = models.PositiveIntegerField(_("attachment size"), default=0)
    consent_to_publish = models.BooleanField(_("consent to publication"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=PENDING)
    moderation_note = models.TextField(_("internal note"), blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    receipt_sent_at = models.DateTimeField(_("receipt queued at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consultation response")
        verbose_name_plural = _("consultation responses")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.display_name} – {self.consultation.title}"

    @property
    def display_name(self):
        """The name, or "Anonymised" once it has been wiped (policy/retention.py)."""
        return self.name or gettext("Anonymised")

    display_name.fget.short_description = _("name or organisation")

    def clean(self):
        super().clean()
        if self.status == self.APPROVED and not self.consent_to_publish:
            raise ValidationError(
                {"status": _("This response cannot be published: the sender did not consent to publication.")}
            )

    @property
    def has_attachment(self):
        return bool(self.attachment_name)

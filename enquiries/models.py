"""An enquiry: a citizen's "Jeg vil gerne hjælpe", kept until the organiser has dealt with it.

The enquiry is stored before any email is sent (in the same transaction as the queued mail), so
nothing a citizen wrote is lost when the mail server is down. It names the page it is about (a
volunteer task, or an association directly) and the organiser who must answer: for a task the
task's parent page (the association, or a kommune unit), for an association the association
itself. Both links survive the pages: if a page is deleted the link is emptied (SET_NULL) and the
copied titles still say what the citizen offered to help with, for example "Træner for
U9-drengene hos Egebjerg Boldklub", so staff can still close the enquiry.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NAME_MAX_LENGTH = 120
PHONE_MAX_LENGTH = 20
MESSAGE_MAX_LENGTH = 1000


class EnquiryQuerySet(models.QuerySet):
    def waiting(self):
        """Enquiries nobody has marked answered or closed yet."""
        return self.filter(status=Enquiry.NEW)

    def settled_before(self, cutoff):
        """Answered or closed before ``cutoff``: what the retention rule deletes.

        An enquiry still waiting is never in here, however old: it stays until someone closes it,
        because deleting it would lose a citizen's offer nobody has answered.
        """
        return self.filter(
            Q(status=Enquiry.ANSWERED, answered_at__lt=cutoff) | Q(status=Enquiry.CLOSED, closed_at__lt=cutoff)
        )

    def for_organisers(self, organisers):
        """Enquiries whose organiser is one of these pages or below them (a representative's associations)."""
        return self.filter(organiser__in=organisers)


class Enquiry(models.Model):
    shown_on_pages = False  # what a citizen sent, shown to staff only (core/cachegen.py)
    NEW, ANSWERED, CLOSED = "new", "answered", "closed"
    STATUS_CHOICES = [(NEW, _("Waiting for an answer")), (ANSWERED, _("Answered")), (CLOSED, _("Closed"))]

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_title = models.CharField(_("task or association"), max_length=255)
    organiser = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser_title = models.CharField(_("organiser"), max_length=255)
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=PHONE_MAX_LENGTH, blank=True)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    consent_at = models.DateTimeField(_("consent given"))
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    recipients = models.TextField(_("sent to"), blank=True, help_text=_("The addresses the enquiry was emailed to."))

    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=NEW)
    internal_note = models.TextField(
        _("internal note"),
        max_length=2000,
        blank=True,
        help_text=_("Only for you and the kommune, for example who is talking to the volunteer. Never sent."),
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True, editable=False)
    escalated_at = models.DateTimeField(_("passed on to the kommune"), null=True, blank=True, editable=False)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        indexes = [
            # The reminders (send_enquiry_reminders): waiting enquiries by age.
            models.Index(fields=["status", "created_at"], name="enquiry_waiting_idx"),
            # The retention rule: answered and closed enquiries by when.
            models.Index(fields=["status", "answered_at"], name="enquiry_answered_idx"),
            models.Index(fields=["status", "closed_at"], name="enquiry_closed_idx"),
        ]

    def __str__(self):
        # No name here: Wagtail copies this into its history log (ModelLogEntry.label), e.g. "#12: Træner for U9".
        return f"#{self.pk}: {self.page_title}"

    @property
    def is_waiting(self):
        return self.status == self.NEW

    def days_waiting(self, now=None):
        return max(((now or timezone.now()) - self.created_at).days, 0)

    def set_status(self, status, user=None, now=None):
        """Change the status and record who did it and when (marking it answered twice keeps the first time)."""
        previous, self.status = self.status, status
        self.stamp_status_change(previous, user, now)

    def stamp_status_change(self, previous, user=None, now=None):
        """After ``status`` has changed from ``previous`` (by a form): who marked it answered or closed, and when."""
        if self.status == previous:
            return
        now = now or timezone.now()
        if self.status == self.ANSWERED:
            self.answered_at, self.answered_by = now, user
        elif self.status == self.CLOSED:
            self.closed_at, self.closed_by = now, user

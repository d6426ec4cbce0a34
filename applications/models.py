"""An association's application to join the directory, and what staff decided about it.

The application holds what the association typed into "Tilmeld jeres forening" and the
contact person's details. Staff approve it (the association page is made as a draft from
it, see applications/decisions.py) or reject it with a reason. The personal part does not
stay for ever (applications/wagtail_hooks.py): a rejected application is deleted a while
after the decision, an approved one loses its contact person's details.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import source_terms
from directory.validators import validate_cvr

NAME_MAX_LENGTH = 255  # a page title
CONTACT_NAME_MAX_LENGTH = 120
PHONE_MAX_LENGTH = 20
SUMMARY_MAX_LENGTH = 300  # AssociationPage.summary
REASON_MAX_LENGTH = 2000


class ApplicationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=AssociationApplication.NEW)


class AssociationApplication(models.Model):
    shown_on_pages = False  # an application, shown to staff only (core/cachegen.py)
    NEW = "new"
    APPROVED = "approved"
    REJECTED = "rejected"
    STATUS_CHOICES = [(NEW, _("New")), (APPROVED, _("Approved")), (REJECTED, _("Rejected"))]

    # The association, as it would appear in the directory.
    name = models.CharField(_("association name"), max_length=NAME_MAX_LENGTH)
    cvr = models.CharField(_("CVR number"), max_length=8, blank=True, validators=[validate_cvr])
    summary = models.CharField(_("short summary"), max_length=SUMMARY_MAX_LENGTH)
    categories = models.ManyToManyField(
        "directory.Category", limit_choices_to=source_terms, verbose_name=_("categories"), blank=True
    )
    target_groups = models.ManyToManyField(
        "directory.TargetGroup", limit_choices_to=source_terms, verbose_name=_("target groups"), blank=True
    )
    locality = models.ForeignKey(
        "directory.Locality",
        limit_choices_to=source_terms,
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)

    # The contact person: personal data, erased after an approval (blank then) and deleted after a rejection.
    contact_name = models.CharField(_("contact person"), max_length=CONTACT_NAME_MAX_LENGTH, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=PHONE_MAX_LENGTH, blank=True)
    terms_accepted_at = models.DateTimeField(_("terms accepted"))
    data_consent_at = models.DateTimeField(_("consent to storing the contact details"))

    # Staff's decision.
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=NEW, db_index=True)
    rejection_reason = models.TextField(_("reason for the rejection"), max_length=REASON_MAX_LENGTH, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    association = models.ForeignKey(
        "directory.AssociationPage",
        verbose_name=_("association page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    contact_erased_at = models.DateTimeField(_("contact details deleted"), null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")

    def __str__(self):
        return self.name

    @property
    def is_open(self):
        return self.status == self.NEW

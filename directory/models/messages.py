"""Messages citizens send an association through its contact form.

The message is stored before any email is sent, so nothing a citizen wrote is
lost if the mail server is down; the email queue retries and staff can see
every message in the admin.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactMessage(models.Model):
    shown_on_pages = False  # what a citizen sent an association, shown to staff only (core/cachegen.py)
    association = models.ForeignKey(
        "directory.AssociationPage",
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        related_name="messages",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    message = models.TextField(_("message"), max_length=3000)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    forwarded_to = models.TextField(_("forwarded to"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.name} → {self.association.title}"

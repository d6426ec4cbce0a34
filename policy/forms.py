"""The form anyone uses to answer a public consultation (høring).

Like the directory's contact form it is a core.forms.PublicForm: control characters
are dropped before validation, so what is shown again after an error is what was
checked; a honeypot field catches bots. An attachment must really be a PDF: the
name must end in .pdf and the content must start like one, because a renamed
image or program is not something we publish on the kommune's site.

The consultation page takes the form (policy.models imports policy/consultation.py, which
imports this module), so this module imports no policy model; its limits fit the columns of
ConsultationResponse (tests/core/test_imports.py checks that they do).
"""

import math
import os

from django import forms
from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import CleanCharField, CleanEmailField, PublicForm
from core.text import strip_control_characters

NAME_MAX_LENGTH = 200  # ConsultationResponse.name
TEXT_MAX_LENGTH = 20_000
ATTACHMENT_NAME_MAX_LENGTH = 200  # ConsultationResponse.attachment_name
PDF_MAGIC = b"%PDF-"
MEGABYTE = 1024 * 1024


def attachment_limit():
    """The largest attachment in bytes: settings.CONSULTATION_ATTACHMENT_MAX_BYTES, 10 MB if not set."""
    return getattr(settings, "CONSULTATION_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)


def megabytes(size, round_up=False):
    """A size in MB as people read it: "10", "2,5" or "0,098" (formatted for the active language).

    A file over the limit is rounded up, so it never reads as the same size as the limit."""
    value = size / MEGABYTE
    if value == round(value):
        return number_format(round(value))
    places = 1 if value >= 1 else max(1, 1 - math.floor(math.log10(value)))
    if round_up:
        value = math.ceil(value * 10**places) / 10**places
    return number_format(round(value, places), decimal_pos=places)


def safe_attachment_name(name):
    """The file name as the sender knows it, with nothing that could break a header or a path."""
    name = strip_control_characters(os.path.basename(name.replace("\\", "/")))
    name = "".join("_" if ch in '"/;:*?<>|' else ch for ch in name)
    stem = name[: -len(".pdf")] if name.lower().endswith(".pdf") else name
    stem = stem.strip(" .")[: ATTACHMENT_NAME_MAX_LENGTH - len(".pdf")].strip(" .") or "bilag"
    return f"{stem}.pdf"


class PDFAttachmentField(forms.FileField):
    """An optional PDF: checked by its name, its size (attachment_limit()) and its first bytes."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        if not upload.name.lower().endswith(".pdf"):
            raise forms.ValidationError(
                gettext("The attachment must be a PDF file (a name ending in .pdf). Choose a PDF file."),
                code="extension",
            )
        limit = attachment_limit()
        if upload.size > limit:
            raise forms.ValidationError(
                gettext("The attachment is %(size)s MB; it can be at most %(limit)s MB. Choose a smaller PDF file.")
                % {"size": megabytes(upload.size, round_up=True), "limit": megabytes(limit)},
                code="size",
            )
        upload.seek(0)
        if upload.read(len(PDF_MAGIC)) != PDF_MAGIC:
            raise forms.ValidationError(
                gettext(
                    "The attachment is not a PDF file, even though its name ends in .pdf. "
                    "Save your document as PDF and choose it again."
                ),
                code="content",
            )
        upload.seek(0)
        return upload


class ConsultationResponseForm(PublicForm):
    name = CleanCharField(label=_("Name or organisation"), max_length=NAME_MAX_LENGTH)
    email = CleanEmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("We send you a receipt at this address. It is never published."),
    )
    text = CleanCharField(label=_("Your response"), max_length=TEXT_MAX_LENGTH, keep_newlines=True, strip=True)
    attachment = PDFAttachmentField(label=_("Attachment (PDF)"), required=False)
    consent = forms.BooleanField(
        label=_("Publish my name and my response on this page after the consultation has closed"),
        required=False,
        help_text=_(
            "We publish your name or organisation and your text (and your attachment, if any) once the "
            "consultation has closed and we have read it. Your email address is never published. Without "
            "this tick your response still counts in the consultation; it is just not published."
        ),
    )

    def __init__(self, data=None, files=None, *args, **kwargs):
        kwargs.setdefault("auto_id", "svar-%s")
        super().__init__(data, files, *args, **kwargs)
        # Numbers in the help texts follow the language of the request (20.000 in Danish).
        self.fields["text"].help_text = gettext("At most %(count)s characters.") % {
            "count": number_format(TEXT_MAX_LENGTH, force_grouping=True)
        }
        self.fields["attachment"].help_text = gettext(
            "Only PDF files, at most %(limit)s MB. Write your response in the field above as well."
        ) % {"limit": megabytes(attachment_limit())}

    @property
    def file_must_be_chosen_again(self):
        """A browser never fills a file field in again: after an error the sender has to choose the file anew."""
        return self.is_bound and bool(self.errors) and bool(self.files.get("attachment"))

    def response_fields(self):
        """What a valid form stores on a ConsultationResponse."""
        data = self.cleaned_data
        fields = {
            "name": data["name"],
            "email": data["email"],
            "text": data["text"],
            "consent_to_publish": data["consent"],
        }
        upload = data.get("attachment")
        if upload:
            upload.seek(0)
            content = upload.read()
            fields.update(
                attachment_name=safe_attachment_name(upload.name),
                attachment_data=content,
                attachment_size=len(content),
            )
        return fields

"""The form staff use to give representatives access to an association."""

import re
import unicodedata

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

MAX_ADDRESSES = 20
MAX_TEXT_LENGTH = 6000  # 20 long addresses with room to spare
SEPARATORS = re.compile(r"[\s,;]+")


def shown(text, limit=60):
    """A typed value made safe to repeat in an error: no control or direction characters, and short."""
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf", "Zl", "Zp"})
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AssociationAccessForm(forms.Form):
    emails = forms.CharField(
        label=_("Email addresses of the representatives"),
        help_text=_(
            "One address per line, or separated by commas. New people get an email with a link to choose "
            "a password; people who already have a user get access straight away."
        ),
        widget=forms.Textarea(
            attrs={"rows": 5, "maxlength": MAX_TEXT_LENGTH, "autocomplete": "off", "spellcheck": "false", "dir": "ltr"}
        ),
        error_messages={"required": _("Enter at least one email address.")},
    )

    def clean_emails(self):
        text = self.cleaned_data["emails"]
        if len(text) > MAX_TEXT_LENGTH:
            raise ValidationError(
                _("The text is too long. Give access to at most %(limit)s people at a time."),
                code="max_length",
                params={"limit": MAX_ADDRESSES},
            )
        typed = {}  # address -> what was typed, to repeat in an error
        for part in SEPARATORS.split(text):
            address = part.strip("<>").lower()  # "<anna@forening.dk>" as copied from a mail program
            if address and address not in typed:
                typed[address] = part
        addresses = list(typed)
        if not addresses:
            raise ValidationError(_("Enter at least one email address."), code="required")
        if len(addresses) > MAX_ADDRESSES:
            raise ValidationError(
                _("You can give access to at most %(limit)s people at a time; you entered %(count)s addresses."),
                code="too_many",
                params={"limit": MAX_ADDRESSES, "count": len(addresses)},
            )
        max_length = get_user_model()._meta.get_field("email").max_length
        invalid = []
        for address in addresses:
            try:
                if len(address) > max_length:
                    raise ValidationError("too long")
                validate_email(address)
            except ValidationError:
                invalid.append(shown(typed[address]))
        if invalid:
            raise ValidationError(
                ngettext(
                    "This is not a valid email address: %(addresses)s. Correct it and try again.",
                    "These are not valid email addresses: %(addresses)s. Correct them and try again.",
                    len(invalid),
                ),
                code="invalid",
                params={"addresses": ", ".join(invalid)},
            )
        return addresses

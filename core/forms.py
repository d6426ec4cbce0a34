"""Form fields and the base of the forms anyone on the internet can send.

The portal's public forms (the directory's contact form, the consultation response) share
their hygiene: control characters are dropped before validation, so what is shown again
after an error is what was checked, and a honeypot field catches bots.
"""

import re

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from .text import strip_control_characters

# A honeypot: a field with an ordinary-looking name that people never see or fill in.
HONEYPOT_FIELD = "website"


class CleanCharField(forms.CharField):
    """A text field that silently drops control characters before it validates."""

    def __init__(self, *args, keep_newlines=False, **kwargs):
        self.keep_newlines = keep_newlines
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = strip_control_characters(value, keep_newlines=self.keep_newlines)
        return super().to_python(value)


class CleanEmailField(forms.EmailField):
    def to_python(self, value):
        if isinstance(value, str):
            value = strip_control_characters(value)
        return super().to_python(value)


validate_phone = RegexValidator(
    re.compile(r"^\+?[0-9][0-9 ()./-]*$"),
    _("Enter a phone number with digits only, for example 12 34 56 78."),
    code="phone",
)


class HoneypotField(forms.CharField):
    """A field people never see (includes/honeypot.html hides it) and bots fill in."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Leave this field empty"))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)


class PublicForm(forms.Form):
    """A form anyone may send: its text is cleaned once, up front, and it has a honeypot.

    Every text field's value loses its control characters before the form sees it (newlines
    are kept where the field keeps them), so what is shown again after an error is what was
    validated. ``is_spam`` says a bot filled in the honeypot: the caller then answers as if
    all went well, and stores and sends nothing.
    """

    website = HoneypotField()  # named HONEYPOT_FIELD

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            for name, field in self.base_fields.items():
                if isinstance(field, forms.CharField) and name in data:
                    keep_newlines = getattr(field, "keep_newlines", False)
                    data[name] = strip_control_characters(data[name], keep_newlines=keep_newlines)
        super().__init__(data, *args, **kwargs)
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)  # last, where the templates put it

    @property
    def is_spam(self):
        """A bot filled in the honeypot field that people never see."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

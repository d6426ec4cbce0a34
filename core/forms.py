"""Form fields and the base of the forms anyone on the internet can send.

The portal's public forms (the directory's contact form, the consultation response) share
their hygiene: control characters are dropped before validation, so what is shown again
after an error is what was checked, and a honeypot field catches bots. A form can also ask
for a minimum fill time (``min_fill_seconds``): a form sent faster than a person can type
is sent back, filled in, with a message, so a bot gets nowhere and a quick person loses nothing.
"""

import re

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from .text import strip_control_characters

# A honeypot: a field with an ordinary-looking name that people never see or fill in.
HONEYPOT_FIELD = "website"
# The hidden field that carries when the form was first shown (signed, so it cannot be forged).
STARTED_FIELD = "form_started"
STARTED_SALT = "core.forms.started"
TOO_FAST_MESSAGE = _(
    "That went a little fast, so we could not tell you from a robot. Check the details and send the form again."
)


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


# The largest key a table holds (a BigAutoField). A script's "999…9" (40 digits) is then no choice, where
# SQLite would raise OverflowError on it in an `id IN (…)` and answer 500.
MAX_KEY = 2**63 - 1


class VocabularyMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Ticks from a fixed vocabulary (categories, target groups), sent as the terms' ids.

    Django's field checks a list of ids with one ``IN`` query; an id beyond any key's range is
    turned away first, with the field's own "Select a valid choice" message.
    """

    def label_from_instance(self, obj):
        # The Danish term is ticked and stored; a citizen on the English form reads its English name.
        return obj.localized.name

    def _check_values(self, value):
        for key in value if isinstance(value, (list, tuple)) else ():
            try:
                number = int(str(key).strip())
            except ValueError:
                continue  # not a number: Django's own check says so
            if abs(number) > MAX_KEY:
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": key}
                )
        return super()._check_values(value)


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

    A form that sets ``min_fill_seconds`` (for example 3) carries a hidden, signed timestamp of
    when it was first shown (made with TimestampSigner; templates/includes/honeypot.html puts
    it in the page). Sent sooner than that, or without a genuine timestamp, the form is not
    valid: it has the non-field error ``TOO_FAST_MESSAGE`` and a fresh timestamp, so the view
    shows it again, filled in, and the person just sends it once more.
    """

    website = HoneypotField()  # named HONEYPOT_FIELD
    min_fill_seconds = 0  # off; a form opts in with e.g. 3

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            for name, field in self.base_fields.items():
                if isinstance(field, forms.CharField) and name in data:
                    keep_newlines = getattr(field, "keep_newlines", False)
                    data[name] = strip_control_characters(data[name], keep_newlines=keep_newlines)
        super().__init__(data, *args, **kwargs)
        if self.min_fill_seconds:
            self.fields[STARTED_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False)
            if not self.is_bound:
                self.initial[STARTED_FIELD] = self.started_token()
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)  # last, where the templates put it

    @classmethod
    def started_token(cls):
        """A signed "shown now": the form's name with the time, e.g. "ApplicationForm:1tE3xk:…"."""
        return signing.TimestampSigner(salt=STARTED_SALT).sign(cls.__name__)

    def filled_too_fast(self):
        """Whether the form came back sooner than ``min_fill_seconds`` after it was shown, or with no genuine timestamp.

        TimestampSigner's max_age says how old a signature may be; here the question is the
        opposite, so a signature that is still "fresh" after min_fill_seconds means too fast.
        """
        token = self.data.get(STARTED_FIELD, "")
        signer = signing.TimestampSigner(salt=STARTED_SALT)
        try:
            signer.unsign(token, max_age=self.min_fill_seconds)
        except signing.SignatureExpired:
            # Older than min_fill_seconds: a person's pace, if the token is this form's own.
            return signer.unsign(token) != type(self).__name__
        except signing.BadSignature:
            return True  # missing or forged
        return True  # genuine, but younger than min_fill_seconds

    def clean(self):
        cleaned_data = super().clean()
        if self.min_fill_seconds and self.filled_too_fast():
            # A fresh timestamp in what is shown again; the clock starts anew from here.
            self.data[STARTED_FIELD] = self.started_token()
            raise forms.ValidationError(TOO_FAST_MESSAGE, code="too_fast")
        return cleaned_data

    @property
    def is_spam(self):
        """A bot filled in the honeypot field that people never see."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

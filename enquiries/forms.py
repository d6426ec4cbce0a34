"""The "Jeg vil gerne hjælpe" form, and the form representatives use to mark an enquiry answered or closed."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.forms import CleanCharField, CleanEmailField, PublicForm, validate_phone

from .models import MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH, PHONE_MAX_LENGTH, Enquiry


class EnquiryForm(PublicForm):
    """Name, a way to answer (email and/or phone), a short message and consent; a honeypot catches bots."""

    name = CleanCharField(label=_("Your name"), max_length=NAME_MAX_LENGTH)
    email = CleanEmailField(
        label=_("Your email"),
        max_length=254,
        required=False,
        help_text=_("Give your email, your phone number or both, so they can answer you."),
    )
    phone = CleanCharField(
        label=_("Your phone"),
        max_length=PHONE_MAX_LENGTH,
        required=False,
        validators=[validate_phone],
    )
    message = CleanCharField(
        label=_("A few words about you"),
        max_length=MESSAGE_MAX_LENGTH,
        required=False,
        keep_newlines=True,
        strip=True,
        help_text=_("For example when you have time, or what you are good at. At most 1000 characters."),
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to agree that we pass your enquiry on.")},
    )

    def __init__(self, data=None, *args, organiser_title="", **kwargs):
        kwargs.setdefault("auto_id", "enquiry-%s")
        super().__init__(data, *args, **kwargs)
        # Say exactly who gets the data and how long the kommune keeps it, e.g. "… videre til Egebjerg Boldklub …".
        self.fields["consent"].label = _(
            "I agree that my name, contact details and message are passed on to %(organiser)s. The portal keeps "
            "them until the enquiry has been answered or closed, and deletes them %(days)s days later."
        ) % {"organiser": organiser_title, "days": getattr(settings, "RETENTION_ENQUIRY_DAYS", 90)}

    def clean(self):
        cleaned = super().clean()
        typed_wrong = self.errors.get("email") or self.errors.get("phone")
        if not typed_wrong and not cleaned.get("email") and not cleaned.get("phone"):
            self.add_error("email", _("Give an email address or a phone number, so they can answer you."))
        return cleaned


class EnquiryStatusForm(forms.ModelForm):
    """What a representative may change: the status and an internal note, never what the citizen wrote."""

    class Meta:
        model = Enquiry
        fields = ["status", "internal_note"]
        widgets = {"status": forms.RadioSelect}

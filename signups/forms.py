"""The public sign-up form: name, email (the cancel link goes there), phone, a note and consent."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import CleanCharField, CleanEmailField, PublicForm, validate_phone

from .emails import retention_days
from .models import NAME_MAX_LENGTH, NOTE_MAX_LENGTH, PHONE_MAX_LENGTH


class SignupForm(PublicForm):
    min_fill_seconds = 3

    name = CleanCharField(label=_("Your name"), max_length=NAME_MAX_LENGTH)
    email = CleanEmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("We send your confirmation there, with a link to cancel if you cannot come."),
    )
    phone = CleanCharField(
        label=_("Your phone"),
        max_length=PHONE_MAX_LENGTH,
        required=False,
        validators=[validate_phone],
        help_text=_("In case the organiser needs to reach you on the day."),
    )
    note = CleanCharField(
        label=_("Anything the organiser should know"),
        max_length=NOTE_MAX_LENGTH,
        required=False,
        keep_newlines=True,
        help_text=_("For example if you use a wheelchair or need an interpreter. At most 500 characters."),
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to agree that the organiser gets your details.")},
    )

    def __init__(self, data=None, *args, organiser_title="", **kwargs):
        kwargs.setdefault("auto_id", "signup-%s")
        super().__init__(data, *args, **kwargs)
        self.fields["consent"].label = _(
            "I agree that my name, contact details and note are given to %(organiser)s for the participant list. "
            "The portal deletes them %(days)s days after the event."
        ) % {"organiser": organiser_title or _("the organiser"), "days": retention_days()}

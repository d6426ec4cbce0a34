"""The form an association sends to join the directory ("Tilmeld jeres forening"), and staff's rejection form.

It is a core.forms.PublicForm: control characters leave the text before validation, a
honeypot catches bots, and it must be open for at least ``min_fill_seconds`` before it is
sent. Categories, target groups and towns are the directory's own vocabularies, so an
approved application fills in the association page without anyone retyping it.

An association that is already in the directory, or has an application waiting, is told so
next to the name or CVR field instead of making a second one.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import CleanCharField, CleanEmailField, PublicForm, VocabularyMultipleChoiceField, validate_phone
from directory.models import AssociationPage, Category, Locality, TargetGroup
from directory.validators import validate_cvr

from .models import (
    CONTACT_NAME_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    REASON_MAX_LENGTH,
    SUMMARY_MAX_LENGTH,
    AssociationApplication,
)

MIN_FILL_SECONDS = 3


def retention_days():
    """(days a rejected application is kept, days an approved one keeps its contact person), as the settings say."""
    return (
        int(getattr(settings, "RETENTION_REJECTED_APPLICATION_DAYS", 30)),
        int(getattr(settings, "RETENTION_APPROVED_APPLICATION_CONTACT_DAYS", 90)),
    )


class ApplicationForm(PublicForm):
    min_fill_seconds = MIN_FILL_SECONDS

    name = CleanCharField(label=_("Name of the association"), max_length=NAME_MAX_LENGTH)
    cvr = CleanCharField(
        label=_("CVR number"),
        max_length=11,  # 8 digits, perhaps written in pairs: "12 34 56 78"
        required=False,
        help_text=_("8 digits. Leave it empty if the association has none."),
    )
    summary = CleanCharField(
        label=_("What does the association do?"),
        max_length=SUMMARY_MAX_LENGTH,
        keep_newlines=True,
        help_text=_("One or two sentences, at most 300 characters. They are shown in the directory."),
    )
    categories = VocabularyMultipleChoiceField(
        label=_("Categories"),
        queryset=Category.objects.sources(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Tick what fits the association."),
    )
    target_groups = VocabularyMultipleChoiceField(
        label=_("Target groups"),
        queryset=TargetGroup.objects.sources(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Tick whom the association is for."),
    )
    locality = forms.ModelChoiceField(
        label=_("Town"),
        queryset=Locality.objects.sources(),
        required=False,
        empty_label=_("Choose a town"),
    )
    # Not "website": that is the honeypot's name (core.forms.HONEYPOT_FIELD).
    web_address = forms.URLField(
        label=_("Website"),
        max_length=200,
        required=False,
        assume_scheme="https",
        help_text=_("For example www.fjordlund-roklub.dk"),
    )
    contact_name = CleanCharField(label=_("Your name"), max_length=CONTACT_NAME_MAX_LENGTH)
    email = CleanEmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("We send a receipt and our answer here. If we approve, you get a login to edit the page."),
    )
    phone = CleanCharField(
        label=_("Your phone"),
        max_length=PHONE_MAX_LENGTH,
        required=False,
        validators=[validate_phone],
        help_text=_("Only for us, if we have a question. It is not shown anywhere."),
    )
    accept_terms = forms.BooleanField(
        label=_("We accept the terms for being in the directory"),
        error_messages={"required": _("Tick the box to accept the terms for being in the directory.")},
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to let us store your contact details while we handle it.")},
    )

    def __init__(self, data=None, *args, site=None, **kwargs):
        kwargs.setdefault("auto_id", "application-%s")
        super().__init__(data, *args, **kwargs)
        # The towns of the kommune whose site the form is on, and the shared ones: the town also says which
        # kommune's directory an approved association goes into (applications/decisions.py).
        self.fields["locality"].queryset = Locality.objects.for_site(site).sources()
        self.fields["locality"].label_from_instance = lambda town: town.localized.name
        rejected, approved = retention_days()
        self.fields["consent"].label = gettext(
            "I agree that the kommune stores my name, email and phone to handle the application. They are "
            "deleted %(rejected)s days after a rejection, or %(approved)s days after an approval."
        ) % {"rejected": rejected, "approved": approved}
        self.fields["accept_terms"].help_text = gettext(
            "The association is a voluntary association or group with activities in the kommune; what it writes "
            "on its page is true and kept up to date; the kommune approves changes before they are published and "
            "may take the page down if the terms are not kept."
        )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if AssociationPage.objects.filter(title__iexact=name).exists():
            raise forms.ValidationError(
                gettext(
                    "%(name)s is already in the directory. If you want to help keep its page up to date, write "
                    "to us and we will give you access."
                )
                % {"name": name},
                code="duplicate",
            )
        if AssociationApplication.objects.open().filter(name__iexact=name).exists():
            raise forms.ValidationError(
                gettext(
                    "We have already received an application for %(name)s and are looking at it. You will hear "
                    "from us by email."
                )
                % {"name": name},
                code="duplicate",
            )
        return name

    def clean_cvr(self):
        cvr = self.cleaned_data["cvr"].replace(" ", "")
        if not cvr:
            return ""
        validate_cvr(cvr)
        existing = AssociationPage.objects.filter(cvr=cvr).values_list("title", flat=True).first()
        if existing:
            raise forms.ValidationError(
                gettext("An association with CVR number %(cvr)s is already in the directory: %(name)s.")
                % {"cvr": cvr, "name": existing},
                code="duplicate",
            )
        if AssociationApplication.objects.open().filter(cvr=cvr).exists():
            raise forms.ValidationError(
                gettext(
                    "We have already received an application with CVR number %(cvr)s and are looking at it. You "
                    "will hear from us by email."
                )
                % {"cvr": cvr},
                code="duplicate",
            )
        return cvr

    def clean_summary(self):
        return " ".join(self.cleaned_data["summary"].split())  # one line, as in the directory's cards


class RejectionForm(forms.Form):
    """Staff say why; the reason is emailed to the applicant as written."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Sent to the applicant by email. Write it so that they understand it, and what they can do."),
    )

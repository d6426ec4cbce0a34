"""The staff's forms: a new shortlist, adding an offer, a note on an item, and sending the shortlist."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Shortlist, ShortlistItem


class ShortlistForm(forms.ModelForm):
    class Meta:
        model = Shortlist
        fields = ["label"]
        labels = {"label": _("Name or reference for the citizen")}


class AddForm(forms.Form):
    """What "Add to shortlist" sends: the page, an activity of it, and which shortlist (none: the current one)."""

    page = forms.IntegerField(min_value=1)
    activity = forms.IntegerField(min_value=1, required=False)
    shortlist = forms.IntegerField(min_value=1, required=False)
    next = forms.CharField(max_length=2000, required=False)


class NoteForm(forms.ModelForm):
    class Meta:
        model = ShortlistItem
        fields = ["note"]
        labels = {"note": _("Note for the citizen")}


class SendForm(forms.Form):
    """Send the shortlist to the citizen; with their consent, introduce them to the chosen organisers too.

    The address is used to send and then forgotten: nothing of this form is stored."""

    email = forms.EmailField(label=_("The citizen's email address"), max_length=254)
    name = forms.CharField(
        label=_("The citizen's name"),
        max_length=120,
        required=False,
        help_text=_("Only needed for an introduction to the associations."),
    )
    phone = forms.CharField(label=_("The citizen's phone"), max_length=20, required=False)
    introduce = forms.BooleanField(
        label=_("The citizen agrees that we send their name and contact details to the associations chosen below"),
        required=False,
        help_text=_("Ask first. Without this, only the citizen gets the email."),
    )
    organisers = forms.MultipleChoiceField(
        label=_("Introduce the citizen to"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, organisers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.organisers = {str(organiser.pk): organiser for organiser in organisers}
        self.fields["organisers"].choices = [(key, organiser.title) for key, organiser in self.organisers.items()]

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("organisers") or []
        if chosen and not cleaned.get("introduce"):
            self.add_error(
                "introduce", _("Tick this only with the citizen's consent; without it, choose no associations.")
            )
        if cleaned.get("introduce"):
            if not chosen:
                self.add_error("organisers", _("Choose the associations the citizen wants to be introduced to."))
            if not (cleaned.get("name") or "").strip():
                self.add_error("name", _("The associations need the citizen's name."))
        return cleaned

    def chosen_organisers(self):
        return [self.organisers[key] for key in self.cleaned_data.get("organisers") or []]

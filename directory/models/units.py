"""The kommune's own units (a plejecenter, a library, a school) that post volunteer tasks themselves.

A task's organiser is the page it sits under: an association or a kommune unit. A unit is run by
the kommune's staff, never by an association's representatives (they have page rights on their
own association only, see directory.access), so it has no moderation of its own, no freshness
clock and no contact form: its contact is one named role with an address, for example
"Frivilligkoordinator, frivillig@bibliotek.fjordlund.dk", where the enquiries about its tasks go.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from content_api.fields import RenditionField, TermField, TermsField
from core.forms import validate_phone
from core.models import source_terms
from core.translation import page_fields

from ..api import UnitAddressField, UnitContactField
from ..listing import unit_context
from ..page_forms import DirectoryPageForm
from ..search import KommuneUnitSearch
from ..structured_data import KommuneUnitStructuredData
from .associations import promote_panels_for_staff
from .organisers import OrganiserFields


class KommuneUnitPage(KommuneUnitSearch, KommuneUnitStructuredData, OrganiserFields, Page):
    """A unit of the kommune with volunteer projects of its own, placed in the directory beside the associations."""

    served_with = ("locality",)  # read with the page when it is routed (home/frame.py): its JSON-LD names its town

    base_form_class = DirectoryPageForm  # a slug from the title, the Danish way, when the slug is hidden

    categories = ParentalManyToManyField(
        "directory.Category",
        limit_choices_to=source_terms,
        verbose_name=_("categories"),
        blank=True,
        related_name="kommune_units",
    )
    target_groups = ParentalManyToManyField(
        "directory.TargetGroup",
        limit_choices_to=source_terms,
        verbose_name=_("target groups"),
        blank=True,
        related_name="kommune_units",
    )
    locality = models.ForeignKey(
        "directory.Locality",
        limit_choices_to=source_terms,
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="kommune_units",
    )
    contact_name = models.CharField(
        _("contact"),
        max_length=120,
        help_text=_('A role or a name, for example "Frivilligkoordinator".'),
    )
    contact_email = models.EmailField(
        _("contact email"), help_text=_("Where citizens' enquiries about the unit's volunteer tasks go.")
    )
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True, validators=[validate_phone])

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(
        translated=["summary", "description"],
        synchronised=[
            "logo",
            "street",
            "postcode",
            "city",
            "locality",
            "contact_name",
            "contact_email",
            "contact_phone",
            "categories",
            "target_groups",
        ],
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("locality"),
            ],
            heading=_("Who and what"),
        ),
        MultiFieldPanel(
            [FieldPanel("street"), FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")])],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Contact"),
        ),
    ]
    promote_panels = promote_panels_for_staff()

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.AutocompleteField("summary"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("locality", [index.SearchField("name")]),
        index.FilterField("locality"),
    ]
    # /api/v2/pages/?type=directory.KommuneUnitPage: what the page shows, its contact included (a role address).
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("logo", serializer=RenditionField("max-160x160")),
        APIField("categories", serializer=TermsField()),
        APIField("target_groups", serializer=TermsField()),
        APIField("locality", serializer=TermField()),
        APIField("address", serializer=UnitAddressField()),
        APIField("contact", serializer=UnitContactField()),
    ]

    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = ["directory.VolunteerTaskPage"]

    class Meta:
        verbose_name = _("kommune unit")
        verbose_name_plural = _("kommune units")

    # Units are always current: the kommune's staff keep them (see directory/freshness.py for associations).
    unconfirmed = False

    def organiser_contact_emails(self):
        """Where enquiries about the unit's tasks go: its own contact address."""
        return [self.contact_email.strip()] if self.contact_email.strip() else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(unit_context(request, self))
        return context

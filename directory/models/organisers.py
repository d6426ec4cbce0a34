"""What every organiser of volunteer tasks shows, shared by associations and the kommune's own units.

A task sits under its organiser (directory.models.tasks): an association (a sports club) or a
kommune unit (a library). Both present themselves the same way in lists, search and on their
page: a short summary, a description, a logo and an address. The vocabularies they are filed
under stay on each page type, because each has its own reverse name on the vocabulary
(``locality.associations``, ``locality.kommune_units``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from home.blocks import BodyBlock

from ..validators import validate_postcode


class OrganiserFields(models.Model):
    summary = models.CharField(
        _("short summary"),
        max_length=300,
        help_text=_("One or two sentences shown in lists and search results."),
    )
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    street = models.CharField(_("street and number"), max_length=120, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True, validators=[validate_postcode])
    city = models.CharField(_("city"), max_length=60, blank=True)

    class Meta:
        abstract = True

    @property
    def address_lines(self):
        """The address as it is printed, e.g. ["Havnevej 4", "4790 Fjordlund"]; empty parts left out."""
        return [line for line in [self.street, " ".join(filter(None, [self.postcode, self.city]))] if line]

"""The directory's fixed vocabularies: staff maintain them in the admin, association editors pick from them.

Free tags would splinter ("Idræt", "idræt og motion", "Sport"), and the filters
citizens use depend on one shared list (the base, VocabularyTerm, is in core.models).
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import SynchronizedField

from core.models import SourceQuerySet, VocabularyTerm


class Category(VocabularyTerm):
    """What an association does: "Idræt og motion", "Socialt arbejde" …"""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")


class TargetGroup(VocabularyTerm):
    """Whom an association or activity is for: "Børn", "Ældre", "Pårørende" …"""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class LocalityQuerySet(SourceQuerySet):
    def for_site(self, site):
        """The localities a site offers: its own and the shared ones (no site). ``None`` gives the shared only."""
        return self.filter(Q(site__isnull=True) | Q(site=site)) if site is not None else self.filter(site__isnull=True)


class Locality(VocabularyTerm):
    """A town or district of the kommune.

    With several kommuner on one installation each site has its own towns ("Egebjerg" is Fjordlund's,
    "Nabohavn" the neighbour's): a locality with a site is offered only there; one without is shared."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The kommune's site this town belongs to. Leave empty to offer it on every site."),
    )

    objects = LocalityQuerySet.as_manager()

    # A town's kommune is a fact: the English "Egebjerg" belongs to the same site as the Danish one.
    translatable_fields = [*VocabularyTerm.translatable_fields, SynchronizedField("site")]

    panels = [*VocabularyTerm.panels, FieldPanel("site")]

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("locality")
        verbose_name_plural = _("localities")

"""The directory's fixed vocabularies: staff maintain them in the admin, association editors pick from them.

Free tags would splinter ("Idræt", "idræt og motion", "Sport"), and the filters
citizens use depend on one shared list (the base, VocabularyTerm, is in core.models).
"""

from django.utils.translation import gettext_lazy as _

from core.models import VocabularyTerm


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


class Locality(VocabularyTerm):
    """A town or district of the kommune."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("locality")
        verbose_name_plural = _("localities")

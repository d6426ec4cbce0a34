"""Wagtail hooks of the premises: the facilities' admin screens and the demo content."""

from wagtail.snippets.models import register_snippet

from core.admin import VocabularyViewSet

from .demo import hooks as demo_hooks  # noqa: F401
from .models import Facility


class FacilityViewSet(VocabularyViewSet):
    """The fixed list of facilities editors pick from on a place's page (seeded by migration 0002)."""

    model = Facility
    icon = "home"
    menu_label = Facility._meta.verbose_name_plural
    menu_order = 252  # after "Vocabularies" and "Guide vocabularies"
    add_to_admin_menu = True


register_snippet(FacilityViewSet)

"""The contact point's admin screens, under Settings next to the portal settings that choose it.

Its texts are what staff translate ("Translate" of wagtail-localize on the snippet); the settings'
chooser offers only the Danish contact point (core.admin.SourceChooserViewSet)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin import SourceChooserViewSet

from .models import ContactPoint


class ContactPointViewSet(SnippetViewSet):
    model = ContactPoint
    icon = "mail"
    menu_label = _("Contact point")
    add_to_settings_menu = True
    chooser_viewset_class = SourceChooserViewSet
    list_display = ["name", "opening_hours"]
    copy_view_enabled = False


register_snippet(ContactPointViewSet)

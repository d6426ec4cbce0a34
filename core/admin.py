"""Admin building blocks the apps share."""

from wagtail.snippets.views.snippets import SnippetViewSet


class VocabularyViewSet(SnippetViewSet):
    """The admin screens of a list of VocabularyTerm (core.models)."""

    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    copy_view_enabled = False

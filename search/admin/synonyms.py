"""The synonyms staff keep, as a snippet in the admin's "Search" menu.

The database search reads them at once (search/signals.py drops the cached
vocabulary); Elasticsearch builds them into its index, so there they apply after
the next ``manage.py update_index``. Staff are told so on the form and after saving.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from ..models import SynonymGroup
from . import may_keep_synonyms

WHEN_APPLIED = _(
    "The site's own database search uses synonyms at once. Elasticsearch applies them after the next "
    "'manage.py update_index'."
)


def when_applied():
    """What staff are told after saving; without Elasticsearch there is nothing to wait for."""
    if settings.ELASTICSEARCH_URL:
        return _("Elasticsearch applies the change after the next 'manage.py update_index'.")
    return _("The search uses the change at once.")


class AppliedMessageMixin:
    def get_success_message(self, instance=None):
        message = super().get_success_message(instance)
        return f"{message} {when_applied()}" if message else message


class SynonymCreateView(AppliedMessageMixin, CreateView):
    pass


class SynonymEditView(AppliedMessageMixin, EditView):
    pass


class KeepersOnlyMixin:
    """Nothing needs to choose a synonym group; the chooser would list them to any admin user."""

    def dispatch(self, request, *args, **kwargs):
        if not may_keep_synonyms(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SynonymChooseView(KeepersOnlyMixin, ChooseView):
    pass


class SynonymChooseResultsView(KeepersOnlyMixin, ChooseResultsView):
    pass


class SynonymChosenView(KeepersOnlyMixin, SnippetChosenView):
    pass


class SynonymChosenMultipleView(KeepersOnlyMixin, SnippetChosenMultipleView):
    pass


class SynonymChooserCreateView(KeepersOnlyMixin, SnippetCreateView):
    pass


class SynonymChooserViewSet(SnippetChooserViewSet):
    choose_view_class = SynonymChooseView
    choose_results_view_class = SynonymChooseResultsView
    chosen_view_class = SynonymChosenView
    chosen_multiple_view_class = SynonymChosenMultipleView
    create_view_class = SynonymChooserCreateView


class SynonymViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "resubmit"
    menu_label = _("Synonyms")
    menu_name = "synonyms"
    add_view_class = SynonymCreateView
    edit_view_class = SynonymEditView
    chooser_viewset_class = SynonymChooserViewSet
    copy_view_enabled = False
    list_display = ["terms", "note", "updated_at"]
    search_fields = ["terms", "note"]
    search_backend_name = None  # plain database search: the list works whatever the search index holds
    ordering = ["terms"]
    panels = [
        FieldPanel(
            "terms",
            help_text=format_lazy(
                "{} {}",
                _(
                    "Two or more words that mean the same here, separated by commas, e.g. 'ældre, seniorer'. "
                    "A search for one finds the others."
                ),
                WHEN_APPLIED,
            ),
        ),
        FieldPanel("note"),
    ]

"""Admin building blocks the apps share: the vocabularies' snippet screens and a permission policy for
records people sent in, which staff may look at and handle but never write themselves."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet


class SourceTermsMixin:
    """A chooser of vocabulary terms (or of the contact point) offers the Danish ones only: pages and settings
    point at them in every language (core.models.source_terms), so there is no language to pick either."""

    i18n_enabled = False

    def get_object_list(self):
        return super().get_object_list().sources()


class SourceTermChooseView(SourceTermsMixin, ChooseView):
    pass


class SourceTermChooseResultsView(SourceTermsMixin, ChooseResultsView):
    pass


class SourceChooserViewSet(SnippetChooserViewSet):
    choose_view_class = SourceTermChooseView
    choose_results_view_class = SourceTermChooseResultsView


class VocabularyViewSet(SnippetViewSet):
    """The admin screens of a list of VocabularyTerm (core.models); staff translate a term with "Translate"."""

    chooser_viewset_class = SourceChooserViewSet
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    copy_view_enabled = False


class AllowedActionsPermissionPolicy(ModelPermissionPolicy):
    """Model permissions for the given actions only; every other action nobody gets, not even superusers.

    For what citizens send: ``AllowedActionsPermissionPolicy(ContactMessage, {"view", "delete"})`` lets
    staff read and delete a message but never add or change one.
    """

    def __init__(self, model, actions, auth_model=None):
        super().__init__(model, auth_model=auth_model)
        self.allowed_actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.allowed_actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action in self.allowed_actions]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)

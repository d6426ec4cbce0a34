"""Admin screens for the vocabularies staff maintain and the messages citizens send.

Who may use them is decided by Django permissions (granted to Kommunikation in
migration 0003), except that nobody may add or change a contact message: it is
what a citizen wrote, so staff can only read and delete it.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin import AllowedActionsPermissionPolicy, VocabularyViewSet

from ..models import Category, ContactMessage, Locality, TargetGroup

# Staff read a message and delete it once dealt with; nobody adds or changes one.
register_permission_policy(ContactMessage, AllowedActionsPermissionPolicy(ContactMessage, {"view", "delete"}))


class CategoryViewSet(VocabularyViewSet):
    model = Category
    icon = "tag"


class TargetGroupViewSet(VocabularyViewSet):
    model = TargetGroup
    icon = "group"


class LocalityViewSet(VocabularyViewSet):
    model = Locality
    icon = "site"
    # With several kommuner on one installation each town says whose it is (empty: every site's).
    list_display = ["name", "slug", "site", "sort_order"]


class VocabularyGroup(SnippetViewSetGroup):
    """The shared word lists behind the filters citizens use, in one menu."""

    items = (CategoryViewSet, TargetGroupViewSet, LocalityViewSet)
    menu_label = _("Vocabularies")
    menu_name = "vocabularies"
    menu_icon = "list-ul"
    menu_order = 250


class ViewersOnlyMixin:
    """A message chooser would show citizens' names to every admin user; only readers of messages get it."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("directory.view_contactmessage"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class MessageChooseView(ViewersOnlyMixin, ChooseView):
    pass


class MessageChooseResultsView(ViewersOnlyMixin, ChooseResultsView):
    pass


class MessageChosenView(ViewersOnlyMixin, SnippetChosenView):
    pass


class MessageChosenMultipleView(ViewersOnlyMixin, SnippetChosenMultipleView):
    pass


class MessageCreateView(ViewersOnlyMixin, SnippetCreateView):
    pass


class ContactMessageChooserViewSet(SnippetChooserViewSet):
    choose_view_class = MessageChooseView
    choose_results_view_class = MessageChooseResultsView
    chosen_view_class = MessageChosenView
    chosen_multiple_view_class = MessageChosenMultipleView
    create_view_class = MessageCreateView


class ContactMessageViewSet(SnippetViewSet):
    """Messages from the contact forms, for staff to read (and delete once dealt with)."""

    model = ContactMessage
    chooser_viewset_class = ContactMessageChooserViewSet
    icon = "mail"
    menu_label = _("Messages")
    menu_name = "messages"
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["association", "name", "email", "phone", "message", "created_at", "forwarded_to"]
    list_display = ["name", "association", "email", "created_at"]
    list_filter = ["association"]
    search_fields = ["name", "email", "message"]
    search_backend_name = None  # not in the search index: plain database search
    ordering = ["-created_at"]

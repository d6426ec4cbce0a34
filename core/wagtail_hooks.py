"""Wagtail hooks of core: the mail log's retention rule (it belongs to no app of the portal), an accessibility
fix for Wagtail's own editor, one moderation decision per click (core/moderation.py), and the limits for confined
roles (core/confinement.py, core/admin_guards.py), and the page cache's consent to keep a served page."""

import sys

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.templatetags.static import static
from django.urls import Resolver404, resolve, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from wagtail import hooks
from wagtail.admin.views.chooser import page_models_from_string
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Page

from . import (
    admin_guards,
    mail_log,  # noqa: F401  How long the mail log is kept.
    moderation,
    pagecache,
    two_factor,
)
from .confinement import above, admin_scope, ancestors_of, inside, pages_within
from .richtext import CachedPageLinkHandler


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own "page" link type, to replace it
def cached_page_links(features):
    features.register_link_type(CachedPageLinkHandler)


@hooks.register("insert_editor_js")
def rich_text_labels():
    """Give Wagtail's rich text editors an accessible name (core/static/core/admin/rich_text_labels.js)."""
    return format_html('<script src="{}" defer></script>', static("core/admin/rich_text_labels.js"))


@hooks.register("register_admin_urls")
def one_decision_per_moderation():
    """Wrap Wagtail's page edit view while ``wagtail.admin.urls`` loads (its patterns are there, not yet decorated).

    Importing ``wagtail.admin.urls`` here would build the admin URLs before every app's hooks are registered,
    so the module being loaded is taken from ``sys.modules``.
    """
    admin_urls = sys.modules.get("wagtail.admin.urls")
    if admin_urls is not None:
        moderation.install(admin_urls.urlpatterns)
    return []


# Confined roles (core/confinement.py) ----------------------------------------------------------------------------


@hooks.register("register_admin_urls", order=10000)  # last, so that every other app's admin URLs are there
def confinement_guards():
    admin_guards.install()
    return []


def _chooser_parent(request):
    """The page whose children the chooser is about to list, found the way Wagtail's BrowseView finds it."""
    parent_id = request.resolver_match.kwargs.get("parent_page_id")
    if parent_id is not None:
        return Page.objects.filter(pk=parent_id).first()
    desired_classes = page_models_from_string(request.GET.get("page_type") or "wagtailcore.page")
    if desired_classes == (Page,):
        return Page.get_first_root_node()
    return Page.objects.type(*desired_classes).first_common_ancestor()


@hooks.register("construct_page_chooser_queryset")
def limit_page_chooser(pages, request):
    """A confined user chooses among their own pages (and live pages, for a role that links anywhere).

    Browsing from the root (or any page above their own) lists their own top pages,
    so nothing else in the tree is shown on the way; browsing into any other page is
    refused, as its title would be shown. A policy owner, who links a policy to
    associations, browses the live site as well.
    """
    scope = admin_scope(request.user)
    if scope is None:
        return pages
    own = pages_within(scope.pages)
    if scope.links_anywhere:
        return pages.filter(own | Q(live=True))
    match = request.resolver_match
    if match is not None and match.url_name in ("wagtailadmin_choose_page", "wagtailadmin_choose_page_child"):
        parent = _chooser_parent(request)
        if parent is None or not (inside(parent.path, scope.pages) or above(parent.path, scope.pages)):
            raise PermissionDenied
        if not inside(parent.path, scope.pages):
            below = [page.pk for page in scope.pages if page.path.startswith(parent.path)]
            return Page.objects.filter(pk__in=below).defer_streamfields().specific()
    return pages.filter(own)


@hooks.register("construct_explorer_page_queryset")
def limit_explorer(parent_page, pages, request):
    """The explorer lists a confined user's own pages and the way down to them, never another page's draft title."""
    scope = admin_scope(request.user)
    if scope is None:
        return pages
    return pages.filter(pages_within(scope.pages) | Q(path__in=ancestors_of(scope.pages)))


@hooks.register("construct_reports_menu")
def hide_reports(request, menu_items):
    """Confined users keep only the reports of their own area (e.g. the policy owners' guides due for review)."""
    if admin_scope(request.user) is None:
        return
    kept = []
    for item in menu_items:
        try:
            view_name = resolve(item.url).view_name
        except Resolver404:
            continue
        if not admin_guards.closed_to_confined(view_name):
            kept.append(item)
    menu_items[:] = kept


@hooks.register("register_account_menu_item")
def two_factor_setup(request):
    """Every staff member can turn on two-factor authentication from their account (core/two_factor.py)."""
    if user_has_device(request.user):
        return None
    return {
        "url": reverse("two_factor:setup"),
        "label": _("Set up two-factor authentication"),
        "help_text": _("Sign in with a code from an app on your phone as well as your password."),
    }


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    """ "Reset two-factor" in the users listing's "More" menu, for a colleague who lost their phone."""
    if two_factor.may_reset(request_user, user):
        yield ListingButton(
            _("Reset two-factor"), reverse("two_factor:reset", args=[user.pk]), icon_name="key", priority=60
        )


@hooks.register("register_log_actions")
def two_factor_log_actions(actions):
    actions.register_action(two_factor.RESET_ACTION, _("Reset two-factor authentication"), _("Two-factor reset"))


# After Wagtail's own before_serve_page hooks (order 0: view restrictions, passwords), which answer instead of
# the page when the visitor may not see it; reaching this one means the page is served as to anyone.
@hooks.register("before_serve_page", order=1000)
def allow_page_cache(page, request, serve_args, serve_kwargs):
    pagecache.allow(request)

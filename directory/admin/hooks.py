"""Admin hooks of the directory: vocabularies, access for associations, the representative's corner
("Jeres forening", directory/admin/corner.py), and limits for representatives.

Representatives (see ``directory.access.representative_scope``) get their rights
from Wagtail's own page and collection permissions; Wagtail then already keeps
them out of other pages, media, users, groups, settings, snippets, workflows,
redirects, sites, collections and locales. What Wagtail leaves open to anyone
who may edit some page is narrowed here:

- the page chooser lists every page in the site: it is limited to the
  representative's own associations, and browsing into any other part of the
  tree is refused;
- the reports are hidden from the menu, and they and a few other views are
  refused (see ``guards``);
- with change rights Wagtail lets an editor delete an unpublished page: the
  association page itself is kept from being deleted by a representative.

Staff get the freshness report (``freshness``) in the Reports menu.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.chooser import page_models_from_string
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from ..access import pages_within, representative_scope
from ..models import AssociationPage
from . import corner, freshness, guards, views
from .freshness import may_see_freshness_report
from .viewsets import ContactMessageViewSet, VocabularyGroup

register_snippet(VocabularyGroup)
register_snippet(ContactMessageViewSet)


# Giving access --------------------------------------------------------------------------------------------------


@hooks.register("register_admin_urls", order=1000)  # last, so that every other app's admin URLs are there
def access_urls():
    guards.install()
    return [
        path(
            "directory/associations/<int:page_id>/access/",
            views.AssociationAccessView.as_view(),
            name="directory_association_access",
        ),
        path(
            "directory/associations/<int:page_id>/access/remove/",
            views.remove_access,
            name="directory_association_access_remove",
        ),
        path(
            "directory/associations/<int:page_id>/confirm/",
            corner.ConfirmAssociationView.as_view(),
            name="directory_association_confirm",
        ),
    ]


def _is_association(page):
    return issubclass(page.specific_class or Page, AssociationPage)


def _access_button(page, user, priority):
    if _is_association(page) and views.can_give_access(user, page):
        yield Button(
            _("Give the association access"),
            reverse("directory_association_access", args=[page.pk]),
            icon_name="group",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def access_header_button(page, user, view_name=None, next_url=None):
    yield from _access_button(page, user, priority=80)


@hooks.register("register_page_listing_more_buttons")
def access_listing_button(page, user, next_url=None):
    yield from _access_button(page, user, priority=80)


# The representative's corner ("Jeres forening", directory/admin/corner.py) -----------------------------------


@hooks.register("construct_homepage_panels")
def representative_dashboard(request, panels):
    corner.representative_dashboard(request, panels)


@hooks.register("register_page_header_buttons")
def confirm_header_button(page, user, view_name=None, next_url=None):
    """ "Bekræft at siden er opdateret" in the association page's editor, for those who may edit it."""
    if view_name == "edit" and _is_association(page) and corner.can_confirm(user, page):
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        yield Button(
            _("Confirm that the page is up to date"),
            reverse("directory_association_confirm", args=[page.pk]) + "?" + urlencode({"next": edit_url}),
            icon_name="check",
            priority=5,
        )


# Limits for representatives -------------------------------------------------------------------------------------


def _inside(page, scope):
    return any(page.path.startswith(association.path) for association in scope)


def _above(page, scope):
    return any(association.path.startswith(page.path) for association in scope)


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
    """A representative chooses among their own associations' pages only.

    Browsing from the root (or any page above their associations) lists the
    associations themselves, so nothing else in the tree is shown on the way;
    browsing into any other page is refused, as its title would be shown.
    """
    scope = representative_scope(request.user)
    if scope is None:
        return pages
    match = request.resolver_match
    if match is not None and match.url_name in ("wagtailadmin_choose_page", "wagtailadmin_choose_page_child"):
        parent = _chooser_parent(request)
        if parent is None or not (_inside(parent, scope) or _above(parent, scope)):
            raise PermissionDenied
        if not _inside(parent, scope):
            below = [association.pk for association in scope if association.path.startswith(parent.path)]
            return Page.objects.filter(pk__in=below).defer_streamfields().specific()
    return pages.filter(pages_within(scope))


@hooks.register("construct_explorer_page_queryset")
def limit_explorer(parent_page, pages, request):
    """Wagtail already lists only explorable pages; this keeps it so for representatives whatever Wagtail does."""
    scope = representative_scope(request.user)
    if scope is None:
        return pages
    above = [a.path[:end] for a in scope for end in range(Page.steplen, len(a.path), Page.steplen)]
    return pages.filter(pages_within(scope) | Q(path__in=above))


@hooks.register("construct_reports_menu")
def hide_reports(request, menu_items):
    if representative_scope(request.user) is not None:
        menu_items[:] = []


@hooks.register("before_delete_page")
def keep_association_pages(request, page):
    """Representatives edit their association's page; removing it is for staff."""
    if _is_association(page) and representative_scope(request.user) is not None:
        return permission_denied(request)


@hooks.register("before_bulk_action")
def keep_association_pages_in_bulk(request, action_type, objects, action_class_instance):
    associations = [obj for obj in objects if isinstance(obj, Page) and _is_association(obj)]
    if action_type == "delete" and associations and representative_scope(request.user) is not None:
        return permission_denied(request)


# Freshness ------------------------------------------------------------------------------------------------------


class FreshnessReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_freshness_report(request.user)


@hooks.register("register_reports_menu_item")
def freshness_report_menu_item():
    return FreshnessReportMenuItem(
        _("Freshness of the associations"),
        reverse("directory_freshness_report"),
        name="directory-freshness",
        icon_name="time",
        order=700,
    )


@hooks.register("register_admin_urls")
def freshness_report_urls():
    return freshness.urlpatterns


@hooks.register("register_permissions")
def directory_staff_permissions():
    """So that a superuser can give them to another staff group in the admin's group editor."""
    return Permission.objects.filter(
        content_type__app_label="directory", codename__in=["edit_technical_fields", "view_freshness_report"]
    )

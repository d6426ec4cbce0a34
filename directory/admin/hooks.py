"""Admin hooks of the directory: vocabularies, access for associations, the representative's corner
("Jeres forening", directory/admin/corner.py), and limits for representatives.

Representatives (see ``directory.access.representative_scope``) get their rights
from Wagtail's own page and collection permissions; Wagtail then already keeps
them out of other pages, media, users, groups, settings, snippets, workflows,
redirects, sites, collections and locales. The directory declares them a confined
role (``directory.access.confine_representatives``), and core narrows what Wagtail
leaves open to anyone who may edit some page: the page chooser, the explorer, the
reports and a few other views (core/confinement.py, core/admin_guards.py; the
directory's own additions in ``guards``). Here, only what concerns associations:
with change rights Wagtail lets an editor delete an unpublished page, so the
association page itself is kept from being deleted by a representative.

Staff get the freshness report (``freshness``) in the Reports menu.
"""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from ..access import representative_scope
from ..models import AssociationPage
from . import corner, freshness, guards, views  # noqa: F401  guards: registers its hook
from .freshness import may_see_freshness_report
from .viewsets import ContactMessageViewSet, VocabularyGroup

register_snippet(VocabularyGroup)
register_snippet(ContactMessageViewSet)


# Giving access --------------------------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def access_urls():
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
# The chooser, the explorer, the reports menu and the guarded URLs are core's (core/confinement.py), for
# every confined role; what only concerns associations is here.


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

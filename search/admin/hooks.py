"""The admin's "Search" menu: synonyms, promoted search results and the two reports.

Wagtail's search promotions put their menu item under Settings; it moves here.
Their query chooser lists the most frequent searches to anyone who may use the
admin, with no check of its own: it is closed to all but those who may promote.
"""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.contrib.search_promotions import admin_urls as promotion_urls
from wagtail.contrib.search_promotions.wagtail_hooks import SearchPicksMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup
from wagtail.utils.urlpatterns import decorate_urlpatterns

from . import may_promote, may_see_reports, reports
from .synonyms import SynonymViewSet

MENU_HOOK = "register_search_menu_item"
PROMOTIONS_MENU_NAME = "promoted-search-results"


class SearchMenu(SnippetViewSetGroup):
    items = (SynonymViewSet,)
    menu_label = pgettext_lazy("admin menu", "Search")
    menu_name = "search"
    menu_icon = "search"
    menu_order = 270  # after the vocabularies and the messages
    submenu_hook = MENU_HOOK


register_snippet(SearchMenu)


@hooks.register(MENU_HOOK)
def promotions_menu_item():
    return SearchPicksMenuItem(
        _("Promoted search results"),
        reverse("wagtailsearchpromotions:index"),
        name=PROMOTIONS_MENU_NAME,
        icon_name="pick",
        order=10,
    )


@hooks.register("construct_settings_menu")
def move_promotions_out_of_settings(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != PROMOTIONS_MENU_NAME]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reports(request.user)


@hooks.register(MENU_HOOK)
def frequent_searches_menu_item():
    return ReportMenuItem(
        _("Most frequent searches"),
        reverse("search_reports:frequent"),
        name="frequent-searches",
        icon_name="order",
        order=20,
    )


@hooks.register(MENU_HOOK)
def zero_result_searches_menu_item():
    return ReportMenuItem(
        _("Searches that found nothing"),
        reverse("search_reports:zero_results"),
        name="searches-that-found-nothing",
        icon_name="warning",
        order=30,
    )


@hooks.register("register_admin_urls")
def report_urls():
    return [path("search-reports/", include((reports.urlpatterns, "search_reports"), namespace="search_reports"))]


@hooks.register("register_permissions")
def report_permission():
    return Permission.objects.filter(content_type__app_label="search", codename="view_search_reports")


def promoters_only(view):
    def wrapper(request, *args, **kwargs):
        if not may_promote(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return wrapper


QUERY_CHOOSER = {"chooser", "chooserresults"}
if not getattr(promotion_urls, "_search_guarded", False):
    promotion_urls._search_guarded = True
    decorate_urlpatterns([p for p in promotion_urls.urlpatterns if p.name in QUERY_CHOOSER], promoters_only)

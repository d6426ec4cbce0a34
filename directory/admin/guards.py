"""Admin views Wagtail opens to anyone who may edit some page, closed to representatives here.

Wagtail (and wagtail-localize) check these views against "may this user edit
any page at all?", or not at all, and put no hook in front of them. A
representative would otherwise see site-wide lists (the reports, the
translations report), other pages' titles (the page chooser's "chosen" step,
bulk action confirmations), every image and document (the admin API's image and
document endpoints, which the admin's own scripts do not use), every snippet
(wagtail-localize's snippet API) or an empty forms area.

Their URL patterns are wrapped once, while Wagtail builds its admin URLs, with
Wagtail's own ``decorate_urlpatterns``. Anyone who is not a representative
passes straight through, except that only readers of contact messages get them
from the snippet API. The permission matrix in tests/directory/test_permissions.py
notices if a Wagtail upgrade renames one of these URLs.
"""

import sys
from functools import wraps

from wagtail.admin.auth import permission_denied
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.utils.urlpatterns import decorate_urlpatterns

from ..access import pages_within, representative_scope

WRAPPED = "_directory_representative_guard"


def never(request, *args, **kwargs):
    return False


def _ids(request):
    return [value for value in request.GET.getlist("id") if value.isdigit()]


def _pages_inside(scope, ids):
    return Page.objects.filter(pk__in=ids).filter(pages_within(scope)).count() == len(set(ids))


def only_own_pages_chosen(request, scope):
    """The chooser's last step returns the titles of the pages asked for; only one's own."""
    return _pages_inside(scope, _ids(request))


def only_own_items_in_bulk(request, scope, app_label, model_name, action):
    """A bulk action's confirmation names every item asked for, even ones the user may not touch."""
    ids = request.GET.getlist("id")
    if (app_label, model_name) == ("wagtailcore", "page"):
        if "all" in ids:
            parent = Page.objects.filter(pk=request.GET.get("childOf") or 0).first()
            return parent is not None and _pages_inside(scope, [parent.pk])
        return _pages_inside(scope, _ids(request))
    for model in (get_image_model(), get_document_model()):
        if (app_label, model_name) == (model._meta.app_label, model._meta.model_name):
            if "all" in ids:
                return True  # Wagtail selects "all" among the items the user may change
            own = policy_registry.get_by_type(model).instances_user_has_any_permission_for(
                request.user, ["change", "delete"]
            )
            return own.filter(pk__in=_ids(request)).count() == len(set(_ids(request)))
    return False


def readers_of_messages_only(view):
    """The same API would list the names of citizens who wrote to an association: only for those who read messages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        model = (kwargs.get("app_label"), kwargs.get("model_name"))
        if model == ("directory", "contactmessage") and not request.user.has_perm("directory.view_contactmessage"):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return wrapper


def guard(check):
    """Wrap a view so that a representative reaches it only when ``check`` allows."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            scope = representative_scope(request.user)
            if scope is not None and not check(request, scope, *args, **kwargs):
                return permission_denied(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


# URL name (with namespace) -> decorator; "namespace:*" covers a whole area.
GUARDS = {
    "wagtailadmin_reports:*": [guard(never)],
    # The freshness report checks its own permission too (directory/admin/freshness.py).
    "directory_freshness_report": [guard(never)],
    "directory_freshness_report_results": [guard(never)],
    "wagtail_localize:translations_report": [guard(never)],
    "wagtail_localize:translations_report_results": [guard(never)],
    "wagtail_localize:snippets_api_listing": [guard(never), readers_of_messages_only],
    "wagtail_localize:snippets_api_detail": [guard(never), readers_of_messages_only],
    "wagtailforms:*": [guard(never)],
    "wagtailadmin_api:images:*": [guard(never)],  # lists every image; the admin's own scripts use only pages
    "wagtailadmin_api:documents:*": [guard(never)],
    "wagtailadmin_choose_page_chosen_multiple": [guard(only_own_pages_chosen)],
    "wagtail_bulk_action": [guard(only_own_items_in_bulk)],
}


def _walk(urlpatterns, namespace=""):
    for pattern in urlpatterns:
        if hasattr(pattern, "url_patterns"):
            inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, inner or namespace)
        elif getattr(pattern, "name", None):
            yield (f"{namespace}:{pattern.name}" if namespace else pattern.name), namespace, pattern


def install():
    """Wrap the views, once; called from the last ``register_admin_urls`` hook, while ``wagtail.admin.urls`` loads.

    By then every other app has added its admin URLs. Importing ``wagtail.admin.urls``
    any earlier would make Wagtail build its admin URLs before every app has registered
    its hooks.
    """
    admin_urls = sys.modules.get("wagtail.admin.urls")
    if admin_urls is None or getattr(admin_urls, WRAPPED, False):
        return
    setattr(admin_urls, WRAPPED, True)
    for name, namespace, pattern in _walk(admin_urls.urlpatterns):
        for decorator in GUARDS.get(name, []) + GUARDS.get(f"{namespace}:*", []):
            decorate_urlpatterns([pattern], decorator)

"""Admin views Wagtail opens to anyone who may edit some page, closed to confined roles (core.confinement) here.

Wagtail (and wagtail-localize) check these views against "may this user edit
any page at all?", or not at all, and put no hook in front of them. A confined
user (an association's representative, a policy owner) would otherwise see
site-wide lists (the reports, the translations report), other pages' titles (the
page chooser's "chosen" step, bulk action confirmations), every image and
document (the admin API's image and document endpoints, which the admin's own
scripts do not use), every snippet (wagtail-localize's snippet API) or an empty
forms area.

Their URL patterns are wrapped once, while Wagtail builds its admin URLs, with
Wagtail's own ``decorate_urlpatterns``. Anyone who is not confined passes
straight through. Apps add guards for their own URLs through the hook
``register_admin_url_guards`` (a function returning ``{url name: [decorator, ...]}``),
e.g. the directory keeps its freshness report from confined users with
``{"directory_freshness_report": [refuse]}``. The permission matrix
(tests/permissions/) notices if a Wagtail upgrade renames one of these URLs.
"""

import sys
from functools import wraps

from django.db.models import Q
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .confinement import above, admin_scope, inside, pages_within

WRAPPED = "_core_confinement_guard"
HOOK = "register_admin_url_guards"


def never(request, scope, *args, **kwargs):
    return False


def _ids(request):
    return [value for value in request.GET.getlist("id") if value.isdigit()]


def only_own_pages_explored(request, scope, parent_page_id=None, **kwargs):
    """The explorer's header names the page explored (its latest draft title): one's own, or one on the way to them.

    Wagtail lets anyone explore every page under the lowest common ancestor of their
    pages: a policy owner, whose policies sit under the home page, could open any page
    of the site, e.g. /admin/pages/<an association's id>/."""
    page = Page.objects.filter(pk=parent_page_id).only("path").first()
    return page is not None and (inside(page.path, scope.pages) or above(page.path, scope.pages))


def only_own_pages_chosen(request, scope, *args, **kwargs):
    """The chooser's last step returns the titles of the pages asked for: one's own, or live pages to link to."""
    ids = _ids(request)
    pages = Page.objects.filter(pk__in=ids)
    allowed = pages.filter(pages_within(scope.pages))
    if scope.links_anywhere:
        allowed = pages.filter(pages_within(scope.pages) | Q(live=True))
    return allowed.count() == len(set(ids))


def only_own_items_in_bulk(request, scope, app_label, model_name, action):
    """A bulk action's confirmation names every item asked for, even ones the user may not touch."""
    ids = request.GET.getlist("id")
    if (app_label, model_name) == ("wagtailcore", "page"):
        if "all" in ids:
            parent = Page.objects.filter(pk=request.GET.get("childOf") or 0).first()
            return parent is not None and _inside(scope, [parent.pk])
        return _inside(scope, _ids(request))
    for model in (get_image_model(), get_document_model()):
        if (app_label, model_name) == (model._meta.app_label, model._meta.model_name):
            if "all" in ids:
                return True  # Wagtail selects "all" among the items the user may change
            own = policy_registry.get_by_type(model).instances_user_has_any_permission_for(
                request.user, ["change", "delete"]
            )
            return own.filter(pk__in=_ids(request)).count() == len(set(_ids(request)))
    return False


def _inside(scope, ids):
    return Page.objects.filter(pk__in=ids).filter(pages_within(scope.pages)).count() == len(set(ids))


def guard(check):
    """Wrap a view so that a confined user reaches it only when ``check(request, scope, ...)`` allows."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            scope = admin_scope(request.user)
            if scope is not None and not check(request, scope, *args, **kwargs):
                return permission_denied(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def refuse(view):
    """Closed to confined users whatever they ask for."""
    return guard(never)(view)


refuse.refuses_always = True  # the reports menu hides such views from confined users

# URL name (with namespace) -> decorators; "namespace:*" covers a whole area.
GUARDS = {
    "wagtailadmin_reports:*": [refuse],
    "wagtail_localize:translations_report": [refuse],
    "wagtail_localize:translations_report_results": [refuse],
    "wagtail_localize:snippets_api_listing": [refuse],
    "wagtail_localize:snippets_api_detail": [refuse],
    "wagtailforms:*": [refuse],
    "wagtailadmin_api:images:*": [refuse],  # lists every image; the admin's own scripts use only pages
    "wagtailadmin_api:documents:*": [refuse],
    "wagtailadmin_explore": [guard(only_own_pages_explored)],
    "wagtailadmin_explore_results": [guard(only_own_pages_explored)],
    "wagtailadmin_choose_page_chosen_multiple": [guard(only_own_pages_chosen)],
    "wagtail_bulk_action": [guard(only_own_items_in_bulk)],
}


def all_guards():
    """Core's guards and those the apps register for their own URLs."""
    combined = {name: list(decorators) for name, decorators in GUARDS.items()}
    for fn in hooks.get_hooks(HOOK):
        for name, decorators in fn().items():
            combined.setdefault(name, []).extend(decorators)
    return combined


def closed_to_confined(view_name):
    """Whether a confined user is refused the view outright (the reports menu hides it for them)."""
    namespace = view_name.rpartition(":")[0]
    guards = all_guards()
    decorators = guards.get(view_name, []) + guards.get(f"{namespace}:*", [])
    return any(getattr(decorator, "refuses_always", False) for decorator in decorators)


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
    guards = all_guards()
    for name, namespace, pattern in _walk(admin_urls.urlpatterns):
        for decorator in guards.get(name, []) + guards.get(f"{namespace}:*", []):
            decorate_urlpatterns([pattern], decorator)

"""Wagtail's page view with the Danish fallback: a page not yet translated is shown in Danish, never a 404."""

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from . import frame


def serve(request, path):
    """Wagtail's ``serve``; when the visitor's language has no live page at this address, the Danish tree's page.

    /uk/foreninger/egebjerg-roklub/ with no Ukrainian translation (or only a draft one) shows the Danish
    association inside the Ukrainian frame: menus, footer and switcher in Ukrainian, a notice at the top,
    the content marked lang="da" (templates/base.html reads ``request.fallback_language``). Wagtail's own
    hooks (privacy, passwords) still run, as the page goes through Wagtail's ``serve`` as usual."""
    language = translation.get_language()
    # The frame's router (home/frame.py) in 2 queries; Wagtail's reads the route from the request.
    if frame.bundle(request) is not None:
        try:
            request._wagtail_route_for_request = frame.route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
    if language != settings.LANGUAGE_CODE:
        route = Page.route_for_request(request, path)
        if route is None:
            route = _default_language_route(request, path)
            # Wagtail's serve reads the route Page.route_for_request cached on the request.
            request._wagtail_route_for_request = route
        # Wagtail itself routes the Danish tree when a language has no home page at all (/ar/ before any
        # Arabic page exists): that is a fallback too.
        if route is not None:
            page_language = frame.language_of(request, route[0]) or route[0].locale.language_code
            if page_language != language:
                request.fallback_language = page_language
    return wagtail_serve(request, path)


def _default_language_route(request, path):
    if frame.bundle(request) is not None:
        try:
            return frame.route(request, path, root=frame.bundle(request).default_root)
        except Http404:
            return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        root = site.root_page.localized.specific
    try:
        return root.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None

"""The site frame (header, menu, language links, footer, settings) from the cache: no query per request for it.

Every public page shows the same frame: the kommune's settings and logo, the home page in the visitor's
language, the main menu, the languages. Read from the database that is 8–10 queries on every request; here it
is read once per site and language and kept in the cache under the "pages" generation (core/cachegen.py), which
every change of content changes (core/cachegen.py says which). ``FrameMiddleware`` hands the cached site and
settings to Wagtail (which reads them from the request), and the frame's template tags
(home/templatetags/portal_tags.py) read the rest from ``bundle(request)``.
"""

from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core import cachegen

from .models import PortalSettings

TIMEOUT = 24 * 60 * 60  # a day: an old generation's entries go away by themselves
# Paths that show no frame: the admin reads and writes the settings itself, the APIs and files have no header.
FRAMELESS = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/healthz", "/sitemap.xml")
# Frameless, but what they answer depends on the site (each kommune's search, content API and open data): they
# are given the cached site, which saves Wagtail's query for it (``Site.find_for_request``), a third of a search
# suggestion's time at 5,000 associations. Not the API's description (/api/openapi.json), which reads nothing.
SITE_ONLY = ("/api/search", "/api/v2/", "/api/hsds/")


class Frame:
    """What the frame of one site in one language shows; pickled into the cache whole."""

    def __init__(self, site, locales, root, menu, settings, localized, restrictions, default_root):
        self.site = site
        self.default_root = default_root  # the home page in Danish, for pages shown untranslated
        self.restrictions = restrictions  # [(the restricted page's path, its PageViewRestriction)]
        self.locales = locales
        self.root = root
        self.menu = menu
        self.settings = settings
        self.localized = localized  # {page id: its live translation in this language (or itself)}


def _site(request, generation):
    host = request.get_host() if request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME") else ""
    key = f"frame:{generation}:site:{host}"
    site = cache.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is None:
            return None
        site.root_page  # noqa: B018 — read now, so the cached Site carries its root page
        cache.set(key, site, TIMEOUT)
    return site


def _build(request, site, language):
    locales = list(Locale.objects.all())
    locale = next((locale for locale in locales if locale.language_code == language), None)
    root = site.root_page
    if locale is not None and root.locale_id != locale.id:
        root = Page.objects.filter(translation_key=root.translation_key, locale=locale).live().first() or root
    menu = list(
        root.get_children().live().in_menu().public().only("id", "title", "path", "url_path", "depth", "locale_id")
    )
    settings = PortalSettings.for_site(site)
    settings.logo  # noqa: B018 — read now, so the cached settings carry the logo
    settings.localized_contact_point()  # and the footer's contact point in this language (a snippet: it bumps)
    localized = {}
    for page in (settings.privacy_page, settings.accessibility_page):
        if page is not None and locale is not None and page.locale_id != locale.id:
            localized[page.pk] = page.get_translations().filter(locale=locale).live().first() or page
    restrictions = [(where.page.path, where) for where in PageViewRestriction.objects.select_related("page")]
    default_root = site.root_page
    danish = django_settings.LANGUAGE_CODE
    if language != danish:
        in_danish = Page.objects.filter(translation_key=root.translation_key, locale__language_code=danish).live()
        default_root = in_danish.first() or default_root
    return Frame(site, locales, root, menu, settings, localized, restrictions, default_root)


def bundle(request):
    """The frame of the request's site in the active language (read once per request; None off the frame)."""
    if request is None:
        return None
    if "_portal_frame" in request.__dict__:
        return request._portal_frame
    frame = None
    if request.method in ("GET", "HEAD") and not request.path.startswith(FRAMELESS):
        generation = cachegen.for_request(request)
        site = _site(request, generation)
        if site is not None:
            language = translation.get_language()
            key = f"frame:{generation}:{site.pk}:{language}"
            frame = cache.get(key)
            if frame is None:
                frame = _build(request, site, language)
                cache.set(key, frame, TIMEOUT)
    request._portal_frame = frame
    return frame


def _site_only(request):
    """The cached site of a frameless request whose answer depends on it (``SITE_ONLY``), else None."""
    if request.method in ("GET", "HEAD") and request.path.startswith(SITE_ONLY):
        return _site(request, cachegen.for_request(request))
    return None


def language_of(request, page):
    """The language code of a page's locale, without reading the Locale (None off the frame)."""
    frame = bundle(request)
    if frame is None:
        return None
    return next((locale.language_code for locale in frame.locales if locale.id == page.locale_id), None)


def _prefixes(root, components):
    return [root.url_path + "/".join(components[: index + 1]) + "/" for index in range(len(components))]


def _pages_on_the_way(request, frame, root, components):
    """{url_path: page} of the pages at every prefix of the path below ``root``, in one query per request.

    Under another language's home page the Danish tree's pages at the same address come in the same query: when
    the visitor's language has no page there, home.views routes the Danish tree next (the fallback)."""
    prefixes = _prefixes(root, components)
    if not prefixes:
        return {}
    known = request.__dict__.setdefault("_portal_routed", {})
    if not all(prefix in known for prefix in prefixes):
        roots = [root]
        if root.pk == frame.root.pk and frame.default_root.pk != root.pk:
            roots.append(frame.default_root)
        wanted = [prefix for each in roots for prefix in _prefixes(each, components)]
        under = Q()
        for each in roots:
            under |= Q(path__startswith=each.path)
        pages = Page.objects.filter(under, url_path__in=wanted).only(
            "id", "path", "depth", "url_path", "live", "content_type_id", "alias_of_id", "locale_id"
        )
        known.update(dict.fromkeys(wanted))
        known.update((page.url_path, page) for page in pages)
    return {prefix: known[prefix] for prefix in prefixes if known[prefix] is not None}


def _goes_on_to_a_child(node, rest):
    """Whether Wagtail's routing goes on from ``node`` to its child named by ``rest[0]``, as ``Page.route`` does.

    A page type with a route of its own decides itself, except a routable page (the story listing) whose own
    addresses (/side/2/) do not match the rest: RoutablePageMixin hands those to ``Page.route``, and so does this."""
    model = node.specific_class
    if model is None:
        return False
    if model.route is Page.route:
        return True
    if model.route is RoutablePageMixin.route:
        try:
            model.get_resolver().resolve("/" + "/".join(rest) + "/")
        except Http404:
            return True
    return False


def _specific(node):
    """The page as its own type, with the rows its view reads anyway in the same query.

    A page type names them in ``served_with`` (an association page: its logo and its town), each a foreign key
    ``select_related`` can follow; without it, as Wagtail's ``page.specific``."""
    model = node.specific_class
    related = getattr(model, "served_with", ())
    if not related:
        return node.specific
    return model._default_manager.select_related(*related).get(pk=node.pk)


def route(request, path, root=None):
    """Wagtail's route for the path, from the frame's home page down, in two queries whatever the depth.

    Wagtail's own routing reads the localized home page and then each level's child and its specific page: 2 to
    8 queries. Here the pages at every prefix of the path (/foreninger/, /foreninger/roklub/, …) come in one
    query by their ``url_path``, and only the page where routing ends is read as its own type (1). A page type
    with its own ``route`` (a RoutablePageMixin: the story listing's /side/2/) gets the rest of the path, as in
    Wagtail. Raises Http404 where Wagtail would; None off the frame (Wagtail routes then)."""
    frame = bundle(request)
    if frame is None:
        return None
    root = root or frame.root
    components = [component for component in path.split("/") if component]
    found = _pages_on_the_way(request, frame, root, components)
    node, consumed = root, 0
    while consumed < len(components) and _goes_on_to_a_child(node, components[consumed:]):
        child = found.get(node.url_path + components[consumed] + "/")
        if child is None or child.depth != node.depth + 1:
            raise Http404
        node, consumed = child, consumed + 1
    specific = _specific(node)
    result = specific.route(request, components[consumed:])
    trail = [root, *found.values()]
    if result is not None and result[0].pk == specific.pk and not any(page.alias_of_id for page in trail):
        # Wagtail's check of view restrictions reads the page's ancestors and their restrictions (2 queries);
        # the frame knows the few restrictions of the installation.
        restrictions = [restriction for where, restriction in frame.restrictions if specific.path.startswith(where)]
        specific.get_view_restrictions = lambda: restrictions
    return result


class FrameMiddleware:
    """Gives Wagtail the cached site and settings before anything asks the database for them.

    Wagtail keeps both on the request (``Site.find_for_request``: ``_wagtail_site``; a setting's
    ``for_request``: its cache attribute), so setting them here saves their queries everywhere."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            frame = bundle(request)
            site = frame.site if frame is not None else _site_only(request)
        except DatabaseError:
            # The database is down: no frame, so the view meets the error where core.failures turns it into
            # the translated 503 page (this middleware runs before that one can catch anything).
            request._portal_frame = frame = site = None
        if site is not None:
            request._wagtail_site = site
        if frame is not None:
            frame.settings._request = request
            setattr(request, PortalSettings.get_cache_attr_name(), frame.settings)
        return self.get_response(request)

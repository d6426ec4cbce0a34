"""Template tags for the site frame: navigation, breadcrumbs and language links."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from core.structured_data import breadcrumb_ancestors

register = template.Library()


def _active_locale(request):
    """The Locale of the active language, looked up once per request."""
    code = translation.get_language()
    cached = getattr(request, "_portal_active_locale", None)
    if cached is None or cached.language_code != code:
        cached = Locale.get_active()
        request._portal_active_locale = cached
    return cached


def _site_root(request):
    """The home page in the active language, falling back to the site's own root page."""
    cache_attr = "_portal_localized_root"
    if hasattr(request, cache_attr):
        return getattr(request, cache_attr)
    site = Site.find_for_request(request)
    root = None
    if site is not None:
        root = site.root_page
        locale = _active_locale(request)
        if root.locale_id != locale.id:
            root = Page.objects.filter(translation_key=root.translation_key, locale=locale).live().first() or root
    setattr(request, cache_attr, root)
    return root


@register.simple_tag(takes_context=True)
def home_page(context):
    request = context.get("request")
    return _site_root(request) if request else None


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """URL of the page's translation in the active language, or of the page itself."""
    request = context.get("request")
    if page is None:
        return ""
    locale = _active_locale(request) if request else Locale.get_active()
    if page.locale_id != locale.id:
        page = page.get_translations().filter(locale=locale).live().first() or page
    return page.get_url(request) or ""


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's live children marked 'show in menus', with which one is current."""
    request = context.get("request")
    if request is None:
        return []
    root = _site_root(request)
    if root is None:
        return []
    current = context.get("page")
    current_path = getattr(current, "path", "")
    items = []
    for child in root.get_children().live().in_menu().public().only("id", "title", "path", "url_path", "depth"):
        items.append(
            {
                "title": child.title,
                "url": child.get_url(request),
                "current": bool(current) and current.pk == child.pk,
                "active": bool(current_path) and current_path.startswith(child.path),
            }
        )
    return items


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    """Ancestors from the home page down to (not including) the current page (read once, shared with the
    JSON-LD BreadcrumbList: core.structured_data)."""
    page = context.get("page")
    if page is None or not isinstance(page, Page) or page.depth <= 2:
        return []
    return breadcrumb_ancestors(page)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the translation of this page if it is live, else that language's home."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links = []
    translations = {}
    if isinstance(page, Page) and page.pk:
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    names = {"da": "Dansk", "en": "English", "uk": "Українська", "ar": "العربية"}
    roots = None  # The site's home page in every language, read once (one query for all four languages).
    for code, _label in settings.LANGUAGES:
        target = translations.get(code)
        with translation.override(code):
            if target is not None:
                url = target.get_url(request)
            else:
                roots = _site_roots(request) if roots is None else roots
                root = roots.get(code)
                url = root.get_url(request) if root else "/"
        links.append({"code": code, "name": names.get(code, code), "url": url, "current": code == current})
    return links


def _site_roots(request):
    """{language code: the site's live home page in that language}."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {}
    root = site.root_page
    translations = Page.objects.filter(translation_key=root.translation_key).live().select_related("locale")
    return {page.locale.language_code: page for page in translations}


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, for pagination and filter links."""
    request = context.get("request")
    params = request.GET.copy() if request else {}
    for key, value in changes.items():
        params[key] = value
    return params.urlencode()

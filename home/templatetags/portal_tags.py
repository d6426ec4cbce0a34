"""Template tags for the site frame: navigation, breadcrumbs and language links."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Locale, Page, Site

from core import cachegen
from core.pages import active_locale
from core.richtext import URL_FIELDS
from core.structured_data import breadcrumb_ancestors
from home.frame import bundle

register = template.Library()


class FrameFragmentNode(template.Node):
    """``{% framecache "name" [vary_on …] %}…{% endframecache %}``: the enclosed template rendered once per site,
    language and ``vary_on`` values under the pages generation (``cachegen.cached``), which every change of what
    the frame shows bumps (a publish, the portal's settings, a logo). Like Django's ``{% cache %}``, but never
    kept past a change, nor in a request that changed something, nor off the frame (the admin, the APIs).

    For parts of the frame that depend on nothing else: the header's logo and contact line, the main menu with
    the current page marked (``page.pk page.path``), the footer. What shows the visitor's own input (the search box) or
    the address (the language links) stays outside."""

    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        frame = bundle(context.get("request"))
        if frame is None:
            return self.nodelist.render(context)
        vary = ":".join(str(value.resolve(context)) for value in self.vary_on)
        key = f"fragment:{self.name}:{frame.site.pk}:{translation.get_language()}:{vary}"
        return cachegen.cached(key, lambda: self.nodelist.render(context))


@register.tag("framecache")
def framecache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('{% framecache %} needs a name: {% framecache "footer" %}')
    nodelist = parser.parse(("endframecache",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    return FrameFragmentNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[2:]])


def _locales(request):
    """The site's few Locales, read once per request (one query)."""
    cached = getattr(request, "_portal_locales", None)
    if cached is None:
        frame = bundle(request)
        cached = frame.locales if frame is not None else list(Locale.objects.all())
        request._portal_locales = cached
    return cached


def _locale_codes(request):
    return {locale.id: locale.language_code for locale in _locales(request)}


def _active_locale(request):
    """The Locale of the active language, from the locales the frame read for this request."""
    return active_locale(_locales(request))


def _site_root(request):
    """The home page in the active language, falling back to the site's own root page."""
    cache_attr = "_portal_localized_root"
    if hasattr(request, cache_attr):
        return getattr(request, cache_attr)
    frame = bundle(request)
    if frame is not None:
        setattr(request, cache_attr, frame.root)
        return frame.root
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
    frame = bundle(request)
    if frame is not None and page.pk in frame.localized:
        page = frame.localized[page.pk]
    else:
        locale = _active_locale(request) if request else Locale.get_active()
        if page.locale_id != locale.id:
            page = page.get_translations().filter(locale=locale).live().first() or page
    return page.get_url(request) or ""


def _frame_url(request, page):
    """The page's address in the visitor's language: its own when it is in that language, else its address
    under the visitor's prefix, where home.views.serve shows the translation or the Danish fallback.

    The frame (menu, breadcrumbs, logo) of /uk/… keeps the visitor under /uk/ even when the page behind a
    link exists only in Danish: /foreninger/ becomes /uk/foreninger/. No query."""
    url = page.get_url(request) or ""
    code = _locale_codes(request).get(page.locale_id)
    current = translation.get_language()
    if code is None or code == current or not url:
        return url
    with translation.override(code):
        return translate_url(url, current)


@register.simple_tag(takes_context=True)
def frame_url(context, page):
    request = context.get("request")
    if page is None:
        return ""
    if request is None:
        return page.get_url() or ""
    return _frame_url(request, page)


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
    frame = bundle(request)
    children = (
        frame.menu
        if frame is not None
        else root.get_children().live().in_menu().public().only("id", "title", "path", "url_path", "depth", "locale_id")
    )
    items = []
    for child in children:
        items.append(
            {
                "title": child.title,
                "page": child,
                "url": _frame_url(request, child),
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
    return breadcrumb_ancestors(page, context.get("request"))


# Each language's own name, as its readers look for it in the switcher.
LANGUAGE_NAMES = {"da": "Dansk", "en": "English", "uk": "Українська", "ar": "العربية"}


def _live_translations(request, page):
    """The page's live translations (itself included) by language code, as plain pages with what an address needs.

    Read once per page from the cache under the pages generation (core/cachegen.py: a publish, unpublish or move of
    any translation bumps it), or with one query."""
    cached = getattr(request, "_portal_translations", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    key = f"translations:{cachegen.for_request(request)}:{page.pk}"
    found = cache.get(key)
    if found is None:
        found = {
            other.locale.language_code: other
            for other in Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
            .only(*URL_FIELDS, "title")
        }
        cache.set(key, found, cachegen.TIMEOUT)
    request._portal_translations = (page.pk, found)
    return found


def _page_in_context(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language, to the same page in that language.

    The live translation when there is one; else the page's Danish address under that language's prefix
    (/uk/foreninger/egebjerg-roklub/), where home.views.serve shows the Danish page with a notice, never a
    404. A view that is not a page (the search, a form) keeps its path and query: /search/?q=fodbold becomes
    /en/search/?q=fodbold."""
    request = context.get("request")
    page = _page_in_context(context)
    current = translation.get_language()
    translations = _live_translations(request, page) if page is not None and request is not None else {}
    source = translations.get(settings.LANGUAGE_CODE) or page
    links = []
    for code, _label in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            with translation.override(code):
                url = target.get_url(request)
        elif source is not None and request is not None:
            # translate_url resolves the (Danish) address in its own language, then reverses it under the other.
            with translation.override(_locale_codes(request).get(source.locale_id, settings.LANGUAGE_CODE)):
                url = translate_url(source.get_url(request) or "/", code)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = "/"
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES.get(code, code),
                "dir": "rtl" if translation.get_language_info(code)["bidi"] else "ltr",
                "url": url,
                "current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """<link rel="alternate" hreflang> targets for the page's live translations, and x-default (Danish).

    A page shown in Danish under another language's prefix (the fallback) has none: it is a copy of the
    Danish page, which base.html names as canonical instead."""
    request = context.get("request")
    page = _page_in_context(context)
    if page is None or request is None or getattr(request, "fallback_language", None):
        return []
    translations = _live_translations(request, page)
    if len(translations) < 2:
        return []
    links = []
    for code, _label in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            links.append({"code": code, "url": target.get_full_url(request)})
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        links.append({"code": "x-default", "url": default.get_full_url(request)})
    return links


@register.simple_tag(takes_context=True)
def lang_attrs(context, obj):
    """` lang="da" dir="ltr"` on a fragment whose content is in another language than the page around it.

    A Danish association's name in an English listing, or the Danish breadcrumbs of a page shown in Danish
    under /ar/; nothing when the languages agree. ``obj`` is a page (or anything with a ``locale_id``)."""
    request = context.get("request")
    locale_id = getattr(obj, "locale_id", None)
    if request is None or locale_id is None:
        return ""
    codes = _locale_codes(request)
    code = codes.get(locale_id)
    current = translation.get_language()
    if code is None or code == current:
        return ""
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, for pagination and filter links."""
    request = context.get("request")
    params = request.GET.copy() if request else {}
    for key, value in changes.items():
        params[key] = value
    return params.urlencode()

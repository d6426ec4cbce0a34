"""schema.org structured data (JSON-LD) for every public page: the protocol, shared builders, the script.

The protocol: a page type that has something to say to search engines defines::

    def structured_data(self, request) -> list[dict]:
        return [{"@context": "https://schema.org", "@type": "NGO", "name": self.title, ...}]

(``thing()`` below adds the ``@context`` and leaves out empty values). Each app keeps its page
types' method in its own app (``directory/structured_data.py``, ``policy/structured_data.py``, the
home page and plain pages in ``home/models.py``), so a new page type touches its own app only. A
view that is not a page (the search) puts a list of the same dicts in its context as ``structured_data``.

``{% structured_data_script %}`` (``core/templatetags/structured_data_tags.py``, in ``base.html``'s
head) renders the page's objects plus a ``BreadcrumbList`` for every page below the home page in
ONE ``<script type="application/ld+json">`` holding a JSON array. The page's own objects are given at
its own address only: a sub-address with the page in its context (a policy's versions, a task's
enquiry form, an admin preview) keeps just the trail to it. The breadcrumb trail reuses the
ancestors the visible breadcrumbs read (``breadcrumb_ancestors``: one query, kept on the page), so
the JSON-LD costs no query of its own beyond what a page type's method reads. ``<``, ``>`` and ``&``
are written as ``\\u003c``, ``\\u003e`` and ``\\u0026``, so no text in the data can end the script
element. A data block is not executed, so the Content-Security-Policy (no inline script) is not
touched.

The builders take plain values (core imports no app): the kommune is built from the portal's site
settings by their model, ``PortalSettings.for_request(request).organisation(request)`` (home/models.py).
"""

import html
import json
import re
from typing import Protocol, runtime_checkable
from urllib.parse import unquote

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Site

from . import cachegen

SCHEMA_ORG = "https://schema.org"
COUNTRY = "DK"
CONTEXT_NAME = "structured_data"  # a view's extra objects in its template context


_TAG = re.compile(r"<[^>]*>")


@runtime_checkable
class StructuredData(Protocol):
    """What a page type with structured data has: its schema.org objects for this request."""

    def structured_data(self, request) -> list[dict]: ...


# Building objects


def _is_empty(value):
    return value is None or value == "" or value == [] or value == {}


def compact(value):
    """The value with empty properties (None, "", [], {}) left out, at every depth; lazy strings made str."""
    if isinstance(value, dict):
        cleaned = {key: compact(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if not _is_empty(item)}
    if isinstance(value, list | tuple):
        cleaned = [compact(item) for item in value]
        return [item for item in cleaned if not _is_empty(item)]
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, str):
        return value.strip()
    return value


def thing(schema_type, **properties):
    """A schema.org object of the type, for the top level of the script: with ``@context``, without empties."""
    return compact({"@context": SCHEMA_ORG, "@type": schema_type, **properties})


def node(schema_type, **properties):
    """A schema.org object nested in another (no ``@context`` of its own), without empties."""
    return compact({"@type": schema_type, **properties})


def plain(text, limit=None):
    """Plain text for a description: whitespace folded, cut at a word near ``limit`` characters."""
    words = " ".join(str(text or "").split())
    if limit and len(words) > limit:
        words = words[: limit - 1].rsplit(" ", 1)[0] + "…"
    return words


def text_of_html(markup, limit=None):
    """The words of rich text (HTML as stored): tags made spaces, entities read, then as ``plain``."""
    return plain(html.unescape(_TAG.sub(" ", str(markup or ""))), limit)


def page_url(page, request):
    """The page's full address (scheme and host from its site), as search engines should list it."""
    return page.get_full_url(request) or ""


def site_url(request):
    """The portal's front door, "https://frivillig.kommune.dk/": the site's own root address (read once per request).

    Every address in the structured data starts with it, as the page addresses (``get_full_url``) do."""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        return f"{site.root_url}/"
    return request.build_absolute_uri("/") if request is not None else "/"


def web_page(page, request, schema_type="WebPage", description="", **properties):
    """A WebPage (or a subtype: CollectionPage, SearchResultsPage, AboutPage, …) for a page of the portal."""
    return thing(
        schema_type,
        name=page.title,
        url=page_url(page, request),
        description=plain(description or page.search_description, 300),
        inLanguage=translation.get_language(),
        datePublished=page.first_published_at,
        dateModified=page.last_published_at,
        **properties,
    )


def absolute_url(request, url):
    """A site-relative address (a picture, a view) made absolute with the site's root address."""
    if not url:
        return ""
    if url.startswith(("http://", "https://", "//")):
        return url
    return site_url(request).rstrip("/") + url if url.startswith("/") else url


def image_url(image, request):
    """The full address of a picture's original file (no rendition: reading one costs a query), or ""."""
    if image is None or not getattr(image, "file", None):
        return ""
    try:
        return absolute_url(request, image.file.url)
    except ValueError:  # the file is gone from storage's point of view
        return ""


def postal_address(street="", postcode="", city="", country=COUNTRY):
    """A PostalAddress, or None when nothing but the country is known."""
    if not (street or postcode or city):
        return None
    return node(
        "PostalAddress", streetAddress=street, postalCode=postcode, addressLocality=city, addressCountry=country
    )


def contact_point(contact_type="", name="", email="", telephone="", language="Danish"):
    """A ContactPoint, or None without an address or a number to reach."""
    if not (email or telephone):
        return None
    return node(
        "ContactPoint",
        contactType=contact_type,
        name=name,
        email=email,
        telephone=telephone,
        availableLanguage=language,
    )


def organisation(schema_type, *, name, url, id="", description="", logo="", address=None, **properties):
    """An organisation (NGO, GovernmentOrganization, Organization): what Google needs (name, url) and more."""
    return node(
        schema_type,
        **({"@id": id} if id else {}),
        name=name,
        url=url,
        description=description,
        logo=logo,
        address=address,
        **properties,
    )


def reference(obj):
    """A pointer to an object given in full elsewhere in the same script (its ``@id``)."""
    return {"@id": obj["@id"]}


def kommune_id(site_url):
    return f"{site_url.rstrip('/')}/#kommune"


def website_id(site_url):
    return f"{site_url.rstrip('/')}/#website"


def government_organization(portal_settings, request, site_url):
    """The kommune, from the portal's site settings (``home.PortalSettings``): name, address, logo, contact point.

    ``site_url`` is the portal's front page; the object has a stable ``@id`` there so other objects can
    refer to it. The logo is the original file of the settings' picture (the header has read it)."""
    address_lines = [
        line.strip()
        for line in (portal_settings.contact_address or "").splitlines()
        if line.strip() and line.strip() != portal_settings.kommune_name  # the name is the name, not the address
    ]
    return organisation(
        "GovernmentOrganization",
        id=kommune_id(site_url),
        name=portal_settings.kommune_name,
        url=site_url,
        logo=image_url(portal_settings.logo, request) if portal_settings.logo_id else "",
        address=_address_from_lines(address_lines),
        contactPoint=contact_point(
            contact_type=portal_settings.contact_name,
            email=portal_settings.contact_email,
            telephone=portal_settings.contact_phone,
        ),
    )


def _address_from_lines(lines):
    """A PostalAddress from an address typed on lines ("Rådhuspladsen 1", "4790 Fjordlund")."""
    if not lines:
        return None
    street, postcode, city = ", ".join(lines[:-1]) if len(lines) > 1 else lines[0], "", ""
    last = lines[-1] if len(lines) > 1 else ""
    first_word, _space, rest = last.partition(" ")
    if first_word.isdigit() and len(first_word) == 4:
        postcode, city = first_word, rest
    elif last:
        street = ", ".join(lines)
    return postal_address(street, postcode, city)


# The breadcrumb trail

CRUMBS_TIMEOUT = 24 * 60 * 60  # a day: an old generation's trails go away by themselves


def breadcrumb_ancestors(page, request=None):
    """The page's ancestors from the home page down, read once per page object (one query), and with a
    request kept in the cache until a page changes (core/cachegen.py: no query).

    The visible breadcrumbs (``home.templatetags.portal_tags.breadcrumb_pages``) and the
    BreadcrumbList share this list, so the trail is read once however many use it."""
    cached = getattr(page, "_breadcrumb_ancestors", None)
    if cached is None:
        key = f"crumbs:{cachegen.for_request(request)}:{page.pk}" if request is not None and page.pk else None
        cached = cache.get(key) if key else None
        if cached is None:
            if page.depth <= 2:
                cached = []
            else:
                cached = list(
                    page.get_ancestors()
                    .filter(depth__gte=2)
                    .only("id", "title", "path", "url_path", "depth", "locale_id")
                )
            if key:
                cache.set(key, cached, CRUMBS_TIMEOUT)
        page._breadcrumb_ancestors = cached
    return cached


def breadcrumb_list(page, request):
    """A BreadcrumbList from the front page to the page (names as the visible trail shows them), or None."""
    ancestors = breadcrumb_ancestors(page, request)
    if not ancestors:
        return None
    trail = [*ancestors, page]
    items = []
    for position, crumb in enumerate(trail, start=1):
        name = _("Front page") if position == 1 else crumb.title
        items.append(node("ListItem", position=position, name=name, item=page_url(crumb, request)))
    return thing("BreadcrumbList", itemListElement=items)


# Collecting and rendering


def at_page_address(page, request):
    """Whether the request is for the page itself, not for one of its sub-addresses (a routable page's
    versions, the enquiry form of a task, an admin preview) that has the page in its context."""
    if request is None:
        return False
    parts = page.get_url_parts(request)
    return parts is not None and unquote(parts[2]) == unquote(request.path)


def collect(request, page=None, extra=None):
    """Every schema.org object of a response: the page's own, a view's extra ones, then its BreadcrumbList.

    The page's own objects only at its own address: the enquiry form of a task is not the task's posting.
    Elsewhere the trail still leads to the page, as the visible breadcrumbs do."""
    objects = []
    if page is not None and isinstance(page, StructuredData) and at_page_address(page, request):
        objects.extend(page.structured_data(request) or [])
    objects.extend(extra or [])
    if page is not None and getattr(page, "depth", None):
        objects.append(breadcrumb_list(page, request))
    found = []
    for obj in objects:
        if obj:
            obj = compact(obj)
            found.append({"@context": SCHEMA_ORG, **obj} if "@context" not in obj else obj)
    return found


# JSON text that cannot end the <script> element it sits in, nor open a comment or CDATA in it.
_SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def to_json(objects):
    """The objects as JSON with <, > and & escaped (JSON parsers read them back unchanged)."""
    return json.dumps(objects, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)


def script(objects):
    """One ``<script type="application/ld+json">`` holding the objects as a JSON array, or "" for none."""
    if not objects:
        return ""
    return mark_safe(f'<script type="application/ld+json">{to_json(objects)}</script>')

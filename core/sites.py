"""Several kommuner on one installation: which site a page belongs to, without a query per page.

Each kommune is a Wagtail Site with its own home page (Fjordlund at localhost, a neighbour at
nabo.localhost); listings, search, feeds and emails keep to the site of the page or request at hand.
"""

from django.conf import settings
from wagtail.models import Site


def site_id_of(page, roots=None):
    """The id of the site whose tree ``page`` is in (its home page or a translation of it), or None.

    Wagtail keeps the sites' root paths in the cache, most specific first, so this costs no query
    per page: "/home/foreninger/roklub/" is Fjordlund's, "/nabo/foreninger/" the neighbour's.
    ``roots``: ``Site.get_site_root_paths()`` read once by a caller asking for thousands of pages
    (a cache read each is ~0.3 ms on Redis: 4 s of ``update_index`` at 5,000 associations)."""
    url_path = getattr(page, "url_path", None)  # None for a page not saved yet, or a stand-in organiser
    if not url_path:
        return None
    for root in Site.get_site_root_paths() if roots is None else roots:
        if url_path.startswith(root.root_path):
            return root.site_id
    return None


def site_of(page=None):
    """The Site ``page`` belongs to (one query), or the default site for no page or one outside every site's tree.

    Emails go out without a request: the contact point and name they give are those of the page's kommune."""
    site_id = site_id_of(page) if page is not None else None
    sites = Site.objects.select_related("root_page")
    found = sites.filter(pk=site_id).first() if site_id else None
    return found or sites.filter(is_default_site=True).first()


def public_address(parts):
    """A page's address for an email from its ``get_url_parts()``: BASE_URL (the portal's public address behind
    the proxy) for the default site, another kommune's own root URL for its site ("http://nabo.localhost:8000")."""
    if not parts:
        return ""
    site_id, root_url, path = parts
    default_id = Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()
    base = settings.BASE_URL if site_id == default_id or not root_url else root_url.rstrip("/")
    return base + path

"""Pages that anyone may see, without a query for the view restrictions on every listing.

Wagtail's ``PageQuerySet.public()`` reads every ``PageViewRestriction`` in a query of its own each time it is
called: an association page that lists its open tasks and its events paid two. ``.exclude(private_q())`` leaves
out the same pages (those at or below a restricted page) with the restricted paths read from the cache under the
pages generation (core/cachegen.py, which setting, changing or lifting a restriction bumps), so it
costs no query inside a request, and the one Wagtail's costs outside one.
"""

from django.db.models import Q
from wagtail.models import Locale, PageViewRestriction

from core import cachegen
from core.models import visitor_language


def restricted_paths():
    """The tree paths of the pages with a view restriction (a password, logged-in users, groups)."""
    return cachegen.cached(
        "restricted-paths",
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


def private_q(prefix=""):
    """A Q that matches the pages at or below a restricted page; ``prefix`` points at pages elsewhere ("pool__")."""
    q = Q()
    for path in restricted_paths():
        q |= Q(**{f"{prefix}path__startswith": path})
    return q or Q(pk__in=[])  # Wagtail's "no page" when nothing is restricted


def first_of(queryset):
    """``queryset.first()`` for a query of pages alone (which listing page is under the home page), from the cache.

    Which pages are live, and where, changes only by a publish, unpublish, move or delete, and each bumps the
    generation the answer is kept under; so the front page's sections find their "more" links without a query."""
    found = cachegen.cached(f"first:{cachegen.queryset_key(queryset)}", lambda: list(queryset[:1]))
    return found[0] if found else None


def active_locale(locales=None):
    """Wagtail's ``Locale.get_active()`` (the visitor's language) without a query.

    ``locales``: the site's Locales where the caller has them already (the site frame read them for the page,
    home/templatetags/portal_tags.py); else they come from the cache, for views outside the frame's reach such
    as the search (which imports no feature app, so not home/frame.py). A new locale saves a Locale, which
    bumps the generation."""
    if locales is None:
        locales = cachegen.cached("locales", lambda: list(Locale.objects.all()))
    language = visitor_language()
    return next((locale for locale in locales if locale.language_code == language), None) or Locale.get_active()

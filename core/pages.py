"""Pages that anyone may see, without a query for the view restrictions on every listing.

Wagtail's ``PageQuerySet.public()`` reads every ``PageViewRestriction`` in a query of its own each time it is
called: an association page that lists its open tasks and its events paid two. ``.exclude(private_q())`` leaves
out the same pages (those at or below a restricted page) with the restricted paths read from the cache under the
pages generation (core/cachegen.py, which setting, changing or lifting a restriction bumps), so it
costs no query inside a request, and the one Wagtail's costs outside one.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from core import cachegen


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

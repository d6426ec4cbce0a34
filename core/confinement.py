"""Confining a role to its own corner of the admin: the pages it works on and nothing else of the site.

Wagtail gives rights per page subtree and per collection, and then keeps a user
out of what they have no rights on, except for a few places that are open to
anyone who may edit some page at all: the explorer lists the latest draft titles
of a page's children, the page chooser and bulk-action confirmations name any
page asked for, the admin API lists every image and document, and the site-wide
reports list every page. An association's representative (directory) and a
policy owner (policy) need none of that.

Apps declare their confined roles through the hook ``register_admin_confinement``:
a function ``fn(user)`` that returns a ``Confinement`` (the pages the user is
kept to) when the user has that role, or None. Core imports no app, so it never
knows what an association or a policy is. For example the directory declares

    @hooks.register("register_admin_confinement")
    def representatives(user):
        associations = represented_associations(user)  # [] for a representative without one
        return None if associations is None else Confinement(pages=associations)

``admin_scope(user)`` combines the declarations: a user with a declared role is
confined to the union of the declared pages, unless they also hold page rights
outside them (Kommunikation, say, who happens to represent an association too),
or are a superuser. The hooks below (chooser, explorer, reports menu) and
``core.admin_guards`` then narrow what Wagtail leaves open.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail import hooks
from wagtail.models import GroupPagePermission, Page

HOOK = "register_admin_confinement"
CACHE_ATTRIBUTE = "_core_admin_scope"


@dataclass
class Confinement:
    """Where a confined role works: the subtrees of ``pages`` (the pages included).

    ``links_anywhere``: the role writes pages that link to the rest of the site (a
    policy links to associations and guides), so its page chooser also offers live
    pages elsewhere; a representative's chooser offers only their own pages.
    """

    pages: list = field(default_factory=list)
    links_anywhere: bool = False


def _declared(user):
    declarations = [fn(user) for fn in hooks.get_hooks(HOOK)]
    declarations = [found for found in declarations if found is not None]
    if not declarations:
        return None
    pages = {page.pk: page for found in declarations for page in found.pages}
    return Confinement(
        pages=sorted(pages.values(), key=lambda page: page.path),
        links_anywhere=any(found.links_anywhere for found in declarations),
    )


def admin_scope(user):
    """The Confinement the user works in, or None when the admin is not narrowed for them.

    Cached on the user object for the request, as every hook and guard asks."""
    if not getattr(user, "is_authenticated", False) or not user.is_active or user.is_superuser:
        return None
    if hasattr(user, CACHE_ATTRIBUTE):
        return getattr(user, CACHE_ATTRIBUTE)
    scope = _declared(user)
    if scope is not None:
        # Rights on any page outside the declared ones make the user staff, who are not confined.
        paths = GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True)
        if any(not inside(path, scope.pages) for path in set(paths)):
            scope = None
    setattr(user, CACHE_ATTRIBUTE, scope)
    return scope


def inside(path, pages):
    """Whether the page at ``path`` lies within one of ``pages`` (one of them included)."""
    return any(path.startswith(page.path) for page in pages)


def above(path, pages):
    """Whether the page at ``path`` is an ancestor of one of ``pages``."""
    return any(page.path.startswith(path) and page.path != path for page in pages)


def pages_within(pages):
    """A filter for the pages inside the given pages (those pages included)."""
    condition = Q(pk__in=[])
    for page in pages:
        condition |= Q(path__startswith=page.path)
    return condition


def ancestors_of(pages):
    """The paths of every ancestor of the given pages (the root included), for the explorer's way down."""
    return {page.path[:end] for page in pages for end in range(Page.steplen, len(page.path), Page.steplen)}

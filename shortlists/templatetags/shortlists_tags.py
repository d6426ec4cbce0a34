"""The "Add to shortlist" button ("Føj til forslag") on listings, pages and search results.

``{% include "shortlists/_add_button.html" with offer=task %}`` (``activity=…`` for one activity of an
association; a search result says itself what it is) renders the button for staff with the
permission and nothing for anyone else. For an anonymous visitor it costs no SQL query
(``is_authenticated`` is a flag); for staff, their shortlists are read once per request, whatever
the number of buttons on the page.
"""

from django import template
from wagtail.models import Page

from directory.models import Activity

from ..models import USE_PERMISSION, Shortlist

register = template.Library()

CACHE_ATTRIBUTE = "_shortlists_of_user"
# The kinds of search result a shortlist can hold (search.models.SearchDocument.kind).
SEARCH_KINDS = {"association", "activity", "task", "event"}


def may_use_shortlists(user):
    return bool(user is not None and user.is_authenticated and user.has_perm(USE_PERMISSION))


def _shortlists(request):
    if not hasattr(request, CACHE_ATTRIBUTE):
        setattr(request, CACHE_ATTRIBUTE, list(Shortlist.objects.filter(owner=request.user).only("pk", "label")))
    return getattr(request, CACHE_ATTRIBUTE)


def _target(offer, activity):
    """(page id, activity id, title) of what the button adds, or None: a page, or a search result ("activity:34")."""
    if isinstance(offer, Page):
        if isinstance(activity, Activity):
            return offer.pk, activity.pk, activity.name
        return offer.pk, None, offer.title
    kind, key = getattr(offer, "kind", None), getattr(offer, "key", "")
    if kind not in SEARCH_KINDS or not getattr(offer, "page_id", None):
        return None
    activity_id = None
    if kind == "activity":
        prefix, _sep, number = str(key).partition(":")
        if prefix != "activity" or not number.isdigit():
            return None
        activity_id = int(number)
    return offer.page_id, activity_id, offer.title


@register.inclusion_tag("shortlists/_add_form.html", takes_context=True)
def shortlist_button(context, offer, activity=None):
    request = context.get("request")
    if request is None or not may_use_shortlists(getattr(request, "user", None)):
        return {"show": False}
    target = _target(offer, activity)
    if target is None:
        return {"show": False}
    page_id, activity_id, title = target
    return {
        "show": True,
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "page_id": page_id,
        "activity_id": activity_id,
        "title": title,
        "shortlists": _shortlists(request),
        "current": request.session.get("shortlists_current"),
        "field_id": f"forslag-{page_id}-{activity_id or 0}",
    }

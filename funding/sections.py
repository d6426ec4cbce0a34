"""The pools on other apps' pages, through core/sections.py's hooks.

The home page shows the rounds open for applications right now, the nearest deadline first (a
round past its deadline is gone from it at once); an association's page shows the grants it has
received from the kommune's pools.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import PageViewRestriction

from core import pagecache
from core.pages import first_of
from core.sections import ASSOCIATION_SECTIONS_HOOK, HOME_SECTIONS_HOOK

from . import rounds as round_rules
from .models import FundingPoolIndexPage, FundingRound, Grant

HOME_ROUNDS = 3


def public_pools(queryset, pool="pool"):
    """``queryset`` (rounds or grants) without those whose pool is unpublished or below a view restriction.

    In the same SQL statement (a pool is below a restricted page when that page's path begins its
    own), so a section costs one query rather than Wagtail's ``.public()`` and then its own."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(f"{pool}__path"), 1, Length("page__path"))
    )
    return queryset.filter(**{f"{pool}__live": True}).exclude(Exists(restricted))


@hooks.register(HOME_SECTIONS_HOOK)
def open_deadlines(request, page):
    now = timezone.now()
    rounds = FundingRound.objects.filter(
        pool__path__startswith=page.path,  # the home page is its site's root
        opens_on__lte=timezone.localdate(now),
        deadline__gte=now,
    )
    open_rounds = public_pools(rounds).select_related("pool").order_by("deadline", "pk")[:HOME_ROUNDS]
    items = [
        {
            "title": each.pool.title,
            "url": f"{each.pool.get_url(request)}#runde-{each.pk}",
            "text": f"{each.name}. {each.pool.intro}",
            "meta": _("Deadline %(deadline)s") % {"deadline": round_rules.deadline_text(each.deadline)},
        }
        for each in open_rounds
    ]
    for each in open_rounds:
        pagecache.until(request, each.deadline)  # gone from the front page the moment its deadline passes
    if not items:
        return None
    listing = first_of(FundingPoolIndexPage.objects.live().child_of(page))
    return {
        "key": "funding",
        "heading": _("Open for applications"),
        "items": items,
        "order": 40,
        "more_url": listing.get_url(request) if listing else "",
        "more_text": _("All funding pools"),
    }


@hooks.register(ASSOCIATION_SECTIONS_HOOK)
def grants_received(request, page):
    grants = (
        public_pools(Grant.objects.filter(association_id=page.pk))
        .select_related("pool")
        .order_by("-year", "pool__title", "pk")
    )
    items = [
        {
            "title": grant.pool.title,
            "url": f"{grant.pool.get_url(request)}#bevilling-{grant.pk}",
            "text": grant.purpose,
            "meta": f"{grant.year}: {grant.amount_text}",
        }
        for grant in grants
    ]
    return {"key": "grants", "heading": _("Grants received"), "items": items, "order": 60}

"""The pools on other apps' pages, through core/sections.py's hooks.

The home page shows the rounds open for applications right now, the nearest deadline first (a
round past its deadline is gone from it at once); an association's page shows the grants it has
received from the kommune's pools.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from core.sections import ASSOCIATION_SECTIONS_HOOK, HOME_SECTIONS_HOOK

from . import rounds as round_rules
from .models import FundingPoolIndexPage, FundingPoolPage, FundingRound, Grant

HOME_ROUNDS = 3


@hooks.register(HOME_SECTIONS_HOOK)
def open_deadlines(request, page):
    now = timezone.now()
    pools = FundingPoolPage.objects.live().public().descendant_of(page)  # the home page is its site's root
    open_rounds = (
        FundingRound.objects.filter(
            pool__in=pools.values("pk"), opens_on__lte=timezone.localdate(now), deadline__gte=now
        )
        .select_related("pool")
        .order_by("deadline", "pk")[:HOME_ROUNDS]
    )
    items = [
        {
            "title": each.pool.title,
            "url": f"{each.pool.get_url(request)}#runde-{each.pk}",
            "text": f"{each.name}. {each.pool.intro}",
            "meta": _("Deadline %(deadline)s") % {"deadline": round_rules.deadline_text(each.deadline)},
        }
        for each in open_rounds
    ]
    if not items:
        return None
    listing = FundingPoolIndexPage.objects.live().child_of(page).first()
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
        Grant.objects.filter(association_id=page.pk, pool__in=FundingPoolPage.objects.live().public().values("pk"))
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

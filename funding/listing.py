"""What citizens see of the pools: the list with each pool's next deadline, and a pool's own page.

The list holds every live, public pool under the listing, the open ones first (the nearest deadline
first), then those with a round to come, then the closed ones; it costs the same few queries with 3
or 300 pools (the pools, then all their rounds at once). The pages call these functions
(funding.models imports this module), so the models are looked up in the app registry.
"""

from django.apps import apps
from django.db.models import Prefetch

from core import pagecache
from core.listing import listing_context, name_sort_key, paginate
from core.pages import private_q

from . import rounds as round_rules


def _model(name):
    return apps.get_model("funding", name)


def pool_listing(request, page):
    """Context of "Puljer og fonde": the pools, each with its state now, open ones first; paginated."""
    pools = list(
        _model("FundingPoolPage")
        .objects.child_of(page)
        .live()
        .exclude(private_q())
        .filter(locale_id=page.locale_id)
        .select_related("locale")
        .only("id", "path", "depth", "title", "slug", "url_path", "intro", "amount_available", "locale", "live")
        .prefetch_related(Prefetch("rounds", queryset=_model("FundingRound").objects.order_by("sort_order", "pk")))
        .order_by(name_sort_key(), "pk")
    )
    for pool in pools:
        keep_until_a_round_changes(request, pool.rounds.all())
        pool.pool_state = round_rules.PoolState(pool.rounds.all())
        pool.amount_text = round_rules.kroner(pool.amount_available)
    pools.sort(key=lambda pool: pool.pool_state.sort_key)  # stable: by name within each state
    page_obj = paginate(request, pools, len(pools))
    context = listing_context(request, page.get_url(request) or "", [], page_obj, len(pools))
    context["open_count"] = sum(1 for pool in pools if pool.pool_state.is_open)
    return context


def keep_until_a_round_changes(request, rounds):
    """A round's status changes by itself when it opens and at its deadline: the page cache keeps the page no longer."""
    for each in rounds:
        pagecache.until(request, round_rules.opens_at(each.opens_on))
        pagecache.until(request, each.deadline)


def pool_context(request, page):
    """A pool's page: its rounds with their status, its state, its grants (newest year first), its focus areas."""
    rounds = list(page.rounds.all())
    keep_until_a_round_changes(request, rounds)
    grants = sorted(page.grants.select_related("association"), key=lambda grant: (-grant.year, grant.sort_order or 0))
    public = (
        set(
            apps.get_model("wagtailcore", "Page")
            .objects.live()
            .exclude(private_q())
            .filter(pk__in=[grant.association_id for grant in grants if grant.association_id])
            .values_list("pk", flat=True)
        )
        if any(grant.association_id for grant in grants)
        else set()
    )
    for grant in grants:
        grant.public_association = grant.association if grant.association_id in public else None
    area_ids = [area.pk for area in page.focus_areas.all()]  # a preview's areas are in memory
    focus_areas = (
        list(
            apps.get_model("policy", "FocusAreaPage")
            .objects.live()
            .exclude(private_q())
            .filter(pk__in=area_ids)
            .order_by("path")
        )
        if area_ids
        else []
    )
    return {
        "rounds": rounds,
        "pool_state": round_rules.PoolState(rounds),
        "grants": grants,
        "focus_areas": focus_areas,
        "amount_text": round_rules.kroner(page.amount_available),
    }

"""The guide listing: live guides filtered by topic and audience (GET parameters ``emne`` and ``for``).

It follows the directory's listings (directory/listing.py): the filters live in the
address, so a filtered list can be bookmarked and shared
(``/guides/?emne=boerneattest&for=foreninger``); several values of one filter widen the
list (OR), the two filters narrow it (AND), and an unknown value is ignored rather than
emptying the list. Next to each option is the number of guides the citizen gets by
ticking it, given the other filter. The listing costs the same number of queries with 5
or 500 guides: the two vocabularies, one aggregate per filter, and the guides with their
topics and audiences.
"""

from django.db.models import Count, Prefetch
from django.utils.translation import gettext_lazy as _

from directory.listing import FilterGroup, FilterOption, name_sort_key
from directory.listing import _active_filters as active_filters
from directory.listing import _m2m as m2m
from directory.listing import _picked as picked_values

from .models import GuideAudience, GuidePage, GuideTopic

# Danish parameter names: they end up in addresses citizens share.
PARAM_TOPIC = "emne"
PARAM_AUDIENCE = "for"


def _vocabulary(model):
    terms = list(model.objects.only("id", "name", "slug", "sort_order"))
    return terms, {term.slug: term.pk for term in terms}


def _options(param, terms, counts, picked):
    return [FilterOption(param, term.slug, term.name, counts.get(term.pk, 0), term.pk in picked) for term in terms]


def guide_listing(request, index_page):
    """Context of the guide index: its live guides, filtered and counted, with the filter panel."""
    topics, topic_ids = _vocabulary(GuideTopic)
    audiences, audience_ids = _vocabulary(GuideAudience)
    chosen_topics = [topic_ids[slug] for slug in picked_values(request, PARAM_TOPIC, topic_ids)]
    chosen_audiences = [audience_ids[slug] for slug in picked_values(request, PARAM_AUDIENCE, audience_ids)]

    through, guide_column, audience_column = m2m(GuidePage, "audiences")
    base = GuidePage.objects.child_of(index_page).live().public().order_by()

    def narrowed(skip=None):
        """The guides matching both filters, or all but ``skip``."""
        queryset = base
        if chosen_topics and skip != PARAM_TOPIC:
            queryset = queryset.filter(topic_id__in=chosen_topics)
        if chosen_audiences and skip != PARAM_AUDIENCE:
            with_audience = through.objects.filter(**{f"{audience_column}__in": chosen_audiences}).values(guide_column)
            queryset = queryset.filter(pk__in=with_audience)
        return queryset

    topic_counts = dict(narrowed(skip=PARAM_TOPIC).values_list("topic_id").annotate(n=Count("pk")).order_by())
    audience_rows = (
        through.objects.filter(**{f"{guide_column}__in": narrowed(skip=PARAM_AUDIENCE).values("pk")})
        .order_by()
        .values_list(audience_column)
        .annotate(n=Count(guide_column))
    )
    audience_counts = dict(audience_rows)

    groups = [
        FilterGroup(PARAM_TOPIC, _("Topic"), _options(PARAM_TOPIC, topics, topic_counts, chosen_topics)),
        FilterGroup(
            PARAM_AUDIENCE, _("Written for"), _options(PARAM_AUDIENCE, audiences, audience_counts, chosen_audiences)
        ),
    ]
    groups = [group for group in groups if group.options]

    guides = list(
        narrowed()
        .select_related("topic")
        .prefetch_related(
            Prefetch("audiences", queryset=GuideAudience.objects.only("id", "name", "slug", "sort_order"))
        )
        .defer("body", "related_guides")
        .order_by("topic__sort_order", "topic__name", name_sort_key().asc(), "pk")
    )
    base_url = index_page.get_url(request) or ""
    active = active_filters(request, base_url, groups)
    return {
        "guides": guides,
        "result_count": len(guides),
        "filter_groups": groups,
        "active_filters": active,
        "filters_active": bool(active),
        "clear_filters_url": base_url,
    }

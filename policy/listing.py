"""The guide listing: live guides filtered by topic and audience (GET parameters ``emne`` and ``for``).

It is a faceted listing like the directory's (core.listing): the filters live in the
address, so a filtered list can be bookmarked and shared
(``/guides/?emne=boerneattest&for=foreninger``); several values of one filter widen the
list (OR), the two filters narrow it (AND), and an unknown value is ignored rather than
emptying the list. Next to each option is the number of guides the citizen gets by
ticking it, given the other filter. The listing costs the same number of queries with 5
or 500 guides: the two vocabularies, one aggregate per filter, and the guides with their
topics and audiences.

The guide index page calls it (policy.models imports this module), so it imports no policy
model and looks the guide models up in the app registry.
"""

from django.apps import apps
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from core.listing import Facet, FacetedListing, filter_context, name_sort_key, term_choices, vocabulary
from core.models import TERM_FIELDS
from core.pages import private_q

# Danish parameter names: they end up in addresses citizens share.
PARAM_TOPIC = "emne"
PARAM_AUDIENCE = "for"


def guide_listing(request, index_page):
    """Context of the guide index: its live guides, filtered and counted, with the filter panel."""
    GuidePage, GuideAudience = apps.get_model("policy", "GuidePage"), apps.get_model("policy", "GuideAudience")
    topics, audiences = vocabulary(apps.get_model("policy", "GuideTopic")), vocabulary(GuideAudience)
    listing = FacetedListing(
        request,
        GuidePage.objects.child_of(index_page).live().exclude(private_q()).order_by(),
        [
            Facet.on_field(PARAM_TOPIC, _("Topic"), term_choices(topics), "topic_id"),
            Facet.on_m2m(PARAM_AUDIENCE, _("Written for"), term_choices(audiences), GuidePage, "audiences"),
        ],
    )
    groups = listing.groups()
    guides = list(
        listing.narrowed()
        .select_related("topic")
        .prefetch_related(Prefetch("audiences", queryset=GuideAudience.objects.only(*TERM_FIELDS)))
        .defer("body", "related_guides")
        .order_by("topic__sort_order", "topic__name", name_sort_key().asc(), "pk")
    )
    return {
        "guides": guides,
        "result_count": len(guides),
        **filter_context(request, index_page.get_url(request) or "", groups),
    }

"""The story listing: live stories newest first, filtered by category (``?kategori=``), a page at a time.

A faceted listing like the directory's (core.listing): the filter lives in the address with the
categories' slugs, so a filtered list can be shared (``/gode-historier/?kategori=natur-og-miljoe``);
several categories widen the list (OR), an unknown value is ignored, and a broken or too large
page number gives the first or the last page. It costs the same number of queries with 5 or 500
stories: the categories, one aggregate for the counts, one for the total, the page of stories
with their categories and lead images' renditions.

The story index calls it (stories.models imports this module), so it imports no stories model
and looks them up in the app registry.
"""

from django.apps import apps
from django.db.models import F, Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from core.images import stored_specs
from core.listing import Facet, FacetedListing, listing_context, paginate, term_choices, vocabulary
from core.models import TERM_FIELDS
from core.pages import private_q

PARAM_CATEGORY = "kategori"  # Danish, as in the directory: it ends up in addresses citizens share
PER_PAGE = 10
# The card's picture, as templates/stories/_story_card.html writes it: its renditions are prefetched for the page.
CARD_PICTURE = "fill-{800x450,400x225} format-{avif,webp,jpeg} preserve-svg"


def story_listing(request, index_page):
    """Context of the story index: its live, public stories, newest first, filtered and paginated."""
    StoryPage, Category = apps.get_model("stories", "StoryPage"), apps.get_model("directory", "Category")
    categories = vocabulary(Category)
    listing = FacetedListing(
        request,
        StoryPage.objects.child_of(index_page).live().exclude(private_q()).order_by(),
        [Facet.on_m2m(PARAM_CATEGORY, _("Category"), term_choices(categories), StoryPage, "categories")],
    )
    groups = listing.groups()
    stories = (
        listing.narrowed()
        .prefetch_related(
            Prefetch("categories", queryset=Category.objects.only(*TERM_FIELDS)),
            Prefetch("lead_image", queryset=get_image_model().objects.prefetch_renditions(*stored_specs(CARD_PICTURE))),
        )
        .defer("body")
        .order_by(F("story_date").desc(), F("first_published_at").desc(nulls_last=True), "-pk")
    )
    page_obj = paginate(request, stories, listing.total, per_page=PER_PAGE)
    return listing_context(request, index_page.get_url(request) or "", groups, page_obj, listing.total)

"""``{% catalogue_link %}``: "Hent som PDF" on the directory listing, with the filters on screen."""

from django import template
from django.urls import reverse

from core.listing import PARAM_PAGE, PARAM_SORT, listing_url

register = template.Library()


@register.inclusion_tag("catalogue/_download_link.html", takes_context=True)
def catalogue_link(context):
    """The catalogue's address with the listing's filters (not its page or sort: the catalogue has neither)."""
    params = context["request"].GET.copy()
    for name in (PARAM_PAGE, PARAM_SORT):
        params.pop(name, None)
    return {"url": listing_url(reverse("catalogue:download"), params)}

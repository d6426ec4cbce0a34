"""The portal's search page.

For now it searches every live, public page with Wagtail's configured backend;
the Danish-aware search with facets replaces the query part, not the page.
"""

import logging

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Drop control characters and clip the query so no input can upset the backend."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    if text.count('"') % 2:
        text = text.replace('"', " ")  # an unbalanced quote is a typo, not a phrase
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).exclude(depth__lte=1).specific()
        results = pages.search(query)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            results_page = paginator.get_page(request.GET.get("page"))
            results_page.object_list = list(results_page.object_list)
        except DatabaseError:
            # The citizen sees "no results" rather than an error; we see the log.
            logger.exception("Search failed for query %r", query)
            results_page = Paginator([], RESULTS_PER_PAGE).get_page(1)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results_page": results_page,
            "page_title": _("Search"),
        },
    )

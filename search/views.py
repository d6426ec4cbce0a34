"""The portal's search page.

For now it searches every live, public page with Wagtail's configured backend;
the Danish-aware search with facets replaces the query part, not the page.
"""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Drop control characters and clip the query so no input can upset the backend."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
        )
        results = pages.search(query)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        results_page = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results_page": results_page,
            "page_title": _("Search"),
        },
    )

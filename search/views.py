"""The portal's search page: one search over associations, activities, tasks, guides, policy and pages.

``run_search`` (search/service.py) does the searching, filtering and counting; this view reads
the address, turns a bad page number into a clear message (400) instead of an error, and gives
the template what it shows: results, facets as checkboxes, the chosen filters as chips, and on
zero results a spelling suggestion, the categories to browse and the contact point.

Every filter is a GET parameter (``type``, ``category``, ``target_group``, ``locality``,
``free``, ``no_danish``, ``accessible``), so a filtered search can be bookmarked, shared and
used without JavaScript.
"""

import re
from dataclasses import dataclass
from types import SimpleNamespace
from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from core import cachegen, pagecache
from core.listing import PARAM_PAGE, FilterGroup, FilterOption, active_filters
from core.pages import active_locale
from core.ratelimit import over_search_limit, too_many_requests
from core.structured_data import CONTEXT_NAME, absolute_url, node, site_url, thing, website_id
from core.text import printable

from . import service
from .analytics import record_search
from .browse import browse_links
from .service import FLAGS, MAX_QUERY_LENGTH, clean_query, run_search

# A bigger number is not a citizen paging: it is refused (400) before anything is searched. The total and
# the number of pages are exact, so a query with more than 10,000 results says so; pages past 1,000 aren't served.
MAX_PAGE = 1000
PAGE_NUMBER = re.compile(r"[0-9]{1,9}")


def _page_number(raw):
    """The page asked for: 1 when missing; None when it is not a whole number from 1 to MAX_PAGE."""
    if raw is None or raw == "":
        return 1
    if not PAGE_NUMBER.fullmatch(raw):
        return None
    number = int(raw)
    return number if 1 <= number <= MAX_PAGE else None


def _was_clipped(raw):
    """Whether the service had to shorten the query (as search.service.clean_query does)."""
    return len(printable(raw)) > MAX_QUERY_LENGTH


def _filter_groups(facets):
    """The service's facets as the directory's filter groups, so the search reuses its chips and styles."""
    groups = []
    for facet in facets:
        if facet.param == "flags":
            options = [FilterOption(o.value, "1", o.label, o.count, o.selected) for o in facet.options]
        else:
            options = [FilterOption(facet.param, o.value, o.label, o.count, o.selected) for o in facet.options]
        groups.append(FilterGroup(facet.param, facet.label, options))
    return groups


def _unknown_filters(unknown):
    """'Category “foo”, Free “maybe”' for the values of the address's filters that mean nothing here."""
    labels = {
        "type": _("Type"),
        "category": _("Category"),
        "target_group": _("Target group"),
        "locality": _("Locality"),
        **{param: str(label) for param, _attribute, label in FLAGS},
    }
    return [
        {"label": labels.get(param, param), "value": value} for param, values in unknown.items() for value in values
    ]


def _browse_categories(locale, site=None):
    """Links to browse for when a search gives nothing: what the apps offer (the directory, its categories)."""
    return browse_links(locale, site)


def _structured_data(request, search_url, query):
    """The search page for search engines: a SearchResultsPage of the portal (core/structured_data.py)."""
    url = f"{search_url}?{urlencode({'q': query})}" if query else search_url
    return [
        thing(
            "SearchResultsPage",
            name=_("Search: %(query)s") % {"query": query} if query else _("Search"),
            url=absolute_url(request, url),
            inLanguage=translation.get_language(),
            isPartOf=node("WebSite", **{"@id": website_id(site_url(request))}, url=site_url(request)),
        )
    ]


def search(request):
    # Searches with a query count against RATELIMIT_SEARCH_PER_IP like the API's (the empty page is free):
    # over it, the translated 429 page in the site's frame.
    if request.GET.get("q") and over_search_limit(request, "search-page"):
        return too_many_requests(request)
    raw_query = str(request.GET.get("q", ""))
    page = _page_number(request.GET.get(PARAM_PAGE))
    locale = active_locale()
    search_url = reverse("search")
    context = {"page_title": _("Search"), "search_url": search_url, "max_query_length": MAX_QUERY_LENGTH}

    if page is None:
        context.update(
            search_query=clean_query(raw_query),
            page_error=_("The page number must be a whole number from 1 to %(max)s.") % {"max": MAX_PAGE},
            categories=_browse_categories(locale, Site.find_for_request(request)),
        )
        context[CONTEXT_NAME] = _structured_data(request, search_url, context["search_query"])
        return TemplateResponse(request, "search/search.html", context, status=400)

    site = Site.find_for_request(request)
    # The same search again is answered from what it showed before (search.service.shown): its results' HTML,
    # not searched and rendered afresh. Not for staff, whose results carry their own shortlist buttons.
    if raw_query and not request.user.is_authenticated:
        key = ("page", request.get_full_path(), translation.get_language(), site.pk if site else None)
        key += (cachegen.for_request(request),)
        answer = service.shown(key, lambda: _answer(request, raw_query, locale, page, site, search_url))
        if page == 1 and answer.query:
            # Paging through results is one search; counted once for the staff's reports, kept or not.
            record_search(answer.query, answer.count)
    else:
        answer = _answer(request, raw_query, locale, page, site, search_url, record=page == 1)[0]
    # The same search again may come from the page cache (never from a CDN's: no purge can name every query),
    # and still counts against the visitor's limit and for the staff's reports.
    pagecache.allow(request, shared=False)
    if answer.query:
        pagecache.on_hit(request, search_from_cache, answer.query, answer.count if page == 1 else None)
    context.update(
        search_query=answer.query,
        outcome=answer.outcome,
        results=answer.outcome.results,
        clipped=_was_clipped(raw_query),
        unknown_filters=answer.unknown_filters,
        results_html=answer.html,
    )
    if not answer.query:
        context["categories"] = _browse_categories(locale, site)
    context[CONTEXT_NAME] = _structured_data(request, search_url, answer.query)
    # A page past the end is the normal page with a message and a link to the last page, 200 like the API.
    return TemplateResponse(request, "search/search.html", context)


@dataclass
class _Answer:
    """What the page shows of one search: kept whole (search.service.shown) for the same address."""

    query: str
    count: int
    outcome: object
    unknown_filters: list
    html: str


def _answer(request, raw_query, locale, page, site, search_url, record=False):
    """The search made and its results rendered: (the answer, its size in kB to keep it, None if not to)."""
    outcome = run_search(raw_query, locale, request.GET, page, record=record, site=site)
    html = ""
    if outcome.query:
        clear_url = f"{search_url}?{urlencode({'q': outcome.query})}" if outcome.query else search_url
        groups = _filter_groups(outcome.facets)
        past_end = bool(outcome.pages) and page > outcome.pages
        context = {
            "search_url": search_url,
            "search_query": outcome.query,
            "outcome": outcome,
            "results": outcome.results,
            "corrections": outcome.plan.corrections if outcome.plan else {},
            "unknown_words": outcome.plan.unknown if outcome.plan else [],
            "filter_groups": groups,
            "active_filters": active_filters(request, search_url, groups),
            "filters_active": outcome.filters.active,
            "clear_filters_url": clear_url,
            "past_end": past_end,
            "page_number": page,
            "last_page_url": f"{search_url}?{_with_page(request, outcome.pages)}" if past_end else "",
            "page_obj": None if past_end else _Pages(outcome),
        }
        if not outcome.count:
            context["categories"] = _browse_categories(locale, site)
        html = render_to_string("search/_results.html", context, request)
    answer = _Answer(outcome.query, outcome.count, outcome, _unknown_filters(outcome.filters.unknown), html)
    # Elasticsearch failed and the database answered: ask again next time rather than keep the stand-in's answer.
    # Its size in the memo's rows (~1 kB): the HTML, and the documents of the results it keeps with it.
    return answer, (None if outcome.fell_back else len(html) // 1000 + len(outcome.results) + 1)


def search_from_cache(request, query, hits):
    """What a search answered from the page cache still does (core/pagecache.py): count against the visitor's
    limit (over it, the 429 page) and, for its first page, count for the staff's reports."""
    if over_search_limit(request, "search-page"):
        return too_many_requests(request)
    if hits is not None:
        record_search(query, hits)
    return None


class _Pages:
    """The search's page numbers in the shape includes/pagination.html expects of a Django page."""

    def __init__(self, outcome):
        self.number = outcome.page
        self.paginator = SimpleNamespace(num_pages=outcome.pages)
        self.has_previous = outcome.has_previous
        self.has_next = outcome.has_next
        self.has_other_pages = outcome.pages > 1
        self.previous_page_number = outcome.page - 1
        self.next_page_number = outcome.page + 1


def _with_page(request, number):
    params = request.GET.copy()
    params[PARAM_PAGE] = str(number)
    return params.urlencode()

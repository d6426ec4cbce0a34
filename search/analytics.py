"""What staff learn from the search, and what they put in front of it.

``record_search`` counts every search for the "most frequent searches" report
(Wagtail's ``Query``/``QueryDailyHits``) and, per day, the searches that found
nothing (``ZeroResultQuery``). The counts wait in the process's memory and go to the
database together, at most once every ``SEARCH_COUNT_FLUSH_SECONDS`` (after a response
has gone out, and when the process exits): a search page never waits for a write.
``promotions_for`` gives the results staff promoted for a query (Wagtail's search
promotions). Neither may break a search: a failing
database is logged and the citizen gets their results.
"""

import atexit
import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.signals import request_finished
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from core import cachegen
from core.sites import site_id_of
from core.text import printable

from .models import ZeroResultQuery

logger = logging.getLogger(__name__)

MAX_LENGTH = 255


def normalise(query):
    """The form a query is counted and promoted under: printable, lower case, single spaces, at most 255 characters.

    Control characters (PostgreSQL rejects NUL) become spaces, like in the search itself."""
    return printable(query).lower()[:MAX_LENGTH].strip()


def record_search(query, hits):
    """Count one search for ``query`` that found ``hits`` results, for today (written by ``flush``)."""
    text = normalise(query)
    if not text:
        return
    with _lock:
        _pending[(timezone.localdate(), text, not hits)] += 1
    if settings.SEARCH_COUNT_FLUSH_SECONDS <= 0:
        flush()


# The searches counted and not yet written: {(day, query, found nothing): searches}. A thousand searches for
# "fodbold" between two flushes are one UPDATE of +1000.
_pending = Counter()
_lock = threading.Lock()
_last_flush = time.monotonic()


def flush():
    """Write the counted searches to the database (each day, query and kind in one statement)."""
    global _last_flush
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    for (day, text, found_nothing), searches in batch.items():
        for count in [_count_query] + ([_count_zero_result] if found_nothing else []):
            try:
                with transaction.atomic():  # a savepoint: a request's own transaction stays usable
                    count(text, day, searches)
            except DatabaseError:
                # Not the query itself: what citizens type can be personal, and logs travel further than the reports.
                logger.exception("Could not record a search for the reports (%s: %d)", count.__name__, searches)


def _flush_when_due(**kwargs):
    """After a response has gone out: write the counts if the last write is SEARCH_COUNT_FLUSH_SECONDS old."""
    if _pending and time.monotonic() - _last_flush >= settings.SEARCH_COUNT_FLUSH_SECONDS:
        flush()


request_finished.connect(_flush_when_due, dispatch_uid="search-analytics-flush")
atexit.register(flush)  # a worker that stops (gunicorn's graceful restart) writes what it counted


def _count_query(text, day, searches):
    _add_hits(QueryDailyHits, {"query": Query.get(text), "date": day}, searches)


def _count_zero_result(text, day, searches):
    _add_hits(ZeroResultQuery, {"query_string": text, "date": day}, searches)


def _add_hits(model, key, searches):
    """Add ``searches`` to the day's row of ``model`` (a counter per query and day), making the row if needed."""
    rows = model.objects.filter(**key)
    if rows.update(hits=F("hits") + searches):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, hits=searches)
    except IntegrityError:  # another process created the day's row in between
        rows.update(hits=F("hits") + searches)


@dataclass
class Promotion:
    """A result staff promoted for a query: a live page or an external link."""

    title: str
    url: str
    description: str = ""
    external: bool = False


def promotions_for(query, locale, site=None):
    """The promoted results for ``query``, in the staff's order.

    Promoted pages show in ``locale`` (their translation there), and only when that
    page is live, not private and (given ``site``) in that site's tree; external links always show.
    Looking never creates a ``Query`` row, and costs at most two database queries (none in a request, for a
    query without promotions)."""
    text = normalise(query)
    if not text:
        return []
    try:
        return _promotions(text, locale, site)
    except DatabaseError:
        logger.exception("Could not look up the search promotions for %r", text)
        return []


def _promoted_queries():
    """The query texts staff promoted results for: a few dozen, kept under the pages generation (a promotion's
    save or delete bumps it: search/signals.py), so the many searches without one cost no query for it."""
    return frozenset(SearchPromotion.objects.order_by().values_list("query__query_string", flat=True).distinct())


def _promotions(text, locale, site=None):
    if text not in cachegen.cached("search:promoted-queries", _promoted_queries):
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=text).select_related("page").order_by("sort_order", "pk")
    )
    keys = {pick.page.translation_key for pick in picks if pick.page_id}
    shown = {}
    if keys:
        # A page is private if it lies under (or is) a page with a view restriction.
        restricted = PageViewRestriction.objects.annotate(
            inner=ExpressionWrapper(OuterRef("path"), output_field=CharField())
        ).filter(inner__startswith=F("page__path"))
        pages = Page.objects.filter(live=True).exclude(Exists(restricted))
        if locale is None:
            pages = pages.filter(pk__in={pick.page_id for pick in picks if pick.page_id})
        else:
            pages = pages.filter(translation_key__in=keys, locale_id=locale.pk)
        shown = {page.translation_key: page for page in pages if site is None or site_id_of(page) == site.pk}
    promotions = []
    for pick in picks:
        if pick.page_id:
            page = shown.get(pick.page.translation_key)
            url = page.get_url() if page is not None else None
            if url:
                promotions.append(Promotion(title=page.title, url=url, description=pick.description))
        elif pick.external_link_url:
            promotions.append(
                Promotion(
                    title=pick.external_link_text or pick.external_link_url,
                    url=pick.external_link_url,
                    description=pick.description,
                    external=True,
                )
            )
    return promotions

"""How long the search keeps what citizens typed (see core/retention.py).

What people type into a search box can be personal ("sorggruppe efter min søns selvmord", a
name, a phone number), so the reports' raw material is kept only for the period staff choose,
``RETENTION_SEARCH_LOG_DAYS`` (default 365, so the reports' "last 365 days" stays complete):

- the daily counts behind "Most frequent searches" (Wagtail's ``QueryDailyHits``), and then every
  ``Query`` that no longer has a count. A query staff made a promoted result for keeps its
  ``Query`` row: its text is the staff's own key for the promotion, not a log entry;
- the days of "Searches that found nothing" (``ZeroResultQuery``).

A search on 1 March 2026 leaves both reports with the nightly run after 1 March 2027.
"""

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from core.retention import RetentionRule

from .models import ZeroResultQuery


def _day(cutoff):
    return timezone.localdate(cutoff)


def expired_search_counts(cutoff):
    return QueryDailyHits.objects.filter(date__lt=_day(cutoff))


def erase_search_counts(daily_hits):
    """Delete the old daily counts, then the query texts nothing counts or promotes any more."""
    count = daily_hits.delete()[0]
    counted = QueryDailyHits.objects.filter(query=OuterRef("pk"))
    promoted = SearchPromotion.objects.filter(query=OuterRef("pk"))
    Query.objects.exclude(Exists(counted)).exclude(Exists(promoted)).delete()
    return count


def expired_zero_result_searches(cutoff):
    return ZeroResultQuery.objects.filter(date__lt=_day(cutoff))


@hooks.register("register_retention_rules")
def search_retention_rules():
    return [
        RetentionRule(
            name="search-counts",
            description=_("What was searched for, counted per day for the report of the most frequent searches"),
            setting="RETENTION_SEARCH_LOG_DAYS",
            expired=expired_search_counts,
            erase=erase_search_counts,
            default_days=365,
        ),
        RetentionRule(
            name="search-zero-results",
            description=_("Searches that found nothing, counted per day for the staff's report"),
            setting="RETENTION_SEARCH_LOG_DAYS",
            expired=expired_zero_result_searches,
            default_days=365,
        ),
    ]

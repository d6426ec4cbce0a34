"""Two reports for Kommunikation: what citizens search for most, and what found nothing.

Both sum the daily counts (search/analytics.py) over a period: the last 7, 30
(the default) or 365 days, or the dates chosen. Both download as CSV or Excel.
Queries are what citizens typed (lower-cased, single-spaced), so only holders of
``search.view_search_reports`` may read them.
"""

import datetime

from django.db import models
from django.http import QueryDict
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, DateFromToRangeFilter
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import QueryDailyHits

from ..models import ZeroResultQuery
from . import may_see_reports

DEFAULT_PERIOD = "30"
PERIODS = [("7", _("Last 7 days")), ("30", _("Last 30 days")), ("365", _("Last 365 days"))]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A citizen's query must not become a formula when staff open the CSV file in a spreadsheet."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class PeriodFilterSet(WagtailFilterSet):
    period = ChoiceFilter(label=_("Period"), choices=PERIODS, empty_label=None, method="by_period")
    dates = DateFromToRangeFilter(
        label=_("From–to"),
        widget=DateRangePickerWidget,
        method="by_period",
        help_text=_("Dates chosen here replace the period."),
    )

    class Meta:
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if not data.get("period"):
            data["period"] = DEFAULT_PERIOD
        super().__init__(data, *args, **kwargs)
        self.form.fields["period"].initial = DEFAULT_PERIOD  # the default is not an "active filter"

    def by_period(self, queryset, name, value):
        return queryset  # both fields together decide the period: see ``filter_queryset``

    def period_bounds(self):
        """The first and last day counted; a bad value counts as not given."""
        self.is_valid()
        data = getattr(self.form, "cleaned_data", {})
        today = timezone.localdate()
        dates = data.get("dates")
        if dates and (dates.start or dates.stop):
            start = dates.start.date() if dates.start else None
            stop = dates.stop.date() if dates.stop else today
            return start, stop
        days = int(data.get("period") or DEFAULT_PERIOD)
        return today - datetime.timedelta(days=days - 1), today

    def filter_queryset(self, queryset):
        start, stop = self.period_bounds()
        queryset = queryset.filter(date__lte=stop)
        return queryset.filter(date__gte=start) if start else queryset


class SearchReportView(ReportView):
    template_name = "search/admin/report.html"
    results_template_name = "search/admin/report_results.html"
    header_icon = "search"
    filterset_class = PeriodFilterSet
    is_searchable = True
    paginate_by = 50
    intro = ""

    def dispatch(self, request, *args, **kwargs):
        if not may_see_reports(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": self.get_base_queryset()}

    def filter_queryset(self, queryset):
        # Unlike Wagtail's default, the period applies even when the form has errors: then the default.
        return self.filters.filter_queryset(queryset)

    def get_queryset(self):
        rows = self.filter_queryset(self.get_base_queryset())
        rows = self.search_queryset(rows)
        return self.order_queryset(self.summarise(rows))

    def summarise(self, rows):
        raise NotImplementedError

    def order_queryset(self, queryset):
        ordering = self.ordering if isinstance(self.ordering, (list, tuple)) else [self.ordering]
        return queryset.order_by(*ordering, "query_string")

    def get_filename(self):
        start, stop = self.filters.period_bounds()
        return f"{self.export_filename}-{start or 'start'}-{stop}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        start, stop = self.filters.period_bounds()
        context["period_start"], context["period_stop"] = start, stop
        context["period_text"] = (
            _("Counted from %(start)s to %(stop)s.") % {"start": date_format(start), "stop": date_format(stop)}
            if start
            else _("Counted up to and including %(stop)s.") % {"stop": date_format(stop)}
        )
        context["intro"] = self.intro
        return context


class FrequentSearchesView(SearchReportView):
    page_title = _("Most frequent searches")
    intro = _(
        "What people searched for on the search page and through the search API, and how often. "
        "Searches are counted in lower case with single spaces."
    )
    index_url_name = "search_reports:frequent"
    index_results_url_name = "search_reports:frequent_results"
    search_fields = ["query__query_string"]
    default_ordering = "-searches"
    columns = [
        Column("query_string", label=_("Query"), sort_key="query_string"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
    ]
    list_export = ["query_string", "searches"]
    export_headings = {"query_string": _("Query"), "searches": _("Searches")}
    export_filename = "most-frequent-searches"
    custom_field_preprocess = {"query_string": {"csv": spreadsheet_safe}}
    no_results_message = _("Nobody searched in this period.")

    def get_base_queryset(self):
        return QueryDailyHits.objects.all()

    def summarise(self, rows):
        return rows.values(query_string=models.F("query__query_string")).annotate(searches=models.Sum("hits"))


class ZeroResultSearchesView(SearchReportView):
    page_title = _("Searches that found nothing")
    intro = _(
        "Searches that found no results: words to add as synonyms, pages to promote, or content the portal lacks."
    )
    index_url_name = "search_reports:zero_results"
    index_results_url_name = "search_reports:zero_results_results"
    search_fields = ["query_string"]
    default_ordering = "-times"
    columns = [
        Column("query_string", label=_("Query"), sort_key="query_string"),
        NumberColumn("times", label=_("Times"), sort_key="times"),
        Column("last_searched", label=_("Last searched"), sort_key="last_searched"),
    ]
    list_export = ["query_string", "times", "last_searched"]
    export_headings = {"query_string": _("Query"), "times": _("Times"), "last_searched": _("Last searched")}
    export_filename = "searches-that-found-nothing"
    custom_field_preprocess = {"query_string": {"csv": spreadsheet_safe}}
    no_results_message = _("No search came back empty in this period.")

    def get_base_queryset(self):
        return ZeroResultQuery.objects.all()

    def summarise(self, rows):
        return rows.values("query_string").annotate(times=models.Sum("hits"), last_searched=models.Max("date"))


urlpatterns = [
    path("frequent/", FrequentSearchesView.as_view(), name="frequent"),
    path("frequent/results/", FrequentSearchesView.as_view(results_only=True), name="frequent_results"),
    path("found-nothing/", ZeroResultSearchesView.as_view(), name="zero_results"),
    path("found-nothing/results/", ZeroResultSearchesView.as_view(results_only=True), name="zero_results_results"),
]

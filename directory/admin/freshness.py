"""The staff's report on freshness: every association, how recently it confirmed its page, oldest first.

For Kommunikation (``directory.view_freshness_report``, migration 0006; superusers have it too),
never for representatives: they hold no Django permissions of their own, and the reports menu is
emptied for them besides (directory/admin/hooks.py). The report lists the state (bekræftet,
påmindet, ikke bekræftet), the date the page was last confirmed, the date of the last reminder and
how many were sent, can be filtered by state, sorted by each column, and downloaded as CSV or Excel.
"""

from django.db.models import Case, F, Value, When
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from ..access import representative_scope
from ..models import AssociationPage
from ..models.associations import FRESHNESS_REPORT_PERMISSION


def may_see_freshness_report(user):
    """Staff with the permission; a representative never, whatever groups they are in."""
    return user.has_perm(FRESHNESS_REPORT_PERMISSION) and representative_scope(user) is None


class FreshnessFilterSet(WagtailFilterSet):
    state = ChoiceFilter(label=_("State"), choices=AssociationPage.FRESHNESS_STATES, field_name="state")

    class Meta:
        model = AssociationPage
        fields = []


class FreshnessReportView(ReportView):
    page_title = _("Freshness of the associations")
    header_icon = "time"
    index_url_name = "directory_freshness_report"
    index_results_url_name = "directory_freshness_report_results"
    filterset_class = FreshnessFilterSet
    is_searchable = True
    search_fields = ["title"]
    search_backend_name = None  # a plain "title contains", not Wagtail's search index
    default_ordering = "confirmed_on"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=_("Association"),
            sort_key="title",
            url_name="wagtailadmin_pages:edit",
        ),
        Column("freshness_state_label", label=_("State"), sort_key="state"),
        DateColumn("confirmed_on", label=_("Last confirmed"), sort_key="confirmed_on"),
        DateColumn("freshness_reminded_at", label=_("Last reminder"), sort_key="freshness_reminded_at"),
        NumberColumn("freshness_reminders_sent", label=_("Reminders sent"), sort_key="freshness_reminders_sent"),
    ]
    list_export = [
        "title",
        "freshness_state_label",
        "confirmed_on",
        "freshness_reminded_at",
        "freshness_reminders_sent",
    ]
    export_headings = {
        "title": _("Association"),
        "freshness_state_label": _("State"),
        "confirmed_on": _("Last confirmed"),
        "freshness_reminded_at": _("Last reminder"),
        "freshness_reminders_sent": _("Reminders sent"),
    }
    export_filename = "foreningers-aktualitet"
    no_results_message = _("No association matches.")

    def dispatch(self, request, *args, **kwargs):
        if not may_see_freshness_report(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        """Every association with its state and the date its clock runs from (published, if never confirmed)."""
        return (
            AssociationPage.objects.all()
            .defer_streamfields()
            .annotate(
                state=Case(
                    When(unconfirmed=True, then=Value(AssociationPage.UNCONFIRMED)),
                    When(freshness_reminders_sent__gt=0, then=Value(AssociationPage.REMINDED)),
                    default=Value(AssociationPage.CONFIRMED),
                ),
                confirmed_on=Coalesce("last_confirmed_at", "last_published_at"),
            )
        )

    def order_queryset(self, queryset):
        """Oldest confirmation first, a page never confirmed before all; ties by title."""
        ordering = self.ordering
        if isinstance(ordering, str):
            ordering = [ordering]
        order = []
        for key in ordering:
            name = key.lstrip("-")
            expression = F(name).desc(nulls_last=True) if key.startswith("-") else F(name).asc(nulls_first=True)
            order.append(expression)
        return queryset.order_by(*order, "title", "pk")


urlpatterns = [
    path("directory/freshness/", FreshnessReportView.as_view(), name="directory_freshness_report"),
    path(
        "directory/freshness/results/",
        FreshnessReportView.as_view(results_only=True),
        name="directory_freshness_report_results",
    ),
]

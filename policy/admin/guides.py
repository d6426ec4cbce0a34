"""The guide vocabularies in the admin and the report of guides due for review.

The topics and audiences get their own small menu, "Guide vocabularies", next to the
directory's "Vocabularies", so the directory's admin stays untouched. Who may change
them is decided by Django permissions (Kommunikation, migration 0002).

Advice goes stale, so the report lists every guide, live or draft, not reviewed for
more than a year (``REVIEW_INTERVAL``), the most overdue first. It is for the people
who keep the guides up to date: superusers, anyone who may edit a guide listing
(Kommunikation), and the policy owners, whose policy the guides put into practice.
Association representatives never see it.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin import VocabularyViewSet

from ..models import GuideAudience, GuideIndexPage, GuidePage, GuideTopic
from ..models.guides import REVIEW_INTERVAL
from ..signals import POLICY_OWNERS

# Vocabularies -----------------------------------------------------------------------------------------------------


class GuideTopicViewSet(VocabularyViewSet):
    model = GuideTopic
    icon = "tag"


class GuideAudienceViewSet(VocabularyViewSet):
    model = GuideAudience
    icon = "group"


class GuideVocabularyGroup(SnippetViewSetGroup):
    """The word lists behind the guide filters: what a guide is about and whom it is for."""

    items = (GuideTopicViewSet, GuideAudienceViewSet)
    menu_label = _("Guide vocabularies")
    menu_name = "guide-vocabularies"
    menu_icon = "list-ul"
    menu_order = 251  # right after the directory's "Vocabularies"


register_snippet(GuideVocabularyGroup)


# The report -------------------------------------------------------------------------------------------------------

REPORT_URL_NAME = "policy_guides_due_for_review"


def can_see_guide_report(user):
    """Superusers, policy owners, and anyone who may edit a guide listing (and so the guides under it)."""
    if not (getattr(user, "is_authenticated", False) and user.is_active):
        return False
    if user.is_superuser or user.groups.filter(name=POLICY_OWNERS).exists():
        return True
    return any(index.permissions_for_user(user).can_edit() for index in GuideIndexPage.objects.all())


def review_overdue_since(today=None):
    """Guides last reviewed before this date are due for review (the same rule as ``GuidePage.is_review_due``)."""
    return (today or timezone.localdate()) - REVIEW_INTERVAL


def days_overdue(guide, today=None):
    return ((today or timezone.localdate()) - guide.review_due_on).days


class GuidesDueForReviewView(ReportView):
    """Guides not reviewed for more than a year, oldest review first, with a CSV/XLSX export."""

    page_title = _("Guides due for review")
    header_icon = "time"
    index_url_name = REPORT_URL_NAME
    index_results_url_name = f"{REPORT_URL_NAME}_results"
    verbose_name = _("guide")
    verbose_name_plural = _("guides due for review")
    list_export = ["title", "topic", "status_string", "last_reviewed_on", "reviewed_by", "days_overdue"]
    export_headings = {
        "title": _("Guide"),
        "topic": _("Topic"),
        "status_string": _("Status"),
        "last_reviewed_on": _("Last reviewed"),
        "reviewed_by": _("Reviewed by"),
        "days_overdue": _("Days overdue"),
    }

    def dispatch(self, request, *args, **kwargs):
        # A plain 403 rather than Wagtail's redirect to the dashboard: the address is refused as such.
        if not can_see_guide_report(request.user):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def today(self):
        return timezone.localdate()

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Guide"), url_name="wagtailadmin_pages:edit"),
            Column("topic", label=_("Topic")),
            Column("status_string", label=_("Status")),
            Column("last_reviewed_on", label=_("Last reviewed")),
            Column("reviewed_by", label=_("Reviewed by")),
            Column("days_overdue", label=_("Days overdue"), accessor=lambda guide: days_overdue(guide, self.today)),
        ]

    def get_filename(self):
        return f"guides-due-for-review-{self.today:%Y-%m-%d}"

    def to_row_dict(self, item):
        """A spreadsheet row; the days overdue are worked out here, as they are not a field of the page."""
        return {
            field: days_overdue(item, self.today) if field == "days_overdue" else getattr(item, field)
            for field in self.list_export
        }

    def get_queryset(self):
        self.queryset = (
            GuidePage.objects.filter(last_reviewed_on__lt=review_overdue_since(self.today))
            .select_related("topic")
            .defer_streamfields()
            .annotate_approved_schedule()
            .prefetch_workflow_states()
            .order_by("last_reviewed_on", "title", "pk")
        )
        return super().get_queryset()


class GuideReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_guide_report(request.user)


@hooks.register("register_admin_urls")
def guide_report_urls():
    return [
        path("reports/guides-due-for-review/", GuidesDueForReviewView.as_view(), name=REPORT_URL_NAME),
        path(
            "reports/guides-due-for-review/results/",
            GuidesDueForReviewView.as_view(results_only=True),
            name=f"{REPORT_URL_NAME}_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def guide_report_menu_item():
    return GuideReportMenuItem(
        _("Guides due for review"),
        reverse(REPORT_URL_NAME),
        name="guides-due-for-review",
        icon_name="time",
        order=1150,  # after Wagtail's "Aging pages"
    )

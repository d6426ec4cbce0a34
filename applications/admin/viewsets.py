"""The "Applications" area of the admin (Wagtail's ModelViewSet, not a snippet).

Not a snippet, so neither the snippet chooser nor wagtail-localize's snippet API
(/admin/localize/api/snippets/<app>/<model>/) can list applications: they only serve
registered snippets (tests/applications/test_admin.py checks it).
"""

from django.db.models import Count, Q
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry, register_permission_policy

from core.admin import AllowedActionsPermissionPolicy

from ..models import AssociationApplication
from . import views

# Staff read, decide (change) and delete; nobody adds or edits one: it is what the association sent.
register_permission_policy(
    AssociationApplication, AllowedActionsPermissionPolicy(AssociationApplication, {"view", "change", "delete"})
)


class ApplicationsMenuItem(MenuItem):
    """Applications (2)": how many are waiting, counted once per admin page for those who see the item."""

    def is_shown(self, request):
        return policy_registry.get_by_type(AssociationApplication).user_has_any_permission(
            request.user, ["view", "change", "delete"]
        )

    def render_component(self, request):
        component = super().render_component(request)
        waiting = AssociationApplication.objects.aggregate(n=Count("pk", filter=Q(status=AssociationApplication.NEW)))
        if waiting["n"]:
            component.label = f"{self.label} ({waiting['n']})"
        return component


class ApplicationViewSet(ModelViewSet):
    model = AssociationApplication
    name = "association_applications"  # URL namespace; "applications" is the public form's
    url_prefix = "applications"
    icon = "form"
    menu_label = _("Applications")
    menu_name = "applications"
    menu_order = 255
    add_to_admin_menu = True
    index_view_class = views.IndexView
    inspect_view_class = views.InspectView
    edit_view_class = views.EditView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["rejection_reason"]  # never shown: the edit view leads to the application (views.EditView)
    list_display = [
        "name",
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("received")),
        DateColumn("decided_at", label=_("decided")),
    ]
    list_filter = ["status"]
    search_fields = ["name", "contact_name", "email", "cvr"]
    search_backend_name = None  # not in the search index: plain database search
    ordering = ["-created_at"]
    inspect_view_fields = [
        "status",
        "name",
        "cvr",
        "summary",
        "categories",
        "target_groups",
        "locality",
        "website",
        "contact_name",
        "email",
        "phone",
        "created_at",
        "terms_accepted_at",
        "data_consent_at",
        "decided_at",
        "decided_by",
        "rejection_reason",
        "association",
        "contact_erased_at",
    ]

    menu_item_class = ApplicationsMenuItem

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("approve/<int:pk>/", views.ApproveView.as_view(), name="approve"),
            path("reject/<int:pk>/", views.RejectView.as_view(), name="reject"),
        ]

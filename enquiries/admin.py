"""The enquiries in the admin ("Henvendelser"): staff see all, a representative only their associations'.

It is a ModelViewSet, not a snippet, so Wagtail opens none of the doors a snippet has (the snippets
index, its chooser, wagtail-localize's snippet API); the directory's guards close those for the
contact messages. What is left is narrowed here, for every address the viewset has:

- the list and its results (``EnquiryIndexView.get_base_queryset``), the task filter's choices
  (only tasks with enquiries the user may see), and
- every view of one enquiry (edit, inspect, delete, history, usage): ``only_visible`` answers 404
  when the enquiry in the address is not the user's to see, before Wagtail's own view runs.

Who may do what is a permission (migration 0002): Kommunikation view, change and delete;
Foreningsrepræsentanter view and change. Nobody adds one. Changing is limited to the status and an
internal note: what the citizen wrote is shown, never editable.
"""

from functools import wraps

import django_filters
from django import forms
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permissions import register_permission_policy

from core.admin import AllowedActionsPermissionPolicy
from directory.access import pages_within, representative_scope

from .models import Enquiry
from .summary import counts_by_page

register_permission_policy(Enquiry, AllowedActionsPermissionPolicy(Enquiry, {"view", "change", "delete"}))


def visible_enquiries(user):
    """The enquiries this user may see: all for staff, those of their associations for a representative."""
    enquiries = Enquiry.objects.all()
    scope = representative_scope(user)
    if scope is None:
        return enquiries
    return enquiries.for_organisers(Page.objects.filter(pages_within(scope)))


def only_visible(view):
    """Refuse (404) any view of one enquiry the user may not see, whatever view of the viewset it is."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not visible_enquiries(request.user).filter(pk=pk).exists():
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def tasks_with_enquiries(request):
    """The filter's choices: the pages (tasks, associations) the user's visible enquiries are about."""
    if request is None:
        return Page.objects.none()
    return Page.objects.filter(pk__in=visible_enquiries(request.user).values("page_id")).order_by("title")


class EnquiryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Enquiry.STATUS_CHOICES)
    page = django_filters.ModelChoiceFilter(label=_("Task or association"), queryset=tasks_with_enquiries)

    class Meta:
        model = Enquiry
        fields = ["status", "page"]


class CountColumn(Column):
    """ "3 har meldt sig": how many have offered to help with the row's task (of those the user sees)."""

    def get_value(self, instance):
        counts = getattr(instance, "_page_counts", {}).get(instance.page_id)
        if not counts:
            return ""
        total = ngettext("%(counter)s has offered to help", "%(counter)s have offered to help", counts["total"])
        waiting = ngettext("%(counter)s waiting", "%(counter)s waiting", counts["new"])
        return ", ".join([total % {"counter": counts["total"]}, waiting % {"counter": counts["new"]}])


class EnquiryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return visible_enquiries(self.request.user).select_related("page")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = list(context.get("object_list") or [])
        counts = counts_by_page({row.page_id for row in rows if row.page_id})
        for row in rows:
            row._page_counts = counts
        return context


class EnquiryEditView(generic.EditView):
    def save_instance(self):
        previous = Enquiry.objects.filter(pk=self.object.pk).values_list("status", flat=True).first()
        self.form.instance.stamp_status_change(previous, self.request.user)
        return super().save_instance()


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    name = "enquiries"  # at /admin/enquiries/; its URL names are "enquiries_admin:…" ("enquiries:…" is the public form)
    url_namespace = "enquiries_admin"
    icon = "mail"
    menu_label = _("Enquiries")
    menu_order = 255
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = EnquiryIndexView
    index_template_name = "enquiries/admin/index.html"
    edit_view_class = EnquiryEditView
    filterset_class = EnquiryFilterSet
    search_fields = ["name", "page_title", "organiser_title"]
    search_backend_name = None  # plain database search, nothing of a citizen's in a search index
    ordering = ["-created_at"]
    list_display = [
        "name",
        Column("page_title", label=_("Task or association")),
        Column("organiser_title", label=_("Organiser")),
        Column("get_status_display", label=_("Status")),
        DateColumn("created_at", label=_("Received")),
        CountColumn("count", label=_("Offers to help with this")),
    ]
    inspect_view_fields = [
        "page_title",
        "organiser_title",
        "name",
        "email",
        "phone",
        "message",
        "created_at",
        "status",
        "answered_at",
        "answered_by",
        "closed_at",
        "closed_by",
        "reminded_at",
        "escalated_at",
        "recipients",
        "internal_note",
    ]
    edit_handler = ObjectList(
        [
            HelpPanel(template="enquiries/admin/enquiry_panel.html", heading=_("What the citizen wrote")),
            FieldPanel("status", widget=forms.RadioSelect),
            FieldPanel("internal_note"),
        ]
    )

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = only_visible(pattern.callback)
        return patterns

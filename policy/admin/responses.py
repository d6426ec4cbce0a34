"""Policy owners read and moderate consultation responses here.

A response is what a citizen sent, so nobody adds, edits or deletes one in the
admin, not even a superuser: staff only decide whether it is published (approve
or reject, with an internal note). The right to see the screens is the Django
permission policy.view_consultationresponse, which migration policy 0002 gives
to Politikejere; moderating needs policy.change_consultationresponse. The
attachment is served to them from here, never from public media storage.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry, register_permission_policy

from core.admin import AllowedActionsPermissionPolicy

from ..consultation import attachment_response
from ..models import ConsultationResponse

MODERATION_NOTE_MAX_LENGTH = 5000
LIST_FIELDS = ("id", "name", "consultation__title", "submitted_at", "status", "consent_to_publish")


# "change" is the right to moderate; the viewset offers no edit form, so the citizen's name, email
# and text cannot be changed in the admin. Nobody adds or deletes a response.
register_permission_policy(
    ConsultationResponse, AllowedActionsPermissionPolicy(ConsultationResponse, {"view", "change"})
)


def label(field_name):
    return capfirst(ConsultationResponse._meta.get_field(field_name).verbose_name)


def consent_label(response):
    return gettext("Yes") if response.consent_to_publish else gettext("No")


class ResponseIndexView(IndexView):
    def get_base_queryset(self):
        # The listing never loads attachments or the full text.
        return super().get_base_queryset().select_related("consultation").only(*LIST_FIELDS)


class ResponseInspectView(InspectView):
    """The whole response, its attachment for download, and the moderation form."""

    template_name = "policy/admin/response_inspect.html"
    moderate_url_name = None
    attachment_url_name = None

    def get_object(self, queryset=None):
        return get_object_or_404(
            ConsultationResponse.objects.select_related("consultation", "moderated_by").defer("attachment_data"),
            pk=self.pk,
        )

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "–" if value is None or value == "" else value

    def get_text_display_value(self):
        # Escaped first, then paragraphs: the text is shown exactly as typed, never as markup.
        return mark_safe(linebreaks(self.object.text, autoescape=True))  # noqa: S308

    def get_email_display_value(self):
        if not self.object.email:  # wiped once the consultation closed (policy/retention.py)
            return gettext("Deleted after the consultation closed")
        return format_html('<a href="mailto:{0}">{0}</a>', self.object.email)

    def get_name_display_value(self):
        return self.object.display_name

    def get_consent_to_publish_display_value(self):
        return consent_label(self.object)

    def get_attachment_name_display_value(self):
        if not self.object.has_attachment:
            return gettext("No attachment")
        url = reverse(self.attachment_url_name, args=[self.object.pk])
        return format_html(
            '<a href="{}" download>{}</a> ({})',
            url,
            self.object.attachment_name,
            filesizeformat(self.object.attachment_size),
        )

    def get_moderated_by_display_value(self):
        user = self.object.moderated_by
        return (user.get_full_name() or user.get_username()) if user else "–"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["moderate_url"] = reverse(self.moderate_url_name, args=[self.object.pk])
        context["can_moderate"] = self.user_has_permission("change")
        context["note_max_length"] = MODERATION_NOTE_MAX_LENGTH
        return context


class ResponseObjectView(View):
    """A view on one response, open to users the permission policy allows the given action."""

    action = "view"

    def dispatch(self, request, pk):
        policy = policy_registry.get_by_type(ConsultationResponse)
        if not policy.user_has_permission(request.user, self.action):
            raise PermissionDenied
        return super().dispatch(request, pk)


class ModerateView(ResponseObjectView):
    """Approve or reject a response for publication (POST only, so it carries a CSRF token)."""

    action = "change"
    http_method_names = ["post"]
    index_url_name = None
    inspect_url_name = None

    def post(self, request, pk):
        response = get_object_or_404(ConsultationResponse.objects.defer("attachment_data"), pk=pk)
        inspect_url = reverse(self.inspect_url_name, args=[pk])
        decision = request.POST.get("decision")
        statuses = {"approve": ConsultationResponse.APPROVED, "reject": ConsultationResponse.REJECTED}
        if decision not in statuses:
            messages.error(request, gettext("Choose whether to approve or reject the response."))
            return redirect(inspect_url)
        if decision == "approve" and not response.consent_to_publish:
            messages.error(
                request,
                gettext("This response cannot be published: the sender did not consent to publication."),
            )
            return redirect(inspect_url)
        response.status = statuses[decision]
        response.moderation_note = request.POST.get("moderation_note", "").strip()[:MODERATION_NOTE_MAX_LENGTH]
        response.moderated_by = request.user
        response.moderated_at = timezone.now()
        response.save(update_fields=["status", "moderation_note", "moderated_by", "moderated_at"])
        if decision == "approve":
            message = gettext(
                "The response from %(name)s is approved. It is published when the consultation has closed."
            )
        else:
            message = gettext("The response from %(name)s is rejected and will not be published.")
        messages.success(request, message % {"name": response.display_name})
        return redirect(reverse(self.index_url_name))


class StaffAttachmentView(ResponseObjectView):
    """The attachment of any response, for those who may see responses."""

    http_method_names = ["get"]

    def get(self, request, pk):
        response = get_object_or_404(
            ConsultationResponse.objects.only("id", "attachment_name", "attachment_data").exclude(attachment_name=""),
            pk=pk,
        )
        download = attachment_response(response)
        download["Cache-Control"] = "private, no-store"
        return download


class ConsultationResponseViewSet(ModelViewSet):
    """The menu item "Consultation responses": a list with filters, each response in full, and moderation."""

    model = ConsultationResponse
    icon = "comment"
    menu_label = _("Consultation responses")
    menu_name = "consultation-responses"
    menu_order = 270
    add_to_admin_menu = True
    add_to_reference_index = False  # a page's "usage" must not list citizens' names to every editor
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ResponseIndexView
    inspect_view_class = ResponseInspectView
    inspect_view_fields = [
        "consultation",
        "name",
        "email",
        "submitted_at",
        "text",
        "attachment_name",
        "consent_to_publish",
        "status",
        "moderation_note",
        "moderated_by",
        "moderated_at",
        "receipt_sent_at",
    ]
    list_display = [
        "display_name",  # the name, or "Anonymised" once wiped
        Column("consultation", label=label("consultation"), accessor="consultation.title"),
        DateColumn("submitted_at", label=label("submitted_at"), sort_key="submitted_at"),
        Column("status", label=label("status"), accessor="get_status_display", sort_key="status"),
        Column("consent", label=label("consent_to_publish"), accessor=consent_label),
    ]
    list_filter = ["consultation", "status"]
    search_fields = ["name", "text"]
    search_backend_name = None  # not in the search index: plain database search
    ordering = ["-submitted_at"]

    # Only the views staff need: no add, edit, copy, delete, history or usage view.
    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            moderate_url_name=self.get_url_name("moderate"),
            attachment_url_name=self.get_url_name("attachment"),
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path(
                "moderate/<int:pk>/",
                ModerateView.as_view(
                    index_url_name=self.get_url_name("index"), inspect_url_name=self.get_url_name("inspect")
                ),
                name="moderate",
            ),
            path("attachment/<int:pk>/", StaffAttachmentView.as_view(), name="attachment"),
        ]


response_viewset = ConsultationResponseViewSet("consultation_responses")


@hooks.register("register_admin_viewset")
def register_response_viewset():
    return response_viewset

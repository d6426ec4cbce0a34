"""The admin's screens for applications: the list, one application, and the two decisions.

Who may do what is the model's permissions (Kommunikation has them from migration 0002,
superusers have all): "view" to read, "change" to approve or reject, "delete" to delete.
Nobody adds or edits an application in the admin: it is what the association sent. The
representatives of associations have none of these permissions, so they never see one.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views import generic
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import policy_registry

from ..decisions import AlreadyDecided, NoDirectory, approve, reject
from ..forms import RejectionForm
from ..models import AssociationApplication

URL_NAMESPACE = "association_applications"


def url(name, application=None):
    args = [application.pk] if application is not None else []
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


def can_decide(user):
    return policy_registry.get_by_type(AssociationApplication).user_has_permission(user, "change")


class IndexView(generic.IndexView):
    """The list: the name links to the application (there is no edit form), newest first."""

    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None


class InspectView(generic.InspectView):
    """One application with everything the association sent, and the buttons to decide on it."""

    template_name = "applications/admin/inspect.html"
    page_title = gettext_lazy("Application")
    # Shown once there is something to show: a new application has no decision yet.
    DECISION_FIELDS = ("decided_at", "decided_by", "rejection_reason", "association", "contact_erased_at")

    def get_edit_url(self):
        return None

    def get_fields_context(self):
        return [
            self.get_context_for_field(name)
            for name in self.fields
            if name not in self.DECISION_FIELDS or getattr(self.object, name) not in (None, "")
        ]

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "-" if value in (None, "") else value

    def get_association_display_value(self):
        association = self.object.association
        if association is None:
            return "-"
        return format_html(
            '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[association.pk]), association.title
        )

    def get_website_display_value(self):
        if not self.object.website:
            return "-"
        return format_html('<a href="{0}" rel="noopener noreferrer">{0}</a>', self.object.website)

    @property
    def decidable(self):
        return self.object.is_open and can_decide(self.request.user)

    @property
    def header_buttons(self):
        if not self.decidable:
            return []
        return [
            HeaderButton(_("Approve"), url=url("approve", self.object), icon_name="check", priority=10),
            HeaderButton(_("Reject"), url=url("reject", self.object), icon_name="cross", priority=20),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["decidable"] = self.decidable
        context["approve_url"] = url("approve", self.object)
        context["reject_url"] = url("reject", self.object)
        return context


class EditView(generic.EditView):
    """Nobody edits what an association sent: the address of an edit form leads to the application."""

    def dispatch(self, request, *args, **kwargs):
        return redirect(url("inspect", get_object_or_404(AssociationApplication, pk=kwargs["pk"])))


class DecisionMixin(WagtailAdminTemplateMixin):
    """Open only to users who may change applications, and only while the application is new."""

    header_icon = "form"

    def dispatch(self, request, pk):
        if not can_decide(request.user):
            raise PermissionDenied
        self.application = get_object_or_404(AssociationApplication, pk=pk)
        if not self.application.is_open:
            messages.error(request, self.already_decided_message())
            return redirect(url("inspect", self.application))
        return super().dispatch(request, pk)

    def already_decided_message(self):
        return _("%(name)s has already been decided on: %(status)s.") % {
            "name": self.application.name,
            "status": self.application.get_status_display().lower(),
        }

    def get_page_subtitle(self):
        return self.application.name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": url("index"), "label": _("Applications")},
            {"url": url("inspect", self.application), "label": self.application.name},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"application": self.application, "inspect_url": url("inspect", self.application)})
        return context


class ApproveView(DecisionMixin, TemplateView):
    """GET asks for confirmation; POST makes the draft page, gives access and marks the application approved."""

    template_name = "applications/admin/approve.html"
    page_title = gettext_lazy("Approve the application")

    def post(self, request, *args, **kwargs):
        try:
            approval = approve(self.application, request.user)
        except AlreadyDecided:
            messages.error(request, self.already_decided_message())
            return redirect(url("inspect", self.application))
        except NoDirectory:
            messages.error(
                request,
                _("There is no association directory on the site to put the page under. Create it first."),
            )
            return redirect(url("inspect", self.application))
        invited = ", ".join(user.email for user in approval.access.invited)
        if invited:
            detail = _("%(email)s has been invited by email to edit it.") % {"email": invited}
        else:
            detail = _("%(email)s already had a login and can now edit it.") % {"email": self.application.email}
        messages.success(
            request,
            _("%(name)s is approved. Its page is a draft: look it over and publish it when it is ready.")
            % {"name": approval.association.title}
            + " "
            + detail,
        )
        return redirect("wagtailadmin_pages:edit", approval.association.pk)


class RejectView(DecisionMixin, FormView):
    """A form with the reason, which is emailed to the applicant."""

    template_name = "applications/admin/reject.html"
    page_title = gettext_lazy("Reject the application")
    form_class = RejectionForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "action_url": self.request.path,
                "submit_button_label": _("Reject and email the reason"),
                "submit_button_active_label": _("Rejecting…"),
            }
        )
        return context

    def form_valid(self, form):
        try:
            application = reject(self.application, self.request.user, form.cleaned_data["reason"])
        except AlreadyDecided:
            messages.error(self.request, self.already_decided_message())
            return redirect(url("inspect", self.application))
        messages.success(
            self.request,
            _("%(name)s is rejected. The reason has been emailed to the applicant.") % {"name": application.name},
        )
        return redirect(url("index"))

    def form_invalid(self, form):
        messages.error(self.request, _("Write the reason the applicant will get."))
        return super().form_invalid(form)

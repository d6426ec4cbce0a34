"""Giving (and taking back) an association's access, for staff who can publish its page."""

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.utils import get_breadcrumbs_items_for_page

from ..access import association_representatives, grant_association_access, revoke_association_access
from ..models import AssociationPage
from .forms import AssociationAccessForm


def can_give_access(user, page):
    """Only people who may publish the association's page (staff) hand out access to it; never representatives."""
    return page.permissions_for_user(user).can_publish()


def _people(users):
    return format_html_join(", ", "{}", ((user.email or user.get_username(),) for user in users))


class AssociationAccessView(WagtailAdminTemplateMixin, FormView):
    form_class = AssociationAccessForm
    template_name = "directory/admin/association_access.html"
    page_subtitle = gettext_lazy("Give the association access")
    header_icon = "group"

    def dispatch(self, request, page_id):
        self.association = get_object_or_404(AssociationPage, pk=page_id)
        if not can_give_access(request.user, self.association):
            return permission_denied(request)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return get_latest_str(self.association)

    def get_breadcrumbs_items(self):
        return get_breadcrumbs_items_for_page(self.association, self.request.user) + [
            {"url": "", "label": self.page_subtitle}
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "association": self.association,
                "representatives": association_representatives(self.association),
                "action_url": self.request.path,
                "remove_url": reverse("directory_association_access_remove", args=[self.association.pk]),
                "submit_button_label": _("Give access"),
                "submit_button_active_label": _("Giving access…"),
            }
        )
        return context

    def form_valid(self, form):
        result = grant_association_access(
            self.association, form.cleaned_data["emails"], invited_by=self.request.user, request=self.request
        )
        details = []
        if result.invited:
            details.append((_("Invited by email"), _people(result.invited)))
        if result.added:
            details.append((_("Added (they already had a user)"), _people(result.added)))
        if result.already:
            details.append((_("Already had access"), _people(result.already)))
        summary = _("%(association)s: access given.") % {"association": get_latest_str(self.association)}
        messages.success(
            self.request,
            format_html("{} {}", summary, format_html_join(" ", "{}: {}.", details)),
        )
        return redirect("wagtailadmin_explore", self.association.pk)

    def form_invalid(self, form):
        messages.error(self.request, _("The access could not be given. Correct the addresses below."))
        return super().form_invalid(form)


@require_POST
def remove_access(request, page_id):
    """Take one person's access to the association away; they keep their user."""
    association = get_object_or_404(AssociationPage, pk=page_id)
    if not can_give_access(request.user, association):
        return permission_denied(request)
    user_id = request.POST.get("user", "")
    user = get_user_model().objects.filter(pk=user_id).first() if user_id.isdigit() else None
    if user is not None and revoke_association_access(association, user):
        messages.success(
            request,
            _("%(person)s no longer has access to %(association)s.")
            % {"person": user.email or user.get_username(), "association": get_latest_str(association)},
        )
    else:
        messages.error(request, _("That person did not have access to the association."))
    return redirect("directory_association_access", association.pk)

"""The representative's corner, "Jeres forening": what an association's representative sees after logging in.

Representatives are volunteers on a phone, not web editors, so Wagtail's dashboard (site summary,
"Your pages in a workflow", "Pages awaiting moderation", recent edits) is replaced for them by one
panel per association they represent (``directory.access.representative_scope``):

- its title, with "Rediger siden" and "Se siden";
- when it was last confirmed as current, and the button "Bekræft at siden er opdateret", which
  posts to ``directory_association_confirm`` (also offered in the page editor's header);
- its volunteer tasks, open and closed, each with an edit link, and "Tilføj opgave";
- what is waiting for approval (a workflow in progress) and drafts not yet submitted.

Staff (Kommunikation, superusers, policy owners) keep Wagtail's own dashboard.

Other apps add panels to the corner through the ``representative_corner_panels`` hook: each
registered function is called as ``fn(request, associations)`` and returns a list of Wagtail admin
components (``wagtail.admin.ui.components.Component``) with an ``order`` above 0; they follow the
association panel, sorted by order. For example the enquiries app::

    @hooks.register("representative_corner_panels")
    def waiting_enquiries(request, associations):
        return [WaitingEnquiriesPanel(associations)]  # a Component with order = 100

The dashboard costs a fixed number of queries however many tasks or pages an association has:
the tasks, the pages inside the associations and their workflow states are each read once.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied as forbidden
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.utils import get_breadcrumbs_items_for_page
from wagtail.models import Page, WorkflowState

from ..access import pages_within, representative_scope
from ..freshness import confirm_current
from ..models import AssociationPage, VolunteerTaskPage

HOOK = "representative_corner_panels"


@dataclass
class CornerEntry:
    """One association as its corner shows it."""

    association: AssociationPage
    live_url: str | None
    confirm_url: str
    add_task_url: str
    open_tasks: list = field(default_factory=list)
    closed_tasks: list = field(default_factory=list)
    waiting: list = field(default_factory=list)  # (page, task name): submitted, waiting for approval
    drafts: list = field(default_factory=list)  # pages with changes not yet submitted


def can_confirm(user, association):
    """Whoever may edit the association's page may say it is current: its representatives and staff."""
    return association.permissions_for_user(user).can_edit()


def _inside(page, association):
    return page.path.startswith(association.path)


def corner_entries(request, associations):
    """Everything the corner shows for these associations, in four queries whatever their size."""
    if not associations:
        return []
    within = pages_within(associations)
    today = timezone.localdate()
    tasks = list(
        VolunteerTaskPage.objects.filter(within)
        .only(
            "id", "path", "depth", "title", "draft_title", "live", "status", "deadline", "end_date", "latest_revision"
        )
        .order_by("path")
    )
    pages = list(
        Page.objects.filter(within)
        .only("id", "path", "title", "draft_title", "live", "has_unpublished_changes", "content_type")
        .order_by("path")
    )
    page_type = ContentType.objects.get_for_model(Page)
    in_progress = {
        int(state.object_id): state
        for state in WorkflowState.objects.active()
        .filter(base_content_type=page_type, object_id__in=[str(page.pk) for page in pages])
        .select_related("current_task_state__task")
    }
    entries = []
    for association in associations:
        entry = CornerEntry(
            association=association,
            live_url=association.get_url(request) if association.live else None,
            confirm_url=reverse("directory_association_confirm", args=[association.pk]),
            add_task_url=reverse("wagtailadmin_pages:add", args=["directory", "volunteertaskpage", association.pk]),
        )
        for task in tasks:
            if _inside(task, association):
                is_open = task.live and task.is_open_on(today)
                (entry.open_tasks if is_open else entry.closed_tasks).append(task)
        for page in pages:
            if not _inside(page, association):
                continue
            state = in_progress.get(page.pk)
            if state is not None:
                task_state = state.current_task_state
                entry.waiting.append((page, task_state.task.name if task_state else ""))
            elif page.has_unpublished_changes:
                entry.drafts.append(page)
        entries.append(entry)
    return entries


class RepresentativeCorner(Component):
    """The association panel of the corner; the dashboard template shows only the corner when it is first."""

    template_name = "directory/admin/corner.html"
    order = -1000  # before every panel other apps add
    replaces_dashboard = True  # read by templates/wagtailadmin/home.html

    class Media:
        css = {"all": ["directory/admin/corner.css"]}

    def __init__(self, request, associations):
        self.request = request
        self.associations = associations

    def get_context_data(self, parent_context=None):
        return {
            "entries": corner_entries(self.request, self.associations),
            "next_url": reverse("wagtailadmin_home"),
            "request": self.request,
            # A component renders its template with this context only, not the page's: the
            # confirmation form needs the token ({% csrf_token %}) from here.
            "csrf_token": get_token(self.request),
        }


def corner_panels(request, associations):
    """The corner's own panel followed by those other apps register, sorted by their order."""
    extra = []
    for fn in hooks.get_hooks(HOOK):
        extra.extend(fn(request, associations) or [])
    return [RepresentativeCorner(request, associations), *sorted(extra, key=lambda panel: panel.order)]


def representative_dashboard(request, panels):
    """``construct_homepage_panels``: a representative's dashboard is their corner; staff keep Wagtail's."""
    associations = representative_scope(request.user)
    if associations is None:
        return
    panels[:] = corner_panels(request, associations)


# Confirming that the page is current --------------------------------------------------------------------------


def _back(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")


class ConfirmAssociationView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks (the page editor's header button links here); POST confirms and goes back with a message.

    Only those who may edit the page may confirm it; anyone else gets 403, also for an
    association they can see on the public site.
    """

    template_name = "directory/admin/corner_confirm.html"
    http_method_names = ["get", "post"]
    header_icon = "check"
    page_title = gettext_lazy("Confirm that the page is up to date")

    def dispatch(self, request, page_id):
        self.association = get_object_or_404(AssociationPage, pk=page_id)
        if not can_confirm(request.user, self.association):
            # A plain 403, not Wagtail's redirect to the dashboard: nothing happened and nothing will.
            return forbidden(request, PermissionDenied())
        return super().dispatch(request, page_id)

    def post(self, request, page_id):
        confirm_current(self.association)
        messages.success(
            request,
            _("Thank you. %(association)s is confirmed as up to date today.")
            % {"association": self.association.get_admin_display_title()},
        )
        return redirect(_back(request))

    def get_page_subtitle(self):
        return self.association.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return get_breadcrumbs_items_for_page(self.association, self.request.user) + [
            {"url": "", "label": self.page_title}
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {"association": self.association, "action_url": self.request.path, "next_url": _back(self.request)}
        )
        return context

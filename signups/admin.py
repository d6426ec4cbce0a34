"""The organiser's participant lists in the admin ("Tilmeldinger"): own events only.

Who may see an event's sign-ups is who may edit the event page, by Wagtail's own page permissions:
an association's representatives for the events under their association, Kommunikation and
administrators for all. Everybody else gets 404 for an event's list, its download and its cancel
button, whatever the address says.

- ``/admin/signups/``: the events with sign-up the user may edit, with seats taken and waiting;
- ``/admin/signups/<event id>/``: the participants, the waiting list in order and those who cancelled;
- ``/admin/signups/<event id>/csv/``: the list as CSV (UTF-8 with a BOM, so Excel reads æ, ø and å);
- ``/admin/signups/<event id>/cancel/<sign-up id>/``: cancel someone (after a confirmation), which gives
  the seat to the first on the waiting list, who gets an email.
"""

import csv

from django.apps import apps
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import GroupPagePermission, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from directory.page_forms import danish_slug

from . import emails
from .models import Signup, SignupFields
from .seats import availability, cancel

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def event_models():
    """The page types that carry the sign-up fields (the events app's EventPage)."""
    return [model for model in apps.get_models() if issubclass(model, SignupFields) and issubclass(model, Page)]


def editable_pages(user):
    """The pages this user may edit, by Wagtail's page permissions."""
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])


def may_see_any(user):
    """Whether the menu shows "Sign-ups": superusers, and anyone with rights on some page (cheap: one query)."""
    return user.is_superuser or GroupPagePermission.objects.filter(group__user=user).exists()


def visible_events(user):
    """The events with sign-up (or with sign-ups kept from before) this user may edit, with their counts."""
    editable = editable_pages(user).values("pk")
    events = []
    for model in event_models():
        found = (
            model.objects.filter(pk__in=editable)
            .annotate(
                confirmed_count=Count("signups", filter=Q(signups__status=Signup.CONFIRMED)),
                waiting_count=Count("signups", filter=Q(signups__status=Signup.WAITING)),
                total_count=Count("signups"),
            )
            .filter(Q(signup_method=SignupFields.FORM) | Q(total_count__gt=0))
        )
        events.extend(found)
    far_future = timezone.now().replace(year=9999)
    return sorted(events, key=lambda page: (page.event_starts_at() or far_future, page.title))


def event_for(user, page_id):
    """The event (specific) if this user may edit it, else 404."""
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or not isinstance(page, SignupFields) or not page.permissions_for_user(user).can_edit():
        raise Http404
    return page


def participants(page):
    """(confirmed, waiting in order, cancelled) for the event."""
    signups = list(Signup.objects.for_event(page).order_by("created_at", "pk"))
    return (
        [s for s in signups if s.status == Signup.CONFIRMED],
        [s for s in signups if s.status == Signup.WAITING],
        [s for s in signups if s.status == Signup.CANCELLED],
    )


class EventListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "signups/admin/events.html"
    page_title = gettext_lazy("Sign-ups")
    header_icon = "list-ul"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = visible_events(self.request.user)
        return context


class ParticipantsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "signups/admin/participants.html"
    header_icon = "list-ul"

    def dispatch(self, request, page_id):
        self.event = event_for(request.user, page_id)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Sign-ups: %(event)s") % {"event": self.event.title}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("signups_admin:index"), "label": _("Sign-ups")},
            {"url": "", "label": self.event.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        confirmed, waiting, cancelled = participants(self.event)
        context.update(
            {
                "event": self.event,
                "confirmed": confirmed,
                "waiting": waiting,
                "cancelled": cancelled,
                "availability": availability(self.event, counts=(len(confirmed), len(waiting))),
                "csv_url": reverse("signups_admin:csv", args=[self.event.pk]),
                "retention_days": emails.retention_days(),
            }
        )
        return context


def csv_cell(value):
    """A cell as text; one starting like a formula gets a leading apostrophe, so Excel never runs it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def participants_csv(request, page_id):
    event = event_for(request.user, page_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"deltagere-{danish_slug(event.title)[:60] or event.pk}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([_("Name"), _("Email"), _("Phone"), _("Status"), _("Signed up"), _("Note")])
    statuses = dict(Signup.STATUS_CHOICES)
    for signup in Signup.objects.for_event(event).order_by("created_at", "pk"):
        writer.writerow(
            [
                csv_cell(signup.name),
                csv_cell(signup.email),
                csv_cell(signup.phone),
                str(statuses.get(signup.status, signup.status)),
                timezone.localtime(signup.created_at).strftime("%Y-%m-%d %H:%M"),
                csv_cell(signup.note),
            ]
        )
    return response


class CancelView(WagtailAdminTemplateMixin, TemplateView):
    """Staff or the organiser cancel a sign-up (asked first); the seat goes to the first on the waiting list."""

    template_name = "signups/admin/cancel.html"
    header_icon = "cross"

    def dispatch(self, request, page_id, signup_id):
        self.event = event_for(request.user, page_id)
        self.signup = Signup.objects.for_event(self.event).filter(pk=signup_id).first()
        if self.signup is None:
            raise Http404
        return super().dispatch(request, page_id, signup_id)

    def get_page_title(self):
        return _("Cancel a sign-up")

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("signups_admin:index"), "label": _("Sign-ups")},
            {"url": reverse("signups_admin:event", args=[self.event.pk]), "label": self.event.title},
            {"url": "", "label": _("Cancel a sign-up")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"event": self.event, "signup": self.signup})
        return context

    def post(self, request, page_id, signup_id):
        event = self.event

        def notify_cancelled(signup, promoted):
            emails.send_cancelled(event, signup)
            recipients = event.contact_recipients(request)
            emails.send_to_organiser(event, signup, recipients, cancelled=True, promoted=promoted)

        promoted = cancel(
            self.signup, event, notify_cancelled, notify_promoted=lambda person: emails.send_promoted(event, person)
        )
        if promoted is None:
            messages.warning(request, _("That sign-up was already cancelled."))
        elif promoted:
            names = ", ".join(person.name for person in promoted)
            messages.success(
                request,
                _("%(name)s's sign-up is cancelled. %(promoted)s moved up from the waiting list and got an email.")
                % {"name": self.signup.name, "promoted": names},
            )
        else:
            messages.success(request, _("%(name)s's sign-up is cancelled.") % {"name": self.signup.name})
        return redirect("signups_admin:event", page_id=event.pk)


urlpatterns = [
    path("", EventListView.as_view(), name="index"),
    path("<int:page_id>/", ParticipantsView.as_view(), name="event"),
    path("<int:page_id>/csv/", participants_csv, name="csv"),
    path("<int:page_id>/cancel/<int:signup_id>/", CancelView.as_view(), name="cancel"),
]

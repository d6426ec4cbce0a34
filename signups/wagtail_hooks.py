"""The sign-ups' hooks: the admin's "Tilmeldinger", the representative's corner, retention, seats on publish."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.signals import page_published

from core.retention import RetentionRule

from . import admin, emails
from .corner import SignupEventsPanel
from .demo import hooks as demo_hooks  # noqa: F401  The demo's full course with a waiting list.
from .models import SignupFields
from .retention import ended_before
from .seats import fill_seats, original_event, tell_of_cancelled_event


@hooks.register("register_admin_urls")
def signups_admin_urls():
    return [path("signups/", include((admin.urlpatterns, "signups_admin"), namespace="signups_admin"))]


class SignupsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin.may_see_any(request.user)


@hooks.register("register_admin_menu_item")
def signups_menu_item():
    return SignupsMenuItem(
        _("Sign-ups"), reverse("signups_admin:index"), name="signups", icon_name="list-ul", order=256
    )


@hooks.register("register_page_header_buttons")
def participants_button(page, user, view_name, next_url=None):
    """ "Participants" in the page editor's header of an event, for whoever may edit it."""
    model = page.specific_class
    if model is not None and issubclass(model, SignupFields) and page.permissions_for_user(user).can_edit():
        url = reverse("signups_admin:event", args=[page.pk])
        yield Button(_("Participants"), url=url, icon_name="list-ul", priority=66)


@hooks.register("representative_corner_panels")
def signup_events(request, associations):
    return [SignupEventsPanel(associations)]


@hooks.register("register_retention_rules")
def signup_rules():
    return [
        RetentionRule(
            name="event-signups",
            description=_("Sign-ups for events (name, email, phone, note)"),
            setting="SIGNUP_RETENTION_DAYS",
            expired=ended_before,
            default_days=emails.DEFAULT_RETENTION_DAYS,
        )
    ]


def fill_seats_on_publish(sender, instance, **kwargs):
    """More seats published (or no limit any more): people move up from the waiting list, with an email.

    A cancelled event published: everyone signed up or waiting is told, once."""
    if not isinstance(instance, SignupFields) or instance.signup_method != SignupFields.FORM:
        return
    if original_event(instance).pk != instance.pk:  # the seats belong to the event in the portal's language
        return
    if instance.is_cancelled:
        tell_of_cancelled_event(instance, lambda person: emails.send_event_cancelled(instance, person))
    else:
        fill_seats(instance, notify_promoted=lambda person: emails.send_promoted(instance, person))


page_published.connect(fill_seats_on_publish, dispatch_uid="signups_fill_seats_on_publish")

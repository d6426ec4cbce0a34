"""The sign-up's emails, queued in the database (django-mailer) in the transaction that caused them.

Every email is in the portal's language (Danish), as the enquiries' are. The citizen's emails carry
the event (title, time, place), the cancel link and how long the data is kept, never what was typed
into the form: the address has not been confirmed, so an echo would let anyone send any text to
anyone. The organiser's notice names the person and how to reach them (they need it to plan), and
says whether a note was written without quoting it: a note is often about health or needs, and it
stays in the participant list in the admin, behind a login, rather than in inboxes.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.sites import public_address, site_of
from home.models import PortalSettings

DEFAULT_RETENTION_DAYS = 30


def retention_days():
    return int(getattr(settings, "SIGNUP_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def portal_settings(page=None):
    """The settings of the kommune whose site ``page`` is on (else the default site's).

    Emails go out without a request."""
    site = site_of(page)
    return PortalSettings.for_site(site) if site else PortalSettings()


def portal_name(portal):
    return portal.portal_name or getattr(settings, "WAGTAIL_SITE_NAME", "Frivilligportal")


def full_url(page):
    """The page's public address for an email (BASE_URL and the Danish path)."""
    with translation.override(settings.LANGUAGE_CODE):
        parts = page.get_url_parts()
    return public_address(parts)


def cancel_url(token):
    with translation.override(settings.LANGUAGE_CODE):
        return settings.BASE_URL + reverse("signups:cancel", args=[token])


def participants_url(page):
    return settings.BASE_URL + reverse("signups_admin:event", args=[page.pk])


def place_of(page):
    """ "Egebjerg Hallen, Skolevej 4, 4700 Egebjerg": the event's place in one line, from what it has."""
    parts = [getattr(page, "place_name", "")]
    lines = getattr(page, "address_lines", None) or []
    parts.extend(lines() if callable(lines) else lines)
    return ", ".join(part for part in parts if part)


def _send(subject, template, context, to, reply_to=None):
    body = render_to_string(f"signups/email/{template}.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to or None,
    ).send()


def _context(page, **extra):
    portal = portal_settings(page)
    starts, ends = page.event_starts_at(), page.event_ends_at()
    return {
        "event": page,
        "event_title": page.title,
        "starts": timezone.localtime(starts) if starts else None,
        "ends": timezone.localtime(ends) if ends else None,
        "place": place_of(page),
        "event_url": full_url(page),
        "portal_name": portal_name(portal),
        "retention_days": retention_days(),
        **extra,
    }


def send_confirmation(page, outcome):
    """To the person who signed up: a seat, or a number on the waiting list, with the cancel link."""
    signup = outcome.signup
    with translation.override(settings.LANGUAGE_CODE):
        if signup.status == signup.WAITING:
            subject = _("You are on the waiting list: %(event)s") % {"event": page.title}
            template = "waiting"
        else:
            subject = _("You are signed up: %(event)s") % {"event": page.title}
            template = "confirmed"
        context = _context(
            page,
            again=outcome.again,
            cancel_url=cancel_url(outcome.token),
            number=signup.waiting_number(),
        )
        _send(subject, template, context, [signup.email])


def send_promoted(page, signup):
    """A seat came free and is theirs now."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("You have a seat: %(event)s") % {"event": page.title}
        _send(subject, "promoted", _context(page), [signup.email])


def send_cancelled(page, signup):
    """To the person who cancelled: it is done."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your sign-up is cancelled: %(event)s") % {"event": page.title}
        _send(subject, "cancelled", _context(page), [signup.email])


def send_to_organiser(page, signup, recipients, cancelled=False, promoted=()):
    """The organiser's notice of a new sign-up, or of a cancellation (and who moved up)."""
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        if cancelled:
            subject = _("%(name)s has cancelled: %(event)s") % {"name": signup.name, "event": page.title}
        elif signup.status == signup.WAITING:
            subject = _("%(name)s is on the waiting list: %(event)s") % {"name": signup.name, "event": page.title}
        else:
            subject = _("%(name)s has signed up: %(event)s") % {"name": signup.name, "event": page.title}
        context = _context(
            page,
            signup=signup,
            cancelled=cancelled,
            promoted=list(promoted),
            participants_url=participants_url(page),
        )
        _send(subject, "organiser", context, list(recipients), reply_to=None if cancelled else [signup.email])


def send_event_cancelled(page, signup):
    """The organiser has cancelled the event: everyone signed up or waiting is told, once."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Cancelled: %(event)s") % {"event": page.title}
        context = _context(page, note=getattr(page, "cancellation_note", ""))
        _send(subject, "event_cancelled", context, [signup.email])

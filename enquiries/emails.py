"""The enquiry's emails, queued in the database (django-mailer) in the transaction that caused them.

Every email is in the portal's language (Danish), whatever language the citizen used the site in:
the organiser and the kommune read Danish, and so does the citizen's receipt, which names the task
as the organiser wrote it. Nothing here shows the organiser's addresses to the citizen: the
receipt and the "other ways in" email only name the organiser and link to public pages.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.sites import site_of
from home.models import PortalSettings

from .organisers import full_url


def portal_settings(page=None):
    """The settings (its contact point) of the kommune whose site ``page`` is on, else of the default site:
    emails go out without a request."""
    site = site_of(page)
    return PortalSettings.for_site(site) if site else PortalSettings()


def portal_name(portal=None):
    portal = portal or portal_settings()
    return portal.portal_name or getattr(settings, "WAGTAIL_SITE_NAME", "Frivilligportal")


def admin_url(enquiry):
    """Where the organiser marks the enquiry answered."""
    return settings.BASE_URL + reverse("enquiries_admin:edit", args=[enquiry.pk])


def _send(subject, template, context, to, reply_to=None):
    body = render_to_string(f"enquiries/email/{template}.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()),  # a title with a line break must not break the header
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to or None,
    ).send()


def _context(enquiry, **extra):
    portal = extra.pop("portal", None) or portal_settings(enquiry.page if enquiry.page_id else None)
    return {
        "enquiry": enquiry,
        "portal": portal,
        "portal_name": portal_name(portal),
        "page_url": full_url(enquiry.page) if enquiry.page_id else "",
        "admin_url": admin_url(enquiry),
        "retention_days": getattr(settings, "RETENTION_ENQUIRY_DAYS", 90),
        **extra,
    }


def send_to_organiser(enquiry, recipients, portal=None):
    """The enquiry itself, to the organiser's contact addresses; a reply goes straight to the citizen."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("%(name)s would like to help: %(task)s") % {"name": enquiry.name, "task": enquiry.page_title}
        context = _context(enquiry, portal=portal)
        _send(subject, "organiser", context, recipients, reply_to=[enquiry.email] if enquiry.email else None)


def send_receipt(enquiry, portal=None):
    """To the address typed: the enquiry was passed on (its number and date) and what happens next.

    Not the citizen's name or message (nobody has confirmed the address, so an echo would let anyone
    send any text to anyone), and no addresses of the organiser."""
    if not enquiry.email:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("We have passed on your offer to help: %(task)s") % {"task": enquiry.page_title}
        _send(subject, "receipt", _context(enquiry, portal=portal), [enquiry.email])


def send_reminder(enquiry, recipients):
    """Seven days without an answer: the organiser is reminded, once."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Reminder: %(name)s is waiting for an answer about %(task)s") % {
            "name": enquiry.name,
            "task": enquiry.page_title,
        }
        context = _context(enquiry, days=enquiry.days_waiting())
        _send(subject, "reminder", context, recipients, reply_to=[enquiry.email] if enquiry.email else None)


def send_escalation(enquiry, similar_tasks):
    """Fourteen days without an answer: the kommune's contact point is told, the citizen gets other ways in.

    Returns whether anyone was told (a kommune without a contact address and a citizen who gave only
    a phone number leave nobody to write to; the enquiry then stays in the admin's list of waiting ones).
    """
    portal = portal_settings(enquiry.page if enquiry.page_id else None)
    told = False
    with translation.override(settings.LANGUAGE_CODE):
        context = _context(
            enquiry,
            portal=portal,
            days=enquiry.days_waiting(),
            similar=[(task, full_url(task)) for task in similar_tasks],
        )
        if portal.contact_email:
            subject = _("No answer in %(days)s days: %(name)s would like to help with %(task)s") % {
                "days": context["days"],
                "name": enquiry.name,
                "task": enquiry.page_title,
            }
            _send(
                subject,
                "escalation_contact_point",
                context,
                [portal.contact_email],
                reply_to=[enquiry.email] if enquiry.email else None,
            )
            told = True
        if enquiry.email:
            subject = _("Still waiting for an answer about %(task)s? Here are other ways in") % {
                "task": enquiry.page_title
            }
            _send(subject, "escalation_citizen", context, [enquiry.email])
            told = True
    return told

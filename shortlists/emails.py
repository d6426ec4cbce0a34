"""The shortlist's emails, queued in the database (django-mailer) like every email of the portal.

In the portal's language (Danish), as enquiries/emails.py does. The citizen's address is only in
the queued message itself: the mail worker sends it and django-mailer deletes it from the queue
(its log keeps a copy for ``RETENTION_MAIL_LOG_DAYS``, as for every email).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from enquiries.emails import portal_name, portal_settings


def _send(subject, template, context, to, reply_to=None):
    EmailMessage(
        subject=" ".join(subject.split()),
        body=render_to_string(f"shortlists/email/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to or None,
    ).send()


def _context(staff, **extra):
    portal = portal_settings()
    return {
        "portal": portal,
        "portal_name": portal_name(portal),
        "staff_name": staff.get_full_name() or staff.get_username(),
        "staff_email": staff.email,
        **extra,
    }


def send_to_citizen(offers, email, staff):
    """ "Forslag til dig": the offers with their notes, contacts and addresses; a reply goes to the staff member."""
    with translation.override(settings.LANGUAGE_CODE):
        context = _context(staff, offers=offers)
        subject = _("Suggestions for you from %(portal)s") % {"portal": context["portal_name"]}
        _send(subject, "citizen", context, [email], reply_to=[staff.email] if staff.email else None)


def send_introduction(organiser, offers, recipients, citizen, staff):
    """A warm introduction: the citizen (with consent) would like to hear from the organiser; Reply-To: the citizen."""
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = _context(staff, organiser=organiser, offers=offers, citizen=citizen)
        subject = _("%(name)s would like to hear from %(organiser)s") % {
            "name": citizen["name"],
            "organiser": organiser.title,
        }
        _send(subject, "introduction", context, recipients, reply_to=[citizen["email"]])

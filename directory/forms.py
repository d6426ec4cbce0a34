"""The contact form citizens use to write to an association without seeing its addresses.

A message is stored as a ContactMessage first and then emailed (through the
django-mailer queue) to the association's contact role addresses, with the
citizen's address as Reply-To, so the association answers the citizen directly.

The association page takes the form (directory.models imports this module), so this module
imports no directory model: the message is made through the association (``association.messages``).
"""

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import CleanCharField, CleanEmailField, PublicForm, validate_phone
from core.sites import site_of
from home.models import PortalSettings

NAME_MAX_LENGTH = 120
PHONE_MAX_LENGTH = 20
MESSAGE_MAX_LENGTH = 3000


class ContactForm(PublicForm):
    """Control characters leave the text before validation and a honeypot catches bots (core.forms.PublicForm)."""

    name = CleanCharField(label=_("Your name"), max_length=NAME_MAX_LENGTH)
    email = CleanEmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("The association answers you at this address."),
    )
    phone = CleanCharField(
        label=_("Your phone"),
        max_length=PHONE_MAX_LENGTH,
        required=False,
        validators=[validate_phone],
    )
    message = CleanCharField(
        label=_("Message"),
        max_length=MESSAGE_MAX_LENGTH,
        keep_newlines=True,
        strip=True,
        help_text=_("At most 3000 characters."),
    )
    consent = forms.BooleanField(
        label=_("I agree that my message is passed on to the association"),
        error_messages={"required": _("Tick the box to agree that we pass your message on to the association.")},
    )

    def __init__(self, data=None, *args, **kwargs):
        kwargs.setdefault("auto_id", "contact-%s")
        super().__init__(data, *args, **kwargs)


def contact_recipients(organiser, request=None):
    """Where a message to an organiser goes: its own addresses, or the kommune's contact point when it has none.

    The organiser is an association (its contacts' role addresses) or a kommune unit (its
    contact email); each says which through ``organiser_contact_emails()``."""
    addresses = organiser.organiser_contact_emails()
    if addresses:
        return addresses
    # Without a request: the contact point of the organiser's own kommune (several kommuner on one installation).
    portal = PortalSettings.for_request(request) if request is not None else PortalSettings.for_site(site_of(organiser))
    return [portal.contact_email] if portal.contact_email else []


@transaction.atomic
def forward_contact_message(association, form, request=None):
    """Store the message, then queue an email to the association with the citizen as Reply-To."""
    data = form.cleaned_data
    recipients = contact_recipients(association, request)
    message = association.messages.create(
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        message=data["message"],
        forwarded_to=", ".join(recipients),
    )
    if recipients:
        page_url = association.get_full_url(request) or ""
        portal_name = getattr(settings, "WAGTAIL_SITE_NAME", "Frivilligportal")
        subject = gettext("Message from %(name)s via %(portal)s") % {"name": data["name"], "portal": portal_name}
        lines = [
            gettext("%(name)s has written to %(association)s through the contact form on %(portal)s.")
            % {"name": data["name"], "association": association.title, "portal": portal_name},
            gettext("Reply to this email to answer %(name)s directly.") % {"name": data["name"]},
            "",
            f"{gettext('Name')}: {data['name']}",
            f"{gettext('Email')}: {data['email']}",
        ]
        if data["phone"]:
            lines.append(f"{gettext('Phone')}: {data['phone']}")
        lines += ["", f"{gettext('Message')}:", data["message"], "", "-- ", page_url]
        EmailMessage(
            subject=" ".join(subject.split()),
            body="\n".join(lines),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=recipients,
            reply_to=[data["email"]],
        ).send()
    return message

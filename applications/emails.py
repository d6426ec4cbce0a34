"""The emails about an application: the receipt, the notice to Kommunikation, the rejection and the approval.

All go through the django-mailer queue (settings.EMAIL_BACKEND), so a mail server that is down
delays them and loses nothing. They are written in the portal's language (Danish) whatever
language the sender's browser or the staff member's admin used.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from home.models import PortalSettings
from home.sites import communications_group_name

ADMIN_URL_NAMESPACE = "association_applications"  # the admin's viewset (applications/admin/viewsets.py)


def application_site(application):
    """The kommune an application was made to: its town's site (the form offers that site's towns and the
    shared ones, applications/forms.py), else the default site."""
    locality = application.locality if application is not None and application.locality_id else None
    if locality is not None and locality.site_id:
        return Site.objects.select_related("root_page").get(pk=locality.site_id)
    return Site.objects.select_related("root_page").filter(is_default_site=True).first()


def portal_settings(application=None):
    """The settings (name, contact point) of the kommune the application was made to."""
    site = application_site(application)
    return PortalSettings.for_site(site) if site else None


def portal_name(portal):
    return (portal.portal_name if portal else "") or getattr(settings, "WAGTAIL_SITE_NAME", "Frivilligportal")


def communications_recipients(portal=None, site=None):
    """The active members of the site's Kommunikation who have an address; its contact point if there are none.

    A further kommune's site has its own group, "Kommunikation – Nabo Kommune" (home/sites.py)."""
    addresses = (
        get_user_model()
        .objects.filter(groups__name=communications_group_name(site), is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )
    addresses = list(dict.fromkeys(address.strip() for address in addresses))
    if addresses:
        return addresses
    portal = portal or portal_settings()
    return [portal.contact_email] if portal and portal.contact_email else []


def admin_url(application):
    return settings.BASE_URL + reverse(f"{ADMIN_URL_NAMESPACE}:inspect", args=[application.pk])


def _send(template, context, to, reply_to=None):
    """Render templates/applications/email/<template>_subject.txt and .txt in Danish and queue the email."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"applications/email/{template}_subject.txt", context)
        body = render_to_string(f"applications/email/{template}.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()),  # a name with a line break must not break the header
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to,
    ).send()


def _context(application, **extra):
    portal = portal_settings(application)
    return {
        "application": application,
        "categories": ", ".join(category.name for category in application.categories.all()),
        "target_groups": ", ".join(group.name for group in application.target_groups.all()),
        "portal": portal,
        "portal_name": portal_name(portal),
        "contact_email": portal.contact_email if portal else "",
        "contact_phone": portal.contact_phone if portal else "",
        **extra,
    }


def send_receipt(application):
    """To the address typed: that an application was received (its number and date) and what happens next.

    Nothing typed is repeated (not even the association's name): nobody has confirmed the address,
    and a receipt that echoed the form would let anyone send any text to anyone from the kommune."""
    _send("receipt", _context(application), to=[application.email])


def notify_communications(application):
    """To Kommunikation: a new application, with a link to it in the admin. Replying reaches the applicant."""
    context = _context(application, admin_url=admin_url(application))
    recipients = communications_recipients(context["portal"], application_site(application))
    if recipients:
        _send("notification", context, to=recipients, reply_to=[application.email])


def send_rejection(application):
    """To the applicant: the reason, as staff wrote it."""
    _send("rejection", _context(application), to=[application.email])


def send_approval(application):
    """To an applicant who already has a login (a representative of another association): the new page is theirs too.

    Someone new gets the directory's invitation (directory.access) with a link to choose a password instead.
    """
    context = _context(application, admin_url=settings.BASE_URL + reverse("wagtailadmin_home"))
    _send("approval", context, to=[application.email])

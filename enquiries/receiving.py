"""Taking in an enquiry: stored first, then the organiser's email and the citizen's receipt are queued.

All three happen in one transaction: the emails wait in django-mailer's queue (a table in the same
database), so either the enquiry and its emails are all kept, or, when the database fails, none of
them and the citizen is told to try again.
"""

from django.db import transaction
from django.utils import timezone

from directory.forms import contact_recipients
from home.models import PortalSettings

from .emails import portal_settings, send_receipt, send_to_organiser
from .models import Enquiry


@transaction.atomic
def receive_enquiry(page, organiser, form, request=None):
    """Store the citizen's enquiry about ``page`` and queue its emails; returns the enquiry."""
    data = form.cleaned_data
    recipients = contact_recipients(organiser, request)
    enquiry = Enquiry.objects.create(
        page=page,
        page_title=page.title[:255],
        organiser=organiser,
        organiser_title=organiser.title[:255],
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        message=data["message"],
        consent_at=timezone.now(),
        recipients=", ".join(recipients),
    )
    # Read once for both emails: the contact point of the page's kommune, the site serving the request.
    portal = PortalSettings.for_request(request) if request is not None else portal_settings(page)
    if recipients:
        send_to_organiser(enquiry, recipients, portal)
    send_receipt(enquiry, portal)
    return enquiry

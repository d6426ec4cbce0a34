"""Taking in an application from the public form: store it, then queue the receipt and Kommunikation's notice.

All in one transaction: the emails are rows in django-mailer's queue, so either the application
and both emails are kept, or (the database failing) none of them and the applicant gets the
form back, filled in, to send again.
"""

from django.db import transaction
from django.utils import timezone

from .emails import notify_communications, send_receipt
from .models import AssociationApplication


@transaction.atomic
def receive_application(form):
    data = form.cleaned_data
    now = timezone.now()
    application = AssociationApplication.objects.create(
        name=data["name"],
        cvr=data["cvr"],
        summary=data["summary"],
        locality=data["locality"],
        website=data["web_address"],
        contact_name=data["contact_name"],
        email=data["email"],
        phone=data["phone"],
        terms_accepted_at=now,
        data_consent_at=now,
    )
    application.categories.set(data["categories"])
    application.target_groups.set(data["target_groups"])
    send_receipt(application)
    notify_communications(application)
    return application

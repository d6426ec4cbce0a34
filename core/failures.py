"""When the database fails: forms come back filled in (503), everything else gets a calm 503 page.

Two parts, one for each kind of request:

- ``store(action, *args)`` is for the views of the public forms (contact, consultation, "Jeg vil
  gerne hjælpe", "Tilmeld jeres forening"). It runs ``action`` (store the row, queue the emails)
  in one transaction, so a database that fails half-way keeps nothing: no message stored without
  its email, no email queued about a message that is not there. It answers False when the
  database refused, and the view then renders its form again, filled in, with
  ``DATABASE_FAILED_MESSAGE`` and ``DATABASE_FAILED_STATUS``::

      if not store(forward_contact_message, association, form, request):
          return render_form(form, status=DATABASE_FAILED_STATUS, notice=DATABASE_FAILED_MESSAGE)

- ``DatabaseUnavailableMiddleware`` catches a ``DatabaseError`` any other view lets out (the
  admin login with PostgreSQL restarting, a page the database cannot read) and answers
  ``templates/503.html`` with ``Retry-After`` instead of Django's bare 500. A middleware cannot
  rebuild the form of the view that failed, so for a POST the page shows the text fields that
  were sent (never passwords or tokens), so nothing typed is lost even then.

Neither part asks the database for anything: the page is rendered without a request context
(no Wagtail settings, no menus, no user), because the database is what is missing.
"""

import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

DATABASE_FAILED_STATUS = 503
DATABASE_FAILED_MESSAGE = _(
    "We could not save what you sent just now because of a fault on our side, so nothing has been sent. "
    "Please try again in a moment: what you wrote is still in the form."
)
RETRY_AFTER_SECONDS = 30

# Fields of a POST never shown back on the 503 page: secrets and the machinery of the form.
HIDDEN_FIELDS = ("password", "csrfmiddlewaretoken", "token", "otp", "secret", "next", "website")


def store(action, *args, **kwargs):
    """Run ``action(*args, **kwargs)`` in one transaction; True when stored, False (logged) if the database failed."""
    try:
        with transaction.atomic():
            action(*args, **kwargs)
    except DatabaseError:
        logger.exception("The database refused to store %s", getattr(action, "__name__", action))
        return False
    return True


def _sent_text(request):
    """The text fields of a POST worth giving back, e.g. [("message", "Hej ...")]; no secrets, no empty ones."""
    if request.method != "POST":
        return []
    try:
        items = request.POST.lists()
    except Exception:  # an unreadable body (too big, broken multipart) has nothing to give back
        return []
    sent = []
    for name, values in items:
        if any(hidden in name.lower() for hidden in HIDDEN_FIELDS):
            continue
        text = "\n".join(value for value in values if value.strip())
        if text:
            sent.append((name, text))
    return sent


def database_unavailable_response(request):
    """The 503 page, rendered without touching the database."""
    context = {
        "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
        "STATIC_URL": settings.STATIC_URL,
        "sent_text": _sent_text(request),
        "retry_after": RETRY_AFTER_SECONDS,
    }
    response = HttpResponse(render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """A DatabaseError escaping a view becomes the translated 503 page instead of a bare 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError):
            return None
        logger.error("Database unavailable for %s %s", request.method, request.path, exc_info=exception)
        return database_unavailable_response(request)

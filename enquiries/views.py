"""The public "Jeg vil gerne hjælpe" form and its receipt.

``/jeg-vil-hjaelpe/<page id>/`` takes an offer to help with a published, public volunteer task that
is still open, or with an organiser (an association) directly. Whatever happens the citizen gets a
page in the portal's frame, never an error page:

- a task that is filled, past its deadline or ended: 410 with other ways in (the organiser's page
  and open tasks, the task listing, the kommune's contact point); an unknown, unpublished or private
  page: 404;
- errors in the form: 400 with the form filled in and an error summary;
- too many sendings from one address (``core.ratelimit``): 429, the form filled in;
- the database refusing the write: 503, the form filled in, nothing half stored;
- success (or a bot caught by the honeypot, which is told the same and nothing is kept):
  Post/Redirect/Get to ``/jeg-vil-hjaelpe/<page id>/tak/``.

The receipt page shows only what this browser's session remembers (the titles and the citizen's
first name), so its address shows nothing to anyone else and cannot be used to look up enquiries.
"""

import logging

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from core.failures import DATABASE_FAILED_STATUS, store
from core.pages import private_q
from core.ratelimit import RATE_LIMITED_MESSAGE, RATE_LIMITED_STATUS, over_address_limit, over_limit
from directory.listing import open_tasks
from directory.models import VolunteerTaskIndexPage

from .forms import EnquiryForm
from .organisers import is_open, organiser_of
from .receiving import receive_enquiry

logger = logging.getLogger(__name__)

SESSION_KEY = "enquiries_receipt"
DATABASE_FAILED_MESSAGE = _(
    "We could not save your enquiry just now, so nothing has been sent. Please try again in a few minutes: "
    "what you wrote is still in the form."
)


def enquirable(page_id):
    """The page (specific) and its organiser, or 404 when it is not a published, public page one can offer help on."""
    page = Page.objects.live().exclude(private_q()).filter(pk=page_id).specific().first()
    if page is None:
        raise Http404
    organiser = organiser_of(page)
    if organiser is None or not organiser.live:
        raise Http404
    return page, organiser


def _task_listing(request):
    listing = (
        VolunteerTaskIndexPage.objects.live().exclude(private_q()).filter(locale__language_code=request.LANGUAGE_CODE)
    )
    return listing.first() or VolunteerTaskIndexPage.objects.live().exclude(private_q()).first()


def _form_response(request, page, organiser, form, status=200, notice=""):
    context = {
        "page": page,
        "organiser": organiser,
        "form": form,
        "notice": notice,
        "is_task": page.pk != organiser.pk,
    }
    return TemplateResponse(request, "enquiries/enquiry_form.html", context, status=status)


def _closed_response(request, page, organiser):
    """A task that no longer takes helpers: say so, and show the other ways in (410 Gone)."""
    context = {
        "page": page,
        "organiser": organiser,
        "other_tasks": [task for task in open_tasks(organiser) if task.pk != page.pk][:5],
        "task_listing": _task_listing(request),
    }
    return TemplateResponse(request, "enquiries/closed.html", context, status=410)


def _remember_for_receipt(request, page, organiser, form):
    """What the receipt page may show, kept in this browser's session only."""
    data = form.cleaned_data if hasattr(form, "cleaned_data") else {}
    request.session[SESSION_KEY] = {
        "page": page.pk,
        "page_title": page.title,
        "page_url": page.get_url(request) or "",
        "organiser_title": organiser.title,
        "first_name": (data.get("name") or "").split(" ")[0],
        "receipt_emailed": bool(data.get("email")),
        "is_task": page.pk != organiser.pk,
    }


@require_http_methods(["GET", "HEAD", "POST"])
def enquiry_form(request, page_id):
    page, organiser = enquirable(page_id)
    if not is_open(page):
        return _closed_response(request, page, organiser)
    if request.method != "POST":
        return _form_response(request, page, organiser, EnquiryForm(organiser_title=organiser.title))

    form = EnquiryForm(request.POST, organiser_title=organiser.title)
    # Per IP (RATELIMIT_FORM_PER_IP) every sending counts, before the form is even checked.
    if over_limit(request, "enquiries"):
        return _form_response(request, page, organiser, form, RATE_LIMITED_STATUS, RATE_LIMITED_MESSAGE)
    if form.is_spam:  # a bot is thanked like anyone else; nothing is stored or sent
        form.is_valid()
        _remember_for_receipt(request, page, organiser, form)
        return redirect("enquiries:receipt", page_id=page.pk)
    if not form.is_valid():
        return _form_response(request, page, organiser, form, status=400)
    # Per email (or phone) typed (RATELIMIT_FORM_PER_ADDRESS), only enquiries that would be passed on: a person
    # correcting a mistake is not counted, a flood aimed at one inbox from many addresses is.
    if over_address_limit(request, "enquiries", form.cleaned_data.get("email") or form.cleaned_data.get("phone")):
        return _form_response(request, page, organiser, form, RATE_LIMITED_STATUS, RATE_LIMITED_MESSAGE)
    if not store(receive_enquiry, page, organiser, form, request):
        return _form_response(request, page, organiser, form, DATABASE_FAILED_STATUS, DATABASE_FAILED_MESSAGE)
    _remember_for_receipt(request, page, organiser, form)
    return redirect("enquiries:receipt", page_id=page.pk)


@require_http_methods(["GET", "HEAD"])
def receipt(request, page_id):
    """The thank-you page; without a sending from this browser it leads to the form instead."""
    remembered = request.session.get(SESSION_KEY)
    if not remembered or remembered.get("page") != page_id:
        return redirect("enquiries:form", page_id=page_id)
    context = {
        "receipt": remembered,
        "page_title": _("Thank you"),
        "form_url": reverse("enquiries:form", args=[page_id]),
        "task_listing": _task_listing(request),
        "retention_days": getattr(settings, "RETENTION_ENQUIRY_DAYS", 90),
    }
    return TemplateResponse(request, "enquiries/receipt.html", context)

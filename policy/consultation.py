"""The consultation page at work: showing it, taking responses, the receipt and the published responses.

ConsultationPage (policy/models/consultations.py) delegates here, so this module imports no
policy model: it works on the page it is given (its states, its ``responses``) and looks up
the policy page in the app registry. The rules:

- The form is offered only while the consultation is open. A response sent
  before it opens is refused with 403, one sent after it closes with 410; either
  way nothing is stored and the text comes back on the page, so nothing the
  sender wrote is lost.
- A valid response is stored first; then a receipt is queued to the sender. If
  the receipt cannot be queued the response is kept and the error logged.
  The sender lands on the page again with a thank-you (Post/Redirect/Get).
- After closing the page counts every response and publishes the approved ones
  whose senders consented; email addresses are never loaded for the public page.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Sum
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.http import content_disposition_header
from django.utils.translation import gettext, gettext_lazy

from core import pagecache
from core.failures import DATABASE_FAILED_MESSAGE, DATABASE_FAILED_STATUS, store
from core.ratelimit import RATE_LIMITED_MESSAGE, RATE_LIMITED_STATUS, over_limit
from home.models import PortalSettings

from .forms import ConsultationResponseForm

logger = logging.getLogger(__name__)

PARAM_THANKS = "tak"  # ?tak=1 after a response has been received
FORM_ANCHOR = "svar"
PUBLIC_RESPONSE_FIELDS = ("id", "consultation_id", "name", "text", "submitted_at", "attachment_name", "attachment_size")


ATTACHMENT_CAP_MESSAGE = gettext_lazy(
    "We cannot take more attachments today. Send your response without the PDF (you can paste its text into "
    "your response), or send it again tomorrow. What you typed is kept below."
)

MOMENT_FORMAT = "j. F Y, H:i"  # 1. marts 2026, 09:00 – as templates/policy/_policy_open_consultations.html


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def format_moment(moment):
    """A date and time in the kommune's time zone, written like the policy pages write them."""
    return formats.date_format(timezone.localtime(moment), MOMENT_FORMAT)


def time_tag(moment):
    """<time datetime="…">1. marts 2026, 09:00</time>, safe to put into a translated sentence."""
    return format_html('<time datetime="{}">{}</time>', timezone.localtime(moment).isoformat(), format_moment(moment))


def state_label(page, state):
    return {
        page.UPCOMING: gettext("Not open yet"),
        page.OPEN: gettext("Open for responses"),
        page.CLOSED: gettext("Closed"),
    }[state]


def parent_policy(page):
    """The policy page a consultation is about (its parent), in one query."""
    return apps.get_model("policy", "PolicyPage").objects.parent_of(page)


def published_responses(page, request, state):
    """The approved, consented responses with a link to each attachment; empty until the consultation closes."""
    if state != page.CLOSED:
        return []
    responses = list(page.published_responses().only(*PUBLIC_RESPONSE_FIELDS))
    page_url = page.get_url(request) or ""
    for response in responses:
        response.attachment_url = (
            page_url + page.reverse_subpage("attachment", args=[response.pk]) if response.attachment_name else ""
        )
    return responses


def consultation_context(page, request, state=None):
    """What the template needs besides the page itself; the number of queries does not grow with responses."""
    state = state or page.state()
    # The page changes by itself when the consultation opens and closes: the page cache keeps it no longer.
    pagecache.until(request, page.opens_at)
    pagecache.until(request, page.closes_at)
    context = {
        "state": state,
        "state_label": state_label(page, state),
        "is_upcoming": state == page.UPCOMING,
        "is_open": state == page.OPEN,
        "is_closed": state == page.CLOSED,
        "opens_at": time_tag(page.opens_at),
        "closes_at": time_tag(page.closes_at),
        "policy": parent_policy(page).live().first(),
        "response_form": ConsultationResponseForm() if state == page.OPEN else None,
        "response_received": request.GET.get(PARAM_THANKS) == "1",
        "published_responses": published_responses(page, request, state),
        "response_count": page.responses.count() if state == page.CLOSED else None,
    }
    return context


def render(page, request, state=None, status=200, **extra):
    """Render the page like Page.serve does, with the state decided once for the whole request."""
    request.is_preview = getattr(request, "is_preview", False)
    context = page.get_context(request, state=state)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def serve_consultation(page, request):
    """GET shows the consultation; POST takes a response while it is open and refuses it otherwise."""
    if request.method != "POST":
        return render(page, request)
    state = page.state()
    if state != page.OPEN:
        return refuse_response(page, request, state)
    form = ConsultationResponseForm(request.POST, request.FILES)
    if form.is_spam:  # a bot gets the same thanks, and nothing is stored or sent
        return thank_you(page, request)
    if not form.is_valid():
        return render(page, request, state=state, status=400, response_form=form)
    # Only responses that would be stored count, per IP and per email typed (core/ratelimit.py).
    if over_limit(request, "consultation", address=form.cleaned_data["email"]):
        return render(
            page,
            request,
            state=state,
            status=RATE_LIMITED_STATUS,
            response_form=form,
            response_notice=RATE_LIMITED_MESSAGE,
        )
    if over_daily_attachment_cap(form.cleaned_data.get("attachment")):
        form.add_error("attachment", ATTACHMENT_CAP_MESSAGE)
        return render(page, request, state=state, status=400, response_form=form)
    if not store(receive_response, page, form, request):  # the database failed: the form back, filled in
        return render(
            page,
            request,
            state=state,
            status=DATABASE_FAILED_STATUS,
            response_form=form,
            response_notice=DATABASE_FAILED_MESSAGE,
        )
    return thank_you(page, request)


def over_daily_attachment_cap(upload):
    """Whether storing this PDF takes today's attachments (all consultations) over CONSULTATION_ATTACHMENT_DAILY_MB.

    Each response may hold a 10 MB PDF in the database; without a cap a script could fill the
    kommune's disk in an afternoon. Over the cap the response is refused with its text kept in the
    form (the sender can send it without the PDF, or tomorrow), so nothing typed is lost.
    """
    if not upload:
        return False
    cap = getattr(settings, "CONSULTATION_ATTACHMENT_DAILY_BYTES", 200 * 1024 * 1024)
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    stored_today = (
        apps.get_model("policy", "ConsultationResponse")
        .objects.filter(submitted_at__gte=midnight)
        .aggregate(total=Sum("attachment_size"))["total"]
        or 0
    )
    return stored_today + upload.size > cap


def thank_you(page, request):
    return HttpResponseSeeOther(f"{page.get_url(request)}?{PARAM_THANKS}=1#{FORM_ANCHOR}")


def refuse_response(page, request, state):
    """Too early (403) or too late (410): say so, store nothing and give the sender their text back."""
    form = ConsultationResponseForm(request.POST)  # only to clean the text the same way as a real response
    unsent_text = form.data.get("text", "").strip()
    return render(
        page,
        request,
        state=state,
        status=403 if state == page.UPCOMING else 410,
        refused=True,
        unsent_text=unsent_text,
    )


def receive_response(page, form, request):
    """Store the response, then queue the receipt; a failing receipt never loses the response."""
    response = page.responses.create(**form.response_fields())
    try:
        with transaction.atomic():
            send_receipt(page, response, request)
            response.receipt_sent_at = timezone.now()
            response.save(update_fields=["receipt_sent_at"])
    except Exception:
        logger.exception("Could not queue the receipt for consultation response %s", response.pk)
    return response


def portal_name(request):
    name = PortalSettings.for_request(request).portal_name if request is not None else ""
    return name or getattr(settings, "WAGTAIL_SITE_NAME", "Frivilligportal")


def send_receipt(page, response, request=None):
    """Queue the receipt to the sender: the consultation, when it was received, its number, what happens next.

    The address is whatever was typed and nobody has checked it is the sender's, so the receipt
    repeats nothing the sender typed (no name, no text, no file name): otherwise the form would
    let anyone send any text to anyone through the kommune's mail server."""
    policy = parent_policy(page).first()
    context = {
        "page": page,
        "policy": policy,
        "response": response,
        "closes_at": format_moment(page.closes_at),
        "submitted_at": format_moment(response.submitted_at),
        "page_url": page.get_full_url(request) or "",
        "portal_name": portal_name(request),
    }
    subject = render_to_string("policy/email/consultation_receipt_subject.txt", context, request=request)
    body = render_to_string("policy/email/consultation_receipt.txt", context, request=request)
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[response.email],
    ).send()


def attachment_response(response):
    """The stored PDF as a download; never shown inline, so the browser cannot treat it as a page of ours."""
    download = HttpResponse(bytes(response.attachment_data or b""), content_type="application/pdf")
    download["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=response.attachment_name)
    download["X-Content-Type-Options"] = "nosniff"
    return download


def serve_public_attachment(page, request, response_id):
    """An attachment of a published response: approved, consented, and the consultation closed. Else 404."""
    response = (
        page.published_responses()
        .exclude(attachment_name="")
        .only("id", "attachment_name", "attachment_data")
        .filter(pk=response_id)
        .first()
    )
    if response is None or not response.attachment_data:
        raise Http404
    return attachment_response(response)

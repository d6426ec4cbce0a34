"""The public sign-up: ``/tilmelding/<event id>/``, its receipt, and the cancel link ``/tilmelding/afmeld/<token>/``.

Whatever happens the citizen gets a page in the portal's frame, never an error page:

- an unknown, unpublished or private page, or one that is not an event: 404;
- an event that takes no sign-ups here (a link elsewhere, or none), is cancelled, has started, is
  past its deadline, or is full without a waiting list: 410 with a link back to the event;
- errors in the form: 400 with the form filled in and an error summary;
- too many sendings (``core.ratelimit``, per IP and per email typed): 429, the form filled in;
- the database refusing the write: 503, the form filled in, nothing half stored;
- success (or a bot caught by the honeypot, which is thanked and nothing is kept): Post/Redirect/Get
  to ``/tilmelding/<event id>/tak/``, which says "you have a seat" or "number N on the waiting list"
  from this browser's session only, so its address shows nothing to anyone else.

The cancel link: GET shows the event and a button (a mail scanner following links cancels nothing),
POST cancels and gives the seat to the first on the waiting list. An unknown, malformed or replaced
token: 404 with a clear message; a sign-up already cancelled, or an event that has started: 410.
"""

import logging

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from core.failures import DATABASE_FAILED_STATUS, store
from core.pages import private_q
from core.ratelimit import RATE_LIMITED_MESSAGE, RATE_LIMITED_STATUS, over_address_limit, over_limit

from . import emails
from .forms import SignupForm
from .models import Signup
from .seats import (
    SignupClosed,
    availability,
    can_still_cancel,
    cancel,
    find_by_token,
    original_event,
    sign_up,
    takes_signups,
)

logger = logging.getLogger(__name__)

SESSION_KEY = "signups_receipt"
RATE_GROUP = "signups"
DATABASE_FAILED_MESSAGE = _(
    "We could not save your sign-up just now, so you are not signed up yet. Please try again in a few minutes: "
    "what you wrote is still in the form."
)


def organiser_title(page):
    organiser = page.organiser_page()
    return organiser.title if organiser is not None else ""


def _form_response(request, page, shown, form, state, status=200, notice=""):
    """The form page; the organiser's name is the form's own (it is in the consent's wording)."""
    context = {
        "page": shown,
        "event": page,
        "form": form,
        "notice": notice,
        "availability": state,
    }
    return TemplateResponse(request, "signups/signup_form.html", context, status=status)


def _closed_response(request, page, shown, state):
    context = {"page": shown, "event": page, "availability": state}
    return TemplateResponse(request, "signups/closed.html", context, status=410)


def _remember_for_receipt(request, page, shown, outcome=None):
    """What the receipt may show, in this browser's session only: never what was typed."""
    signup = outcome.signup if outcome else None
    request.session[SESSION_KEY] = {
        "page": shown.pk,
        "page_title": shown.title,
        "page_url": shown.get_url(request) or "",
        "status": signup.status if signup else Signup.CONFIRMED,
        "number": signup.waiting_number() if signup else None,
        "again": bool(outcome and outcome.again),
    }


def _notify(page, request):
    def notify(outcome):
        emails.send_confirmation(page, outcome)
        if not outcome.again:
            emails.send_to_organiser(page, outcome.signup, page.contact_recipients(request))

    return notify


@require_http_methods(["GET", "HEAD", "POST"])
def signup_form(request, page_id):
    shown = Page.objects.live().exclude(private_q()).filter(pk=page_id).specific().first()
    if shown is None or not takes_signups(shown):
        raise Http404
    page = original_event(shown)
    state = availability(page)
    if not state.is_open:
        return _closed_response(request, page, shown, state)
    title = organiser_title(page)
    if request.method != "POST":
        return _form_response(request, page, shown, SignupForm(organiser_title=title), state)

    form = SignupForm(request.POST, organiser_title=title)
    if over_limit(request, RATE_GROUP):
        return _form_response(request, page, shown, form, state, RATE_LIMITED_STATUS, RATE_LIMITED_MESSAGE)
    if form.is_spam:
        form.is_valid()
        _remember_for_receipt(request, page, shown)
        return redirect("signups:receipt", page_id=shown.pk)
    if not form.is_valid():
        return _form_response(request, page, shown, form, state, status=400)
    if over_address_limit(request, RATE_GROUP, form.cleaned_data["email"]):
        return _form_response(request, page, shown, form, state, RATE_LIMITED_STATUS, RATE_LIMITED_MESSAGE)
    outcomes = []
    try:
        stored = store(lambda: outcomes.append(sign_up(page, form.cleaned_data, _notify(page, request))))
    except SignupClosed as closed:
        return _closed_response(request, page, shown, closed.availability)
    if not stored:
        return _form_response(request, page, shown, form, state, DATABASE_FAILED_STATUS, DATABASE_FAILED_MESSAGE)
    _remember_for_receipt(request, page, shown, outcomes[0])
    return redirect("signups:receipt", page_id=shown.pk)


@require_http_methods(["GET", "HEAD"])
def receipt(request, page_id):
    """ "You have a seat" or "number 3 on the waiting list"; without a sending from this browser, the form."""
    remembered = request.session.get(SESSION_KEY)
    if not remembered or remembered.get("page") != page_id:
        return redirect("signups:form", page_id=page_id)
    context = {"receipt": remembered, "retention_days": emails.retention_days()}
    return TemplateResponse(request, "signups/receipt.html", context)


def _cancel_page(request, template, status=200, **context):
    """A page of the cancel link: never cached, indexed or sent on as a referrer (its address is the key)."""
    response = TemplateResponse(request, f"signups/{template}.html", context, status=status)
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "same-origin"  # the token never leaves in a Referer; our own form keeps its Origin
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def cancel_signup(request, token):
    signup = find_by_token(token)
    if signup is None:
        return _cancel_page(request, "cancel_invalid", status=404)
    page = signup.page.specific
    if signup.status == Signup.CANCELLED:
        return _cancel_page(request, "cancel_done", status=410, event=page, already=True)
    if not can_still_cancel(page):
        return _cancel_page(request, "cancel_too_late", status=410, event=page)
    if request.method != "POST":
        return _cancel_page(request, "cancel_confirm", event=page, signup=signup, token=token)

    def notify_cancelled(cancelled, promoted):
        emails.send_cancelled(page, cancelled)
        emails.send_to_organiser(page, cancelled, page.contact_recipients(request), cancelled=True, promoted=promoted)

    done = []
    stored = store(
        lambda: done.append(
            cancel(signup, page, notify_cancelled, notify_promoted=lambda person: emails.send_promoted(page, person))
        )
    )
    if not stored:
        return _cancel_page(
            request,
            "cancel_confirm",
            status=DATABASE_FAILED_STATUS,
            event=page,
            signup=signup,
            token=token,
            notice=_(
                "We could not cancel your sign-up just now because of a fault on our side. Please try again "
                "in a few minutes."
            ),
        )
    return _cancel_page(request, "cancel_done", event=page, already=done[0] is None)

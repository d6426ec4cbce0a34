"""The public form "Tilmeld jeres forening" and its receipt.

Whatever happens, what the applicant typed is not lost: a form error (400), too fast a
form (400, core.forms.PublicForm.min_fill_seconds), too many forms from one address
(429, core.ratelimit) and a database that fails (503) all give the form back, filled in,
with a message. A bot that fills in the honeypot lands on the receipt like anyone else, and
nothing is stored or sent. Only valid forms count towards the limit (RATE). A sent form
redirects (303) to the receipt, whose address holds nothing about the applicant.
"""

import logging

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from core.failures import DATABASE_FAILED_STATUS, store
from core.ratelimit import RATE_LIMITED_MESSAGE, RATE_LIMITED_STATUS, configured_rate, over_limit

from .decisions import directory_page
from .forms import ApplicationForm
from .receiving import receive_application

logger = logging.getLogger(__name__)


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def _render(request, form, status=200, notice=""):
    context = {
        "form": form,
        "notice": notice,
        "directory": directory_page(Site.find_for_request(request)),
        "page_title": _("Register your association"),
    }
    return TemplateResponse(request, "applications/apply.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def apply(request):
    if request.method != "POST":
        return _render(request, ApplicationForm(site=Site.find_for_request(request)))
    form = ApplicationForm(request.POST, site=Site.find_for_request(request))
    if form.is_spam:  # a bot gets the same receipt, and nothing is stored or sent
        return HttpResponseSeeOther(reverse("applications:receipt"))
    if not form.is_valid():
        return _render(request, form, status=400)
    # Only forms that would be stored count: each sends two emails, one of them to whatever address was
    # typed, and that is what a flood would abuse. A person correcting a few errors is not counted.
    # Per IP (RATELIMIT_APPLICATION_PER_IP: an association applies once) and per email typed.
    if over_limit(
        request,
        "applications",
        rate=configured_rate("RATELIMIT_APPLICATION_PER_IP"),
        address=form.cleaned_data["email"],
    ):
        return _render(request, form, status=RATE_LIMITED_STATUS, notice=RATE_LIMITED_MESSAGE)
    if not store(receive_application, form):
        notice = _(
            "We could not receive your application just now because of a fault on our side. What you wrote is "
            "still in the form: try sending it again in a few minutes."
        )
        return _render(request, form, status=DATABASE_FAILED_STATUS, notice=notice)
    return HttpResponseSeeOther(reverse("applications:receipt"))


@require_http_methods(["GET", "HEAD"])
def receipt(request):
    context = {
        "directory": directory_page(Site.find_for_request(request)),
        "page_title": _("Thank you for your application"),
    }
    return TemplateResponse(request, "applications/receipt.html", context)

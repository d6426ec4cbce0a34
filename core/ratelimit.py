"""Limits on what anyone on the internet can send or ask for, through django-ratelimit.

A limit counts requests in the cache, per group of forms (or the search API, or the admin login),
in two ways at once:

- per IP address: five association applications an hour from one address, whatever they type;
- per address typed (the email in the form, or the username at the login): the same email typed
  from many machines, which is how a flood uses the kommune's mail server against one inbox, is
  held back too (``address=`` below, "5/h" for the forms by default).

A person over a limit gets the form back, filled in, with ``RATE_LIMITED_MESSAGE`` and status 429:
nothing they typed is lost, and they can send it again later. A request that is not a form (the
search API, a page) gets ``too_many_requests()``: the translated page templates/429.html in the
site's frame (Django has a handler for 400, 403, 404 and 500 but none for 429).

The rates are settings (README, "Configuration"), in django-ratelimit's notation: "10/h" is ten an
hour, "60/m" sixty a minute.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

RATE_LIMITED_STATUS = 429
RATE_LIMITED_MESSAGE = _(
    "You have sent this form many times in a short while. Wait a little and send it again: "
    "what you wrote is still in the form."
)
TOO_MANY_REQUESTS_MESSAGE = _("You have asked for this many times in a short while. Wait a little and try again.")

# The defaults of the settings, used when a setting is missing (a test's override_settings, for example).
DEFAULT_RATES = {
    "RATELIMIT_FORM_PER_IP": "10/h",
    "RATELIMIT_FORM_PER_ADDRESS": "5/h",
    "RATELIMIT_APPLICATION_PER_IP": "5/h",
    "RATELIMIT_SEARCH_PER_IP": "120/m",
    "RATELIMIT_LOGIN_PER_IP": "30/h",
    "RATELIMIT_LOGIN_PER_USERNAME": "10/h",
}


def configured_rate(name):
    """The rate a setting names, e.g. configured_rate("RATELIMIT_FORM_PER_IP") == "10/h" unless configured otherwise."""
    return getattr(settings, name, None) or DEFAULT_RATES[name]


def normalised_address(address):
    """The typed address as one key, whatever its case or spaces: " Karen@Example.DK" → "karen@example.dk"."""
    return " ".join(str(address or "").split()).casefold()


def over_limit(request, group, rate=None, address=None, address_rate=None, method="POST"):
    """Count this request against ``group`` (e.g. "applications") and say whether it is over a limit.

    ``rate`` is the limit per IP address (REMOTE_ADDR: the proxy in front must set it to the
    client's address), by default the RATELIMIT_FORM_PER_IP setting. ``address`` is what the
    person typed to be answered at (an email, a username): it is counted as well, against
    ``address_rate`` (by default RATELIMIT_FORM_PER_ADDRESS). Both are always counted, so a
    client cannot reset one by staying under the other.
    """
    ip_rate = rate or configured_rate("RATELIMIT_FORM_PER_IP")
    over_ip = is_ratelimited(request, group=f"portal:{group}", key="ip", rate=ip_rate, method=method, increment=True)
    over_address = over_address_limit(request, group, address, rate=address_rate, method=method)
    return over_ip or over_address


def over_address_limit(request, group, address, rate=None, method="POST"):
    """Count this request against the address typed (an email, a phone number, a username) alone.

    ``rate`` defaults to RATELIMIT_FORM_PER_ADDRESS. An empty address is not counted."""
    key = normalised_address(address)
    if not key:
        return False
    return is_ratelimited(
        request,
        group=f"portal:{group}:address",
        key=lambda _group, _request: key,
        rate=rate or configured_rate("RATELIMIT_FORM_PER_ADDRESS"),
        method=method,
        increment=True,
    )


def over_search_limit(request, group="search"):
    """Count one search (any method) from this IP address against RATELIMIT_SEARCH_PER_IP.

    Each group counts apart: "suggest" (one request per keystroke) does not use up "search"."""
    return over_limit(request, group, rate=configured_rate("RATELIMIT_SEARCH_PER_IP"), method=ALL)


def too_many_requests(request, message=TOO_MANY_REQUESTS_MESSAGE):
    """Django's missing handler429: the translated page templates/429.html in the site's frame, status 429."""
    response = TemplateResponse(
        request,
        "429.html",
        {"message": message, "page_title": _("Too many requests")},
        status=RATE_LIMITED_STATUS,
    )
    response["Retry-After"] = "60"
    return response

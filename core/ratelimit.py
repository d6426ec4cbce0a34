"""Per-IP limits on the forms anyone on the internet can send, through django-ratelimit.

A limit counts the POSTs one address makes to one group of forms in the cache, for example five
association applications an hour from one address. A person over the limit gets the form back,
filled in, with ``RATE_LIMITED_MESSAGE`` and status 429: nothing they typed is lost, and they can
send it again later.
"""

from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

RATE_LIMITED_STATUS = 429
RATE_LIMITED_MESSAGE = _(
    "You have sent this form many times in a short while. Wait a little and send it again: "
    "what you wrote is still in the form."
)


def over_limit(request, group, rate):
    """Count this POST against ``group`` (e.g. "applications") and say whether the address is over ``rate``.

    ``rate`` is django-ratelimit's notation: "5/h" is five an hour, "20/d" twenty a day. The
    address is REMOTE_ADDR (the proxy in front must set it to the client's address).
    """
    return is_ratelimited(request, group=f"portal:{group}", key="ip", rate=rate, method="POST", increment=True)

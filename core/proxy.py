"""The client's address behind a reverse proxy, in REMOTE_ADDR, where the per-IP limits read it.

Behind nginx every request reaches gunicorn from nginx itself (127.0.0.1, or nothing on a unix
socket), so without this every citizen would share one address and one rate limit
(core/ratelimit.py counts per REMOTE_ADDR). gunicorn's ``--forwarded-allow-ips`` does not help: it
trusts X-Forwarded-Proto, but leaves REMOTE_ADDR as the proxy's address.

nginx appends the address it saw to X-Forwarded-For (``proxy_set_header X-Forwarded-For
$proxy_add_x_forwarded_for``, deploy/nginx.conf), so the header's LAST entry is the one nginx
vouches for; entries before it are whatever the client typed and can be forged. With
``TRUSTED_PROXY_COUNT = 1`` (one nginx) the client is the last entry; with a load balancer in front of
nginx (2) it is the second to last, and so on. 0, the default, trusts no header: right when gunicorn
is reached directly, as in development, and the only safe choice when nothing is known about the
proxies, since anyone could otherwise pick their own address by sending the header.

Example, one nginx: a client at 203.0.113.7 sends ``X-Forwarded-For: 10.0.0.1`` to fool the limits;
nginx forwards ``X-Forwarded-For: 10.0.0.1, 203.0.113.7`` and REMOTE_ADDR becomes 203.0.113.7.
"""

import ipaddress

from django.conf import settings


def client_address(forwarded_for, proxies):
    """The address ``proxies`` trusted proxies vouch for in an X-Forwarded-For value, or None.

    None when the header has fewer entries than there are proxies (the request did not come
    through all of them) or the entry is not an IP address."""
    if proxies <= 0 or not forwarded_for:
        return None
    entries = [entry.strip() for entry in forwarded_for.split(",")]
    if len(entries) < proxies:
        return None
    candidate = entries[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


class TrustedProxyMiddleware:
    """Set REMOTE_ADDR from X-Forwarded-For as far as TRUSTED_PROXY_COUNT proxies vouch for it.

    First in MIDDLEWARE, so everything after it (rate limits, logging) sees the client."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0))

    def __call__(self, request):
        if self.proxies:
            address = client_address(request.META.get("HTTP_X_FORWARDED_FOR", ""), self.proxies)
            if address:
                request.META["REMOTE_ADDR"] = address
        return self.get_response(request)

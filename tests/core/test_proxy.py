"""Behind nginx, the per-IP limits count each citizen, not nginx, and nobody picks their own address."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.proxy import TrustedProxyMiddleware, client_address


def remote_addr_seen(settings, proxies, forwarded_for=None, remote_addr="127.0.0.1"):
    settings.TRUSTED_PROXY_COUNT = proxies
    seen = {}

    def view(request):
        seen["address"] = request.META["REMOTE_ADDR"]
        return HttpResponse()

    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for is not None else {}
    request = RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)
    TrustedProxyMiddleware(view)(request)
    return seen["address"]


def test_behind_one_nginx_the_client_is_the_address_nginx_appended(settings):
    assert remote_addr_seen(settings, 1, "203.0.113.7") == "203.0.113.7"


def test_a_forged_header_does_not_change_the_address_nginx_vouches_for(settings):
    # The client sent "X-Forwarded-For: 10.0.0.1"; nginx appended the address it really came from.
    assert remote_addr_seen(settings, 1, "10.0.0.1, 203.0.113.7") == "203.0.113.7"


def test_behind_a_load_balancer_and_nginx_the_client_is_second_to_last(settings):
    assert remote_addr_seen(settings, 2, "10.0.0.1, 198.51.100.4, 192.0.2.10") == "198.51.100.4"


def test_without_trusted_proxies_the_header_is_ignored(settings):
    # Development, or gunicorn reached directly: anyone could send the header.
    assert remote_addr_seen(settings, 0, "203.0.113.7") == "127.0.0.1"


@pytest.mark.parametrize("header", ["", "not-an-address", "203.0.113.7, <script>", " , "])
def test_a_missing_or_garbled_header_keeps_the_connections_address(settings, header):
    assert remote_addr_seen(settings, 1, header) == "127.0.0.1"


def test_too_few_entries_for_the_proxies_keeps_the_connections_address(settings):
    assert remote_addr_seen(settings, 2, "203.0.113.7") == "127.0.0.1"


def test_ipv6_clients_are_counted_by_their_address():
    assert client_address("2001:db8::1", 1) == "2001:db8::1"


def test_the_middleware_runs_before_anything_reads_the_address(settings):
    assert settings.MIDDLEWARE[0] == "core.proxy.TrustedProxyMiddleware"

"""Every response carries the security headers (issue 12, "Headers"): CSP, Referrer-Policy, Permissions-Policy, HSTS.

Public pages get a Content-Security-Policy without 'unsafe-inline' and naming no outside host;
Wagtail's admin gets its own, looser one (core/headers.py says why). Chromium checks that the
policy breaks nothing in tests/browser/test_content_security_policy.py.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from search.api_docs import ReferenceDocs

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


def test_a_public_page_forbids_inline_script_and_style(client, portal_settings):
    response = client.get("/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_a_public_page_tells_no_other_site_where_its_visitors_came_from(client, portal_settings):
    response = client.get("/")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] in {"DENY", "SAMEORIGIN"}


def test_a_public_page_switches_off_camera_microphone_and_position(client, portal_settings):
    features = dict(item.split("=") for item in client.get("/").headers["Permissions-Policy"].split(", "))
    for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
        assert features[feature] == "()"


def test_the_search_and_a_missing_page_have_the_public_policy_too(client, portal_settings):
    for address, status in [("/search/?q=frivillig", 200), ("/findes-ikke/", 404)]:
        response = client.get(address)
        assert response.status_code == status
        assert directives(response)["script-src"] == ["'self'"], address


def test_the_admin_has_its_own_policy_for_wagtails_inline_script_and_style(client, home):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("address", ["/", "/admin/login/"])
def test_no_policy_names_an_outside_host(client, home, address):
    policy = client.get(address)["Content-Security-Policy"]
    assert not re.search(r"https?:|\*", policy), policy


def test_hsts_follows_the_environment(client, portal_settings, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_hsts_is_off_by_default(client, portal_settings):
    assert settings.SECURE_HSTS_SECONDS == 0
    assert "Strict-Transport-Security" not in client.get("/", secure=True)


def inline_code(html):
    """Inline <script> (without src, and not a JSON or JSON-LD data block), <style>, style="…" and on…="…" handlers."""
    found = []
    for match in re.finditer(r"<script\b([^>]*)>", html):
        attributes = match.group(1)
        if "src=" not in attributes and not re.search(r'type="application/(ld\+)?json"', attributes):
            found.append(match.group(0))
    found += re.findall(r"<style\b", html)
    found += re.findall(r"\sstyle\s*=", html)
    found += re.findall(r"\son[a-z]+\s*=\s*[\"']", html)
    return found


def test_no_template_of_the_public_site_has_inline_script_or_style():
    # The policy would block them (a browser shows a console error and the script does not run).
    offenders = {
        str(path.relative_to(TEMPLATES)): inline_code(path.read_text())
        for path in TEMPLATES.rglob("*.html")
        if not str(path.relative_to(TEMPLATES)).startswith(("wagtailadmin/", "wagtailusers/"))
    }
    assert {name: code for name, code in offenders.items() if code} == {}


def test_the_api_reference_page_has_no_inline_style():
    # /api/docs is written as a template string in search/api_docs.py, not under templates/.
    assert inline_code(ReferenceDocs.page) == []


def test_the_check_finds_inline_script():
    # So the test above can fail: what it would have found before the scripts moved to static/js/.
    assert inline_code('<script>document.documentElement.classList.remove("no-js");</script>') != []
    assert inline_code('<p style="color: red" onclick="go()">') != []
    assert inline_code('<script src="/static/js/portal.js" defer></script>') == []
    # Data blocks are not run, so the policy does not apply to them: the page's JSON-LD (core/structured_data.py).
    assert inline_code('<script type="application/ld+json">[{"@type": "NGO"}]</script>') == []

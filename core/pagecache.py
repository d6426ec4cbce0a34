"""Whole pages from the cache for anonymous visitors: no view, no template, no SQL for a page seen before.

When a story is shared or a consultation closes, thousands of citizens open the same few pages. Rendering
each costs 10–100 ms of CPU and a dozen queries; serving it from the cache costs a cache read. The cache is
never stale: a page's entry is keyed by the "pages" generation (core/cachegen.py), which every publish,
unpublish, move or delete of a page and every save of a snippet, setting, image or other content changes, so
the next request after a change renders afresh in every process that shares the cache (Redis, ``REDIS_URL``).
``PAGE_CACHE_SECONDS`` (default 300) bounds what only time changes: "the event has taken place".

What is cached: the answer to a GET of a Wagtail page (the ``before_serve_page`` hook in core/wagtail_hooks.py
allows it after Wagtail's privacy checks) or of a view that calls ``allow`` (the search), when it is a 200 that
sets no cookie and is not marked private. What never is: anything for a visitor with a session (logged in,
a password-protected page opened, a shortlist) or a pending message ("Tak for din henvendelse"), POSTs, the
admin, the APIs, documents.

Forms on cached pages keep working: the page is stored with a placeholder where Django wrote the CSRF token
(``<input type="hidden" name="csrfmiddlewaretoken" value="…">``) and each visitor gets a token of their own
put in on the way out, with the cookie that goes with it (CsrfViewMiddleware sets it: this middleware runs
inside it).

Every cacheable answer carries ``ETag`` (of the stored page, so it is the same for every visitor),
``Last-Modified`` (when it was rendered) and ``Cache-Control: public, max-age=0, must-revalidate``: browsers
ask again each time and get a bodiless 304 when nothing changed. With a CDN or Varnish in front
(``FRONTEND_CACHE_URL``, see core/frontend_cache.py) ``s-maxage`` lets it keep pages, and the same changes
purge them there.

``X-Page-Cache: hit`` or ``miss`` on each such answer says what happened (the benchmark and tests read it).
"""

import hashlib
import math
import re
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.module_loading import import_string

from . import cachegen

HEADER = "X-Page-Cache"
KEY = "page:{generation}:{digest}"
# Django's {% csrf_token %} (and the shortlist form's {{ csrf_token }}) write the masked token, 64 letters and digits.
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(")')
PLACEHOLDER = b"\x00portal-csrf-token\x00"
# Headers of the rendered page that belong to this answer only, never to the stored page.
NOT_STORED = {"set-cookie", "content-length", "date", HEADER.lower(), "etag", "last-modified", "cache-control"}
NEVER_STORED_CACHE_CONTROL = ("private", "no-store", "no-cache")
MAX_BYTES = 2 * 1024 * 1024
# Never pages: the admin, the APIs (rate-limited, counted), documents (their collections' privacy), files, health.
UNCACHED_PATHS = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/healthz", "/django-admin/")


def allow(request, shared=True):
    """Let the page cache keep this request's answer (if it turns out to be a plain, cookieless 200).

    ``shared=False``: not in a CDN's cache either (no ``s-maxage``), for pages no purge can name, such as the
    search's /search/?q=fodbold (a CDN purges exact addresses; any query could show a changed page)."""
    request._page_cache_allowed = True
    request._page_cache_shared = shared


def on_hit(request, function, *args):
    """Run ``function(request, *args)`` whenever the cached answer is served instead of the view.

    What the view does besides rendering, it still does then: count a search for the staff's reports, count it
    against the visitor's rate limit. If ``function`` returns a response (the 429 page), that is the answer.
    ``function`` is stored by its dotted name, so it must be a module-level function and ``args`` picklable."""
    name = f"{function.__module__}.{function.__qualname__}"
    request.__dict__.setdefault("_page_cache_on_hit", []).append((name, args))


def until(request, moment):
    """This page changes by itself at ``moment`` (a consultation closes, an event begins): keep it no longer.

    Without it the page would be kept up to ``PAGE_CACHE_SECONDS`` and show "open, respond here" for a while
    after the consultation closed. A moment already past changes nothing (it has happened)."""
    if moment is None or moment < timezone.now():
        return
    current = getattr(request, "_page_cache_until", None)
    if current is None or moment < current:
        request._page_cache_until = moment


def watch(request, name):
    """This page shows something that changes more often than pages do, under its own generation ``name``.

    A sign-up changes the seats left on one event page (``signups:<event id>``); bumping the "pages" generation
    for it would empty the whole cache on every sign-up, so it bumps ``name`` instead, and a stored page that
    watches ``name`` is served only while ``name`` is what it was when the page was rendered. Call it before
    reading what it guards, so a change in between makes the stored page older, never newer, than it says."""
    if request is None or not enabled():
        return
    request.__dict__.setdefault("_page_cache_watch", {})[name] = cachegen.current(name)


def lifetime(request):
    """Seconds to keep this request's page: ``PAGE_CACHE_SECONDS``, or less up to a moment given to ``until``."""
    seconds = settings.PAGE_CACHE_SECONDS
    moment = getattr(request, "_page_cache_until", None)
    if moment is not None:
        seconds = min(seconds, math.floor((moment - timezone.now()).total_seconds()))
    return seconds


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def personal(request):
    """Whether the answer may depend on who asks: a session (login, shortlist, page password) or a message."""
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or CookieStorage.cookie_name in cookies
        or "HTTP_AUTHORIZATION" in request.META
    )


def key(request, generation):
    """One entry per generation, address (scheme, host, path, query) and interface language."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{request.LANGUAGE_CODE}"
    return KEY.format(generation=generation, digest=hashlib.sha256(address.encode()).hexdigest())


class Entry:
    """A stored page: picklable, with the placeholder where each visitor's CSRF token goes."""

    watch = {}  # read-only default for entries stored before pages could watch (a deploy keeps Redis)

    def __init__(self, response, content):
        self.status = response.status_code
        self.headers = [(name, value) for name, value in response.headers.items() if name.lower() not in NOT_STORED]
        self.content = content
        self.etag = f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'
        self.last_modified = int(time.time())
        self.on_hit = []
        self.watch = {}
        self.shared = True
        self.seconds = settings.PAGE_CACHE_SECONDS

    def current(self):
        """Whether what the page watches (``watch``) is as it was when it was rendered."""
        return all(cachegen.current(name) == value for name, value in self.watch.items())

    def response(self, request):
        content = self.content
        if PLACEHOLDER in content:
            parts = content.split(PLACEHOLDER)
            # A token per form, as Django would render it: each masked differently, all for this visitor's cookie.
            content = parts[0] + b"".join(get_token(request).encode() + part for part in parts[1:])
        response = HttpResponse(content, status=self.status)
        for name, value in self.headers:
            response[name] = value
        return response


def storable_content(request, response):
    """The page as it may be stored (CSRF tokens replaced by the placeholder), or None if it must not be."""
    if not getattr(request, "_page_cache_allowed", False) or response.status_code != 200:
        return None
    if response.streaming or response.cookies or response.has_header("Set-Cookie"):
        return None
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in NEVER_STORED_CACHE_CONTROL):
        return None
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return None  # the view began a session for this visitor (their shortlist): theirs alone
    content = response.content
    if len(content) > MAX_BYTES:
        return None
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        content, replaced = CSRF_INPUT.subn(rb"\1" + PLACEHOLDER + rb"\2", content)
        if not replaced:
            return None  # the token went somewhere else (a script, a header) that we would not renew
    return content


def mark(response, entry, outcome):
    """The validators and the caching rules of a cacheable page, on this answer."""
    response["ETag"] = entry.etag
    response["Last-Modified"] = http_date(entry.last_modified)
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    if settings.FRONTEND_CACHE_SECONDS and entry.shared:
        patch_cache_control(response, s_maxage=min(settings.FRONTEND_CACHE_SECONDS, entry.seconds))
    response[HEADER] = outcome
    return response


class PageCacheMiddleware:
    """Serves and stores whole pages (see the module's docstring); between CsrfViewMiddleware and the frame."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not enabled()
            or request.method not in ("GET", "HEAD")
            or request.path.startswith(UNCACHED_PATHS)
            or personal(request)
        ):
            return self.get_response(request)
        try:
            entry_key = key(request, cachegen.for_request(request))
        except DatabaseError:
            return self.get_response(request)  # no generation to trust: render (the 503 page, likely)
        entry = cache.get(entry_key)
        if entry is not None and entry.current():
            return self.hit(request, entry)
        response = self.get_response(request)
        content = storable_content(request, response) if request.method == "GET" else None
        if content is None:
            return response
        seconds = lifetime(request)
        if seconds <= 0:
            return response
        entry = Entry(response, content)
        entry.on_hit = request.__dict__.get("_page_cache_on_hit", [])
        entry.watch = request.__dict__.get("_page_cache_watch", {})
        entry.shared = getattr(request, "_page_cache_shared", True)
        entry.seconds = seconds
        cache.set(entry_key, entry, seconds)
        mark(response, entry, "miss")
        return get_conditional_response(request, etag=entry.etag, response=response)

    def hit(self, request, entry):
        for name, args in entry.on_hit:
            instead = import_string(name)(request, *args)
            if instead is not None:
                return instead.render() if hasattr(instead, "render") else instead
        response = mark(entry.response(request), entry, "hit")
        return get_conditional_response(request, etag=entry.etag, last_modified=entry.last_modified, response=response)

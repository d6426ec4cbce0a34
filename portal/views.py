"""Views that belong to the site as a whole rather than to one app."""

import logging
import time
import uuid

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve
from mailer.models import Message

logger = logging.getLogger(__name__)

# The stylesheet every page asks for (templates/base.html): if the manifest cannot resolve it, every page is a 500.
STATIC_PROBE = "css/portal.css"
OK, WARNING, FAILING = "ok", "warning", "failing"


def check_database(alias):
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": OK}


def check_static():
    # With ManifestStaticFilesStorage (production) this raises ValueError ("Missing staticfiles manifest
    # entry") when collectstatic has not been run; plain StaticFilesStorage (development) always resolves.
    staticfiles_storage.url(STATIC_PROBE)
    return {"status": OK}


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    found = cache.get(key) == "1"
    cache.delete(key)
    return {"status": OK if found else FAILING}


def check_mail_queue(alias, warn_after):
    """The age in seconds of the oldest message waiting in django-mailer's queue; a warning when it is old.

    The mail worker (``manage.py runmailer`` / ``send_mail``) sends the queue within seconds; a message
    an hour old means the worker or the SMTP server is down, and citizens' messages are not arriving.
    """
    oldest = Message.objects.using(alias).order_by("when_added").values_list("when_added", flat=True).first()
    if oldest is None:
        return {"status": OK, "oldest_seconds": 0}
    age = max(0, int((timezone.now() - oldest).total_seconds()))
    return {"status": WARNING if age > warn_after else OK, "oldest_seconds": age}


def _run(name, check, *args):
    try:
        return check(*args)
    except Exception as exc:  # a health check reports every failure, it never raises one
        logger.warning("Health check %s failed: %s", name, exc)
        return {"status": FAILING}


@never_cache
@require_GET
def healthz(request):
    """Tell a load balancer and the kommune's monitoring whether this instance can serve.

    JSON with each check's status, e.g. ``{"status": "ok", "checks": {"database": {"status": "ok"}, ...}}``.
    A failing database, static manifest or cache is critical: 503, take the instance out of rotation.
    An old mail queue is a warning only (200, ``"status": "warning"``): the pages still work. No
    error text is shown, only the status, so the answer leaks nothing about the set-up. Two queries.
    """
    alias = getattr(settings, "HEALTHCHECK_DATABASE", "default")
    warn_after = getattr(settings, "HEALTHCHECK_MAIL_QUEUE_WARN_SECONDS", 3600)
    started = time.monotonic()
    checks = {
        "database": _run("database", check_database, alias),
        "static": _run("static", check_static),
        "cache": _run("cache", check_cache),
    }
    critical_failed = any(check["status"] != OK for check in checks.values())
    checks["mail_queue"] = (
        {"status": "unknown"}
        if checks["database"]["status"] != OK
        else _run("mail_queue", check_mail_queue, alias, warn_after)
    )
    if critical_failed:
        status = "unavailable"
    elif checks["mail_queue"]["status"] != OK:
        status = WARNING
    else:
        status = OK
    body = {"status": status, "checks": checks, "duration_ms": round((time.monotonic() - started) * 1000)}
    return JsonResponse(body, status=503 if critical_failed else 200)


def media(request, path):
    """An upload, e.g. /media/original_images/baad.jpg, in development and the tests; nginx serves them in production.

    MEDIA_ROOT is read at each request (a test may point it at a folder of its own); the headers
    come from core.headers.UploadHeadersMiddleware, as nginx adds them in production."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)

"""Views that belong to the site as a whole rather than to one app."""

import logging

from django.conf import settings
from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """Tell a load balancer whether this instance can serve: 200 when the database answers."""
    alias = getattr(settings, "HEALTHCHECK_DATABASE", "default")
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("Health check failed: database %r unreachable: %s", alias, exc)
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def media(request, path):
    """An upload, e.g. /media/original_images/baad.jpg, in development and the tests; nginx serves them in production.

    MEDIA_ROOT is read at each request (a test may point it at a folder of its own); the headers
    come from core.headers.UploadHeadersMiddleware, as nginx adds them in production."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)

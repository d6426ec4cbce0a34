"""Production: secrets from the environment, hardened cookies, compressed static files."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment in production.")

# Reuse database connections between requests (a new PostgreSQL connection per request
# costs more than most of our pages); DATABASE_CONN_MAX_AGE=0 turns it off.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# nginx terminates TLS and says so in X-Forwarded-Proto (deploy/nginx.conf sets it, and overwrites
# whatever a client sent). Django redirects plain HTTP to HTTPS as well, so a request that reaches
# gunicorn some other way is not served unencrypted; only /healthz answers on plain HTTP, for a
# monitor that asks gunicorn directly (curl http://127.0.0.1:8001/healthz).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# HSTS (SECURE_HSTS_SECONDS, _INCLUDE_SUBDOMAINS, _PRELOAD) comes from the environment in base.py.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's admin shows the page preview in an iframe of the portal itself, which DENY would
# blank out; SAMEORIGIN still keeps every other site from framing the portal (clickjacking).
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = [  # noqa: F405
    *SILENCED_SYSTEM_CHECKS,  # noqa: F405
    # X_FRAME_OPTIONS is SAMEORIGIN, not DENY, for the admin's preview iframe (above).
    "security.W019",
    # HSTS preloading (SECURE_HSTS_PRELOAD) is decided for the kommune's whole domain (kommune.dk) and
    # submitted to the browsers' list by its owner; a portal on frivillig.kommune.dk cannot preload
    # itself, so the portal does not nag about it. docs/deploying.md says how to turn it on.
    "security.W021",
]

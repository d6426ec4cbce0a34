"""Local development: the embedded defaults (SQLite, database search, console email)."""

import os
from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# A fixed key is fine on a developer's machine; production refuses to start without one.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-frivilligportal"
DEMO_CONTENT_ALLOWED = True
# One runserver process: its local-memory cache is shared by every request it serves.
if "LocMemCache" in CACHES["default"]["BACKEND"]:  # noqa: F405
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]  # noqa: F405
# The host `make run HOST=… PORT=…` serves on (BASE_URL) is one this server answers to.
_base_host = urlsplit(BASE_URL).hostname  # noqa: F405
if _base_host and _base_host not in ALLOWED_HOSTS:  # noqa: F405
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, _base_host]  # noqa: F405
# The second kommune `load_demo --site` adds answers at http://nabo.localhost:8000/ (browsers send *.localhost
# to 127.0.0.1); Wagtail tells the two sites apart by the Host header. Only with the default hosts: a machine
# given ALLOWED_HOSTS answers those and no others.
if "ALLOWED_HOSTS" not in os.environ and "nabo.localhost" not in ALLOWED_HOSTS:  # noqa: F405
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, "nabo.localhost"]  # noqa: F405
# The demo's users (admin, redaktoer, …) sign in with their password only; production asks superusers and
# Kommunikation for a second factor (TWO_FACTOR_REQUIRED, README). Set it to true to try the setup page.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)

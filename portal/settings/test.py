"""Settings for the test suite: fast hashing, local email outbox, no outside calls."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "test-only-not-secret-frivilligportal"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's test set-up sends mail straight to its in-memory outbox; tests that follow mail
# through the production queue use the mail_queue fixture, and the queue then delivers here.
MAILER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "media-test"  # noqa: F405
ALLOWED_HOSTS = ["*"]
# Uploads come through Django, with the headers nginx adds in production (core/headers.py).
SERVE_MEDIA = True
# The tests load the demo content, which production refuses to do.
DEMO_CONTENT_ALLOWED = True
# A page type from an app of its own that makes itself searchable without a line in search/
# (tests/search/test_page_protocol.py).
INSTALLED_APPS = [*INSTALLED_APPS, "tests.searchable_app"]  # noqa: F405

# Test databases are thrown away, so PostgreSQL need not wait for each commit to reach the disk
# (the migrations, the demo and every browser test commit).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
# Each test process counts form submissions in its own memory cache, which is all a test needs.
if "LocMemCache" in CACHES["default"]["BACKEND"]:  # noqa: F405
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]  # noqa: F405
# Two-factor authentication is asked for only in the tests about it (tests/core/test_two_factor.py turns it on):
# the other admin tests log in superusers and Kommunikation's editors with a password (or force_login).
TWO_FACTOR_REQUIRED = False
# Each search's count is written at once, so that a test reads it from the database right after the search
# (tests/search/test_analytics.py turns the batching on to show it).
SEARCH_COUNT_FLUSH_SECONDS = 0

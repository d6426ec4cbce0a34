"""Settings for the test suite: fast hashing, local email outbox, no outside calls."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "test-only-not-secret-frivilligportal"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail goes through the same database queue as in production and is delivered to
# Django's in-memory outbox when the queue is sent (see tests/mail.py).
MAILER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "media-test"  # noqa: F405
ALLOWED_HOSTS = ["*"]
# The tests load the demo content, which production refuses to do.
DEMO_CONTENT_ALLOWED = True

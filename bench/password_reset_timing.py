"""How long Wagtail's password reset takes for a staff member's email and for an unknown one.

Found: ~75 ms for an existing address, ~20 ms for an unknown one, so the clock told who is staff.
core/staff_login.EqualTimingPasswordResetForm does the same work for both; this measures it, with
Wagtail's own form for comparison. It builds a throw-away SQLite database (the migrations take a
minute) and prints the median of each:

    DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL=sqlite:// .venv/bin/python bench/password_reset_timing.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

ROUNDS = 40


def median_ms(email):
    times = []
    for round_number in range(ROUNDS):
        client = Client(REMOTE_ADDR=f"10.0.{round_number // 250}.{round_number % 250}")
        started = time.perf_counter()
        response = client.post("/admin/password_reset/", {"email": email})
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 302, response.status_code
    return statistics.median(times)


def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    get_user_model().objects.create_user("admin", email="admin@kommune.dk", password="x" * 20, is_staff=True)
    # Enough room for the rounds: the per-address limit would otherwise answer 429 after five.
    with override_settings(RATELIMIT_ENABLE=False, PASSWORD_HASHERS=settings.PASSWORD_HASHERS):
        for label, form in (
            ("Wagtail's form", "wagtail.admin.forms.auth.PasswordResetForm"),
            ("EqualTimingPasswordResetForm", "core.staff_login.EqualTimingPasswordResetForm"),
        ):
            with override_settings(WAGTAILADMIN_USER_PASSWORD_RESET_FORM=form):
                median_ms("admin@kommune.dk")  # warm caches (templates, translations)
                known, unknown = median_ms("admin@kommune.dk"), median_ms("ingen@example.dk")
            print(
                f"{label:30} known {known:6.1f} ms   unknown {unknown:6.1f} ms   difference {known - unknown:+6.1f} ms"
            )


if __name__ == "__main__":
    main()

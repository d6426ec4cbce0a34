"""An IT person sets the documented production environment and Django's deployment check has nothing to say.

Before, `manage.py check --deploy` warned about HSTS (W004), the HTTPS redirect (W008) and the frame
option (W019) even when set up exactly as documented.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DOCUMENTED_ENV = ROOT / "deploy" / "production.env.example"


def documented_environment():
    """deploy/production.env.example as a dict, with a real secret where it says change-me."""
    env = {}
    for line in DOCUMENTED_ENV.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            env[name.strip()] = value.strip().removeprefix('"').removesuffix('"')
    env["SECRET_KEY"] = "k" * 20 + "a-real-key-is-50-random-characters-long"
    return env


def check_deploy(**overrides):
    # Only the documented variables, nothing from the machine running the tests (no DATABASE_URL, DEBUG, ...).
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **documented_environment(), **overrides}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_documented_production_environment_passes_the_deployment_check():
    result = check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_check_still_warns_when_hsts_is_left_out():
    # The silenced checks are exactly the two with a reason in production.py, not the whole family.
    result = check_deploy(SECURE_HSTS_SECONDS="0")
    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


def test_the_check_fails_without_redis():
    result = check_deploy(REDIS_URL="")
    assert result.returncode != 0
    assert "django_ratelimit.E003" in result.stdout + result.stderr

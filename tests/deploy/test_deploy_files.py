"""The files an IT person copies from deploy/ say what the portal needs, and agree with it and the README."""

import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent.parent
DEPLOY = ROOT / "deploy"


def commands_in(text):
    return set(re.findall(r"manage(?:\.py|\.sh) (\w+)", text))


def test_every_cron_line_runs_a_command_the_portal_has():
    commands = commands_in((DEPLOY / "cron").read_text())
    assert commands >= {
        "retry_deferred",
        "purge_personal_data",
        "send_enquiry_reminders",
        "send_freshness_reminders",
        "publish_scheduled",
        "update_index",
    }
    assert commands <= set(get_commands()), commands - set(get_commands())


def test_the_readmes_cron_block_and_deploy_cron_run_the_same_commands():
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```cron", 1)[1].split("```", 1)[0]
    assert commands_in(block) == commands_in((DEPLOY / "cron").read_text())


def test_the_services_run_gunicorn_and_the_mail_worker_with_the_production_environment():
    site = (DEPLOY / "frivilligportal.service").read_text()
    mailer = (DEPLOY / "frivilligportal-mailer.service").read_text()
    assert "gunicorn portal.wsgi:application" in site
    assert "unix:/run/frivilligportal/gunicorn.sock" in site
    assert "unix:/run/frivilligportal/gunicorn.sock" in (ROOT / "docs" / "deploying.md").read_text()
    assert "manage.py runmailer" in mailer
    for unit in (site, mailer):
        assert "EnvironmentFile=/etc/frivilligportal/env" in unit


def test_the_production_environment_file_reads_the_same_in_bash_as_in_systemd(tmp_path):
    # systemd strips the quotes around "Frivilligportal <noreply@…>"; bash (deploy/with-env.sh, cron) must too.
    result = subprocess.run(
        [str(DEPLOY / "with-env.sh"), "sh", "-c", 'printf %s "$DEFAULT_FROM_EMAIL|$TRUSTED_PROXY_COUNT"'],
        env={"FRIVILLIGPORTAL_ENV": str(DEPLOY / "production.env.example"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Frivilligportal <noreply@example-kommune.dk>|1"


def test_nginx_takes_a_consultation_response_with_the_largest_attachment():
    config = (DEPLOY / "nginx.conf").read_text()
    assert "client_max_body_size @MAX_BODY@;" in config
    documented = (ROOT / "docs" / "deploying.md").read_text()
    max_body_mb = int(re.search(r"\| `@MAX_BODY@` \| `(\d+)m`", documented).group(1))
    largest_upload = max(
        settings.CONSULTATION_ATTACHMENT_MAX_BYTES,
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
        settings.WAGTAILDOCS_MAX_UPLOAD_SIZE,
    )
    # The form around the file (the response's text, the multipart boundaries) needs room too.
    assert max_body_mb * 1024 * 1024 >= largest_upload + 1024 * 1024


def test_nginx_sends_the_upload_headers_the_app_sends():
    """deploy/nginx.conf's /media/ headers are the app's own (UPLOAD_SECURITY_HEADERS, where the app defines them)."""
    media = (DEPLOY / "nginx.conf").read_text().split("location /media/ {", 1)[1].split("}", 1)[0]
    sent = dict(re.findall(r'add_header ([\w-]+) "([^"]*)" always;', media))
    expected = getattr(
        settings,
        "UPLOAD_SECURITY_HEADERS",
        {
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
        },
    )
    for header, value in expected.items():
        assert sent.get(header) == value, header
    assert "add_header Content-Disposition $frivilligportal_media_disposition always;" in media


def test_the_web_process_collects_garbage_seldom_enough_for_a_broad_search():
    """A broad search's thousands of rows must not set off full collections over the lexicon (portal/wsgi.py)."""
    script = "import gc, portal.wsgi; print(*gc.get_threshold()); print(gc.get_freeze_count() > 1000)"
    output = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert tuple(int(n) for n in output[0].split()) == (50_000, 20, 10)
    assert output[1] == "True"

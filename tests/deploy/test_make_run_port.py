"""A developer serves the demo on another port (`make run PORT=8100`) and every link follows.

Before, the Makefile never told load_demo or the servers the port: the demo printed
http://127.0.0.1:8000/, the site record said 127.0.0.1:8000, and so every email link (the site's
pages through page.full_url, the admin through BASE_URL) pointed at a server that was not there.
"""

import re
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Site

from directory.freshness import send_due
from search.vocabulary import vocabulary
from tests.helpers import load_demo
from tests.mail import new_mail

ROOT = Path(__file__).resolve().parent.parent.parent

pytestmark = pytest.mark.django_db


def make_dry_run(*arguments):
    """The commands `make` would run, without running them."""
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", *arguments], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_gives_the_port_and_host_to_the_demo_loader_the_server_and_the_mail_worker():
    commands = make_dry_run("demo", "serve", "PORT=8100", "HOST=127.0.0.2")
    load_demo_line = next(line for line in commands.splitlines() if "manage.py load_demo" in line)
    assert "BASE_URL=http://127.0.0.2:8100 " in load_demo_line
    assert re.search(r"BASE_URL=http://127\.0\.0\.2:8100 \S+ manage\.py runmailer", commands)
    assert re.search(r"BASE_URL=http://127\.0\.0\.2:8100 \S+ manage\.py runserver 127\.0\.0\.2:8100", commands)
    assert "Serving Frivilligportal on http://127.0.0.2:8100/" in commands
    assert ":8000" not in commands


def test_an_address_given_outright_wins_over_host_and_port():
    commands = make_dry_run("demo", "HOST=0.0.0.0", "BASE_URL=http://laptop.local:8000")
    assert "BASE_URL=http://laptop.local:8000 " in commands


@pytest.fixture
def caches_forgotten_after():
    """The test's changes to the demo are rolled back, but what they left in caches would outlive them:
    Wagtail's site root paths (with :8100) and the search's vocabulary, which load_demo recounts."""
    yield
    cache.clear()
    vocabulary.forget()


def test_the_demo_served_on_another_port_records_it_and_mails_links_to_it(
    demo, settings, mail_queue, caches_forgotten_after
):
    # The demo was first loaded for :8000 (the suite's BASE_URL); now `make run PORT=8100` loads it again.
    assert Site.objects.get(is_default_site=True).port == 8000
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8100"

    printed = load_demo()

    assert "Site:  http://127.0.0.1:8100/" in printed
    assert "Admin: http://127.0.0.1:8100/admin/" in printed
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8100)

    # A year on, the freshness reminders link to the page, its editor and the confirmation.
    new_mail()
    reminded, _hidden = send_due(now=timezone.now() + timedelta(days=400))
    assert reminded
    bodies = [message.body for message in new_mail()]
    links = [link for body in bodies for link in re.findall(r"https?://\S+", body)]
    assert links
    assert all(link.startswith("http://127.0.0.1:8100/") for link in links), links
    assert any("/admin/" not in link for link in links)  # the public page's own address, from the site record


def test_loading_the_demo_again_on_the_same_port_changes_nothing(demo):
    assert "nothing changed" in load_demo()

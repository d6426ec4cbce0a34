"""What the tests do again and again: read a page as a citizen sees it, say things in Danish,
make staff users, publish and moderate. Content itself is built with the apps' factories.py.
"""

import datetime
import io
import json
import re
import socket

import time_machine
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import OperationalError, connection
from django.http import HttpRequest
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page

# Danish, as the site shows it


def in_danish(text, **values):
    """An interface string as a Danish visitor reads it (the English msgid until it is translated)."""
    with translation.override("da"):
        return gettext(text) % values if values else gettext(text)


def danish_date(day):
    with translation.override("da"):
        return dateformat.format(day, "j. F Y")


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


# Pages as a citizen reads them


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    """The words of an element, as a screen reader says them: whitespace folded."""
    return " ".join(element.get_text(" ").split())


def card_titles(response, link_class="directory-card-link"):
    """The titles in a listing's result cards, in order (associations and tasks; guides: guide-card-link)."""
    return re.findall(rf'class="{link_class}" href="[^"]*">([^<]+)</a>', response.content.decode())


def filter_counts(response, param):
    """{option value: count} of one filter of a listing, as shown next to its checkboxes."""
    group = next(group for group in response.context["filter_groups"] if group.key == param)
    return {option.value: option.count for option in group.options}


def ticked_filters(response):
    """(name, value) of every ticked filter checkbox."""
    return re.findall(r'name="([^"]+)" value="([^"]+)" checked', response.content.decode())


def field_errors(response, form_prefix):
    """{field id: its error message} as shown next to the fields of a form whose ids start with form_prefix."""
    pattern = (
        rf'<span class="form-error-message" id="{form_prefix}-(\w+)-error"><span class="sr-only">[^<]*</span>'
        r"([^<]*)</span>"
    )
    return dict(re.findall(pattern, response.content.decode()))


def rendered_queries(path):
    """The SQL queries of a second request to path, rendered (the first fills caches that live for the process:
    content types, site root paths, renditions, the frame). Never from the page cache, which would answer with
    none at all: what is measured is what the page costs to make (tests/core/test_page_cache.py tests the cache),
    with none of its sections kept either (core/sections.py), so that each section's queries count.

    Both requests happen at the same instant: what is kept for the current minute (the calendar's facet counts,
    portal_events/listing.py) would otherwise be counted again when the minute turns between them, e.g. 6
    queries for /arrangementer/ at 12:00:59.9 and 11 at 12:01:00.0."""
    client = Client()
    with (
        override_settings(PAGE_CACHE_SECONDS=0, PAGE_SECTIONS_SECONDS=0),
        time_machine.travel(timezone.now(), tick=False),
    ):
        assert client.get(path).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
    assert response.status_code == 200
    return response, queries


def second_request(path):
    """The response to a second request to path, and its SQL query count (see ``rendered_queries``)."""
    response, queries = rendered_queries(path)
    return response, len(queries)


def queries_for(path):
    """The SQL query count of a second request to path."""
    return second_request(path)[1]


def menu_urls(response):
    """Every address in the admin's sidebar menu, as the browser receives it."""
    script = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', response.content.decode(), re.S
    )
    found = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("url"), str):
                found.add(node["url"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(script.group(1)))
    return found


# People and content

PASSWORD = "en-lang-og-sikker-adgangskode"  # of the users the tests make, for those that log in with it


def member_of(group_name, username, password=PASSWORD, **fields):
    """A staff user in one of the groups the migrations made (Kommunikation, Politikejere, …)."""
    fields.setdefault("email", f"{username}@kommune.dk")
    user = get_user_model().objects.create_user(username, password=password, **fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def password_login(client, username, password=PASSWORD):
    """Log the client in with a password, as the login form does.

    django-axes' backend (settings: AUTHENTICATION_BACKENDS) checks every login against the lockouts of
    the address it comes from, so it needs the request; Django's Client.login passes none, so it gets one
    from the test client's address (127.0.0.1)."""
    request = HttpRequest()
    request.META["REMOTE_ADDR"] = client.defaults.get("REMOTE_ADDR", "127.0.0.1")
    return client.login(request=request, username=username, password=password)


def logged_in(user, password=PASSWORD):
    """A browser of its own in which the user has logged in with their password."""
    client = Client()
    assert password_login(client, user.username, password)
    return client


def current_code(device):
    """The six digits the user's authenticator app shows now for a django-otp TOTP device."""
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():06d}"


def with_second_factor(client, user):
    """Give the user an authenticator app (a confirmed TOTP device) and type its code on the verify page,
    as a superuser or a member of Kommunikation does after the password when TWO_FACTOR_REQUIRED is on."""
    device = TOTPDevice.objects.create(user=user, name="Telefon", confirmed=True)
    response = client.post(reverse("two_factor:verify"), {"token": current_code(device)})
    assert response.status_code == 302, response.status_code
    return device


def publish(page):
    """Publish the page's current state as an editor does (so the page_published signal runs); fresh from the DB."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def live(page):
    """The page as the database holds it now (its published fields, not a draft's)."""
    return type(page).objects.get(pk=page.pk)


def load_demo(**options):
    """Run `manage.py load_demo` and return what it printed."""
    output = io.StringIO()
    call_command("load_demo", stdout=output, **options)
    return output.getvalue()


# Moderation in the admin


def task_state_of(page):
    return Page.objects.get(pk=page.pk).current_workflow_task_state


def workflow_action(client, page, action, comment=""):
    """Approve or reject (action) the page's current moderation task, as the moderator's buttons do."""
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state_of(page).pk])
    return client.post(url, {"comment": comment})


def expected_subject(msgid, **values):
    """The subject Wagtail writes, in the recipient's language (Danish unless they chose another)."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(msgid) % values


# The network


def closed_port():
    """A TCP port on 127.0.0.1 that nothing listens on (it was free a moment ago)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# A failing database


class DatabaseRefuses:
    """Make the database refuse statements, through Django's own hook (connection.execute_wrapper).

    ``DatabaseRefuses("INSERT")`` refuses every INSERT (a full disk, a read-only fail-over),
    ``DatabaseRefuses("INSERT", into="mailer_message")`` only those into the mail queue (it fails
    half-way through a sending), ``DatabaseRefuses()`` every statement (PostgreSQL is restarting).
    ``refused`` counts the statements refused, so a test can see the failure really happened.
    """

    def __init__(self, *verbs, into=""):
        self.verbs = tuple(verb.upper() for verb in verbs)
        self.into = into
        self.refused = 0

    def __call__(self, execute, sql, params, many, context):
        statement = sql.lstrip().upper()
        chosen = (not self.verbs or statement.startswith(self.verbs)) and self.into.upper() in statement
        # The transaction machinery must still work, or the test database could not roll back.
        if chosen and not statement.startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
            self.refused += 1
            raise OperationalError("could not write: the database server is not answering")
        return execute(sql, params, many, context)

    def __enter__(self):
        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        self._wrapper.__exit__(*exc)

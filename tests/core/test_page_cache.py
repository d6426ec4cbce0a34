"""Citizens get whole pages from the cache, and never an old one (core/pagecache.py, issue 17).

A page seen before is answered without rendering, with no SQL when the cache is Redis; a change an editor
publishes, or a change to anything a page shows (a category's name, the contact point, the menu), is on the
next request; logged-in users, visitors with a session and answers to forms are never served from the cache,
and the forms of a cached page keep working (each visitor gets their own CSRF token). Browsers revalidate
with ETag or Last-Modified and get 304. A Redis that is down means an uncached site, never a 500.
"""

import datetime
import http.server
import logging
import re
import shutil
import subprocess
import threading
import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from core import cache as core_cache
from core import cachegen
from core.pagecache import HEADER
from directory.factories import (
    AssociationContactFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    category,
)
from directory.models import ContactMessage
from home.models import ContactPoint
from policy.factories import ConsultationPageFactory, PolicyPageFactory
from search.models import ZeroResultQuery
from signups.models import Signup
from tests.helpers import closed_port, logged_in, member_of
from tests.signups.conftest import form_event, make_signup

pytestmark = pytest.mark.django_db

CLUB = "/foreninger/fjordlund-roklub/"
DIRECTORY = "/foreninger/"


@pytest.fixture
def club(home, portal_settings):
    directory = DirectoryIndexPageFactory(parent=home, title="Foreninger", slug="foreninger")
    club = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="fjordlund-roklub",
        contact_form_enabled=True,
        categories=[category("Idræt og motion")],
    )
    AssociationContactFactory(association=club, role="Formand", email="formand@fjordlund-roklub.dk")
    return club


def visit(client, path, **headers):
    response = client.get(path, **headers)
    assert response.status_code in (200, 304), (path, response.status_code)
    return response


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


# A page seen before, from the cache


def test_a_citizens_second_visit_comes_from_the_cache_without_any_sql_on_redis(club, shared_cache):
    first = visit(Client(), CLUB)
    assert first[HEADER] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = visit(Client(), CLUB)
    assert second[HEADER] == "hit"
    assert len(queries) == 0, [query["sql"] for query in queries]
    assert "Fjordlund Roklub" in second.content.decode()
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "da"


def test_without_redis_a_cached_page_costs_one_query_for_the_generation(club):
    # The embedded default's cache lives in one process: the generation other processes bump is in the database.
    visit(Client(), CLUB)
    with CaptureQueriesContext(connection) as queries:
        assert visit(Client(), CLUB)[HEADER] == "hit"
    assert len(queries) == 1


def test_each_language_and_each_address_is_its_own_entry(club):
    visit(Client(), CLUB)
    assert visit(Client(), CLUB + "?sendt=1")[HEADER] == "miss"
    assert visit(Client(), "/en" + CLUB)[HEADER] == "miss"  # the Danish page in the English frame
    assert 'lang="en"' in visit(Client(), "/en" + CLUB).content.decode()


# Never stale


def test_a_published_change_is_on_the_next_request_of_the_page_its_listing_and_the_home_page(club, shared_cache):
    for path in (CLUB, DIRECTORY, "/"):
        visit(Client(), path)
        assert visit(Client(), path)[HEADER] == "hit"

    publish(club, title="Fjordlund Roklub og Kajakklub")

    page = visit(Client(), CLUB)
    assert page[HEADER] == "miss"
    assert "Fjordlund Roklub og Kajakklub" in page.content.decode()
    assert "Fjordlund Roklub og Kajakklub" in visit(Client(), DIRECTORY).content.decode()


def test_a_new_association_appears_in_the_cached_listing_at_once(club):
    visit(Client(), DIRECTORY)
    AssociationPageFactory(parent=club.get_parent(), title="Nyby Havkajak", slug="nyby-havkajak")
    assert "Nyby Havkajak" in visit(Client(), DIRECTORY).content.decode()


def test_an_unpublished_page_is_gone_on_the_next_request(club):
    visit(Client(), CLUB)
    club.unpublish()
    assert Client().get(CLUB).status_code == 404


def test_a_deleted_page_is_gone_on_the_next_request(club):
    visit(Client(), CLUB)
    club.delete()
    assert Client().get(CLUB).status_code == 404


def test_a_moved_page_answers_at_its_new_address_and_the_old_one_leads_there(club, home):
    visit(Client(), CLUB)
    elsewhere = DirectoryIndexPageFactory(parent=home, title="Klubber", slug="klubber")
    Page.objects.get(pk=club.pk).move(elsewhere, pos="last-child")
    old = Client().get(CLUB)
    assert old.status_code in (301, 302)  # Wagtail's automatic redirect, not the cached page
    assert old["Location"].endswith("/klubber/fjordlund-roklub/")
    assert "Fjordlund Roklub" in visit(Client(), "/klubber/fjordlund-roklub/").content.decode()


def test_a_renamed_category_is_shown_on_the_cached_page_at_once(club):
    assert "Idræt og motion" in visit(Client(), CLUB).content.decode()
    term = club.categories.get()
    term.name = "Sport og bevægelse"
    term.save()
    html = visit(Client(), CLUB).content.decode()
    assert "Sport og bevægelse" in html
    assert "Idræt og motion" not in html


def test_a_changed_contact_point_is_in_every_cached_pages_footer(club, portal_settings):
    visit(Client(), CLUB)
    visit(Client(), "/")
    point = ContactPoint.objects.first() or ContactPoint.objects.create(name="Borgerservice")
    point.name = "Frivilligcentret i Rådhuset"
    point.save()
    portal_settings.contact_point = point
    portal_settings.save()
    for path in (CLUB, "/"):
        assert "Frivilligcentret i Rådhuset" in visit(Client(), path).content.decode()


def test_a_new_menu_item_is_in_the_cached_frame_at_once(club, home):
    visit(Client(), CLUB)
    DirectoryIndexPageFactory(parent=home, title="Frivilligbørsen", slug="frivilligborsen", show_in_menus=True)
    assert "Frivilligbørsen" in visit(Client(), CLUB).content.decode()


def test_what_citizens_send_does_not_empty_the_cache(club):
    before = cachegen.current()
    ContactMessage.objects.create(association=club, name="Maja", email="maja@example.dk", message="Hej")
    ZeroResultQuery.objects.create(query_string="kajakpolo", date="2026-12-07")
    assert cachegen.current() == before
    term = club.categories.get()
    term.save()
    assert cachegen.current() == before + 1


def seats_on(response):
    return re.search(r'id="signup-state">([^<]*)<', response.content.decode()).group(1)


@pytest.mark.parametrize("cache_kind", ["local", "redis"])
def test_a_sign_up_is_on_its_cached_event_page_at_once_and_the_rest_of_the_cache_stays_warm(club, cache_kind, request):
    """A popular event takes a sign-up a minute: each must show on the event page ("1 plads tilbage") at once,
    without emptying the cache of every other page (the home page, the listings) as a publish does."""
    if cache_kind == "redis":
        request.getfixturevalue("shared_cache")
    event = form_event(club, signup_capacity=2)
    for path in (event.url, CLUB, DIRECTORY):
        visit(Client(), path)
    assert visit(Client(), event.url)[HEADER] == "hit"
    pages_generation = cachegen.current()

    make_signup(event, "Anna", "anna@example.dk")

    after = visit(Client(), event.url)
    assert after[HEADER] == "miss" and seats_on(after) == "1 plads tilbage."
    assert visit(Client(), event.url)[HEADER] == "hit"
    assert cachegen.current() == pages_generation
    assert visit(Client(), CLUB)[HEADER] == "hit" and visit(Client(), DIRECTORY)[HEADER] == "hit"

    Signup.objects.get(email="anna@example.dk").delete()  # the retention rule, or the event deleted in the admin
    assert seats_on(visit(Client(), event.url)) == "2 pladser tilbage."


def test_a_consultation_is_kept_no_longer_than_until_it_closes(home, portal_settings, settings):
    settings.FRONTEND_CACHE_SECONDS = 600
    policy = PolicyPageFactory(parent=home, title="Frivilligpolitik", slug="politik", in_consultation=True)
    closes = timezone.now() + datetime.timedelta(seconds=3)
    ConsultationPageFactory(parent=policy, title="Høring", slug="hoering", closes_at=closes)
    page = visit(Client(), "/politik/hoering/")
    assert 'class="consultation-form"' in page.content.decode()
    kept = int(re.search(r"s-maxage=(\d+)", page["Cache-Control"]).group(1))
    assert 0 < kept <= 3  # a CDN keeps it no longer either
    assert visit(Client(), "/politik/hoering/")[HEADER] == "hit"

    time.sleep(max(0, (closes - timezone.now()).total_seconds()) + 0.5)
    closed = visit(Client(), "/politik/hoering/")
    assert closed[HEADER] == "miss"
    assert 'class="consultation-form"' not in closed.content.decode()


# Never for one visitor's eyes


def test_a_logged_in_editor_is_never_served_from_the_cache_and_never_fills_it(club):
    visit(Client(), CLUB)  # cached for citizens
    editor = logged_in(member_of("Kommunikation", "redaktoer"))
    answer = visit(editor, CLUB)
    assert HEADER not in answer
    assert "wagtail-userbar" in answer.content.decode()  # the editor's own toolbar, rendered for them
    citizen = visit(Client(), CLUB)
    assert citizen[HEADER] == "hit"
    assert "wagtail-userbar" not in citizen.content.decode()


def test_a_visitor_with_a_session_or_a_message_waiting_gets_the_page_rendered(club):
    visit(Client(), CLUB)
    with_session = Client()
    with_session.cookies["sessionid"] = "abc"
    assert HEADER not in visit(with_session, CLUB)
    with_message = Client()
    with_message.cookies["messages"] = "x"
    assert HEADER not in visit(with_message, CLUB)


def test_the_form_with_errors_after_a_post_is_never_cached(club):
    answer = Client().post(CLUB, {"name": "Maja", "email": "ikke-en-adresse", "message": "Hej", "consent": "on"})
    assert answer.status_code == 400
    assert HEADER not in answer
    clean = visit(Client(), CLUB).content.decode()
    assert "ikke-en-adresse" not in clean
    assert 'aria-invalid="true"' not in clean


# The forms of a cached page


def test_each_visitor_of_a_cached_page_gets_a_csrf_token_of_their_own_that_works(club, mail_queue):
    visit(Client(), CLUB)
    tokens = set()
    for name in ("Maja", "Ahmad"):
        visitor = Client(enforce_csrf_checks=True)
        page = visit(visitor, CLUB)
        assert page[HEADER] == "hit"
        html = page.content.decode()
        token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        assert len(token) == 64
        tokens.add(visitor.cookies["csrftoken"].value)
        sent = visitor.post(
            CLUB,
            {
                "csrfmiddlewaretoken": token,
                "name": name,
                "email": f"{name.lower()}@example.dk",
                "message": "Må jeg prøve at ro?",
                "consent": "on",
                "website": "",
            },
        )
        assert sent.status_code == 302, sent.content.decode()[:500]
    assert len(tokens) == 2  # two visitors, two cookies
    assert ContactMessage.objects.count() == 2


def test_a_visitor_who_has_a_csrf_cookie_keeps_it(club):
    visit(Client(), CLUB)
    visitor = Client(enforce_csrf_checks=True)
    visit(visitor, CLUB)
    cookie = visitor.cookies["csrftoken"].value
    again = visit(visitor, CLUB)
    assert again[HEADER] == "hit"
    assert "csrftoken" not in again.cookies or again.cookies["csrftoken"].value == cookie


# What browsers and CDNs are told


def test_public_pages_say_revalidate_and_answer_304_when_nothing_changed(club):
    first = visit(Client(), CLUB)
    assert first["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert first["ETag"].startswith('"')
    assert first["Last-Modified"]
    second = visit(Client(), CLUB)
    assert second["ETag"] == first["ETag"]  # the same page for everyone, whatever the CSRF token

    not_modified = Client().get(CLUB, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    since = Client().get(CLUB, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304

    publish(club, title="Fjordlund Roklub og Kajakklub")
    changed = Client().get(CLUB, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


def test_the_first_render_also_answers_a_conditional_get(club):
    etag = visit(Client(), CLUB)["ETag"]
    caches["default"].clear()
    assert Client().get(CLUB, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_with_a_cdn_configured_pages_may_be_kept_there_but_not_searches(club, settings):
    settings.FRONTEND_CACHE_SECONDS = 120
    assert "s-maxage=120" in visit(Client(), CLUB)["Cache-Control"]
    search = visit(Client(), "/search/?q=roklub")
    assert "s-maxage" not in search["Cache-Control"]


def test_the_page_cache_can_be_turned_off(club, settings):
    settings.PAGE_CACHE_SECONDS = 0
    visit(Client(), CLUB)
    assert HEADER not in visit(Client(), CLUB)


# The search


@pytest.mark.search_index
def test_a_cached_search_shows_a_renamed_association_and_still_counts_for_the_reports(club, settings):
    settings.SEARCH_COUNT_FLUSH_SECONDS = 0  # written at once, so that the test can read the count
    publish(club)  # into the search's documents, as an editor's publish does
    path = "/search/?q=roklub"
    assert "Fjordlund Roklub" in visit(Client(), path).content.decode()
    assert visit(Client(), path)[HEADER] == "hit"
    assert Query.get("roklub").hits == 2

    publish(club, title="Fjordlund Roklub og Kajakklub")
    assert "Fjordlund Roklub og Kajakklub" in visit(Client(), path).content.decode()


# Redis down


def test_with_redis_unreachable_the_site_serves_uncached_and_logs_once(club, settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with caplog.at_level(logging.ERROR, logger="core.cache"):
        for path in (CLUB, CLUB, DIRECTORY, "/"):
            answer = Client().get(path)
            assert answer.status_code == 200
            assert answer[HEADER] == "miss"  # rendered; nothing could be stored
    errors = [record for record in caplog.records if record.name == "core.cache"]
    assert len(errors) == 1
    assert "unreachable" in errors[0].getMessage()


# A CDN or Varnish in front: the same purges


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A stand-in for Varnish on a real socket: records each PURGE Wagtail's HTTPBackend sends."""

    purged = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.purged.append(f"{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish(settings):
    PurgeRecorder.purged = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()


def test_a_publish_purges_the_page_its_listing_the_home_page_and_the_search_at_the_cdn(
    club, varnish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish(club, title="Fjordlund Roklub og Kajakklub")
    paths = {url.split("/", 1)[1] if "/" in url else "" for url in varnish}
    assert {"foreninger/fjordlund-roklub/", "foreninger/", "", "search/"} <= paths, varnish


def test_a_renamed_category_purges_every_page_at_the_cdn(club, varnish, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        term = club.categories.get()
        term.name = "Sport og bevægelse"
        term.save()
    purged = set(varnish)
    for page in Page.objects.live().exclude(depth=1).specific():
        assert any(url.endswith(page.url) for url in purged), (page.url, purged)


def test_a_sign_up_purges_its_event_page_at_the_cdn_and_nothing_else(club, varnish, django_capture_on_commit_callbacks):
    event = form_event(club, signup_capacity=2)
    with django_capture_on_commit_callbacks(execute=True):
        make_signup(event, "Anna", "anna@example.dk")
    assert varnish and all(url.endswith(event.url) for url in varnish), varnish


def test_when_redis_answers_again_the_cache_is_used_again_and_that_is_logged_once(settings, caplog, monkeypatch):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (.ci/run installs it)")
    monkeypatch.setattr(core_cache, "RETRY_SECONDS", 0.2)  # production waits 5 s before trying again
    port = closed_port()
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": f"redis://127.0.0.1:{port}/0"}
    }
    cache = caches["default"]
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        assert cache.get("frame") is None
        cache.set("frame", "kept")  # nothing kept, nothing raised
        assert cache.get("frame") is None
        server = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while cache.get("frame") != "kept":
                assert time.monotonic() < deadline, "Redis did not come up"
                time.sleep(0.25)
                cache.set("frame", "kept")
        finally:
            server.terminate()
            server.wait(timeout=10)
    messages = [record.getMessage() for record in caplog.records if record.name == "core.cache"]
    assert len(messages) == 2, messages
    assert "unreachable" in messages[0] and "answers again" in messages[1]

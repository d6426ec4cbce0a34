"""A load balancer and the kommune's monitoring ask /healthz whether this instance can serve.

Each part a page needs is checked and reported: the database, the static manifest (without
collectstatic every page is a 500), the cache, and the age of the oldest queued email.
"""

import copy
import datetime

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection, connections
from django.utils import timezone
from django.utils.functional import empty
from mailer.models import Message

ALL_OK = {
    "database": {"status": "ok"},
    "static": {"status": "ok"},
    "cache": {"status": "ok"},
    "mail_queue": {"status": "ok", "oldest_seconds": 0},
}


def checks(response):
    return response.json()["checks"]


@pytest.mark.django_db
def test_healthz_answers_200_and_reports_each_check_when_all_is_well(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert checks(response) == ALL_OK
    assert "no-cache" in response["Cache-Control"]


@pytest.fixture
def unreachable_database(monkeypatch):
    """A real connection alias, configured like ours, to a database that cannot be reached."""
    config = copy.deepcopy(connection.settings_dict)
    if connection.vendor == "sqlite":
        config["NAME"] = "/nonexistent-dir/portal.sqlite3"
    else:
        config.update(HOST="127.0.0.1", PORT="1")
    monkeypatch.setitem(connections.settings, "unreachable", config)
    yield "unreachable"
    connections["unreachable"].close()
    del connections["unreachable"]


def test_healthz_answers_503_when_the_database_is_unreachable(
    client, settings, unreachable_database, django_db_blocker
):
    settings.HEALTHCHECK_DATABASE = unreachable_database
    # No test database is involved: the view talks only to the unreachable one.
    with django_db_blocker.unblock():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert checks(response)["database"] == {"status": "failing"}
    assert checks(response)["mail_queue"] == {"status": "unknown"}
    # Nothing about the set-up leaks: no host, port, path or error text.
    assert "nonexistent" not in response.content.decode() and "127.0.0.1" not in response.content.decode()


@pytest.mark.django_db
def test_healthz_answers_503_when_the_static_manifest_is_missing(client, settings, tmp_path):
    # Production's storage with an empty STATIC_ROOT: what a deployment without collectstatic has.
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    try:
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            staticfiles_storage.url("css/portal.css")  # what every page would do
        response = client.get("/healthz")
    finally:
        staticfiles_storage._wrapped = empty  # the next test builds the storage of its own settings
    assert response.status_code == 503
    assert checks(response)["static"] == {"status": "failing"}
    assert checks(response)["database"] == {"status": "ok"}


@pytest.mark.django_db
def test_healthz_answers_503_when_the_cache_does_not_keep_what_it_is_given(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    response = client.get("/healthz")
    assert response.status_code == 503
    assert checks(response)["cache"] == {"status": "failing"}


@pytest.mark.django_db
def test_an_old_mail_queue_is_a_warning_not_an_outage(client, settings):
    settings.HEALTHCHECK_MAIL_QUEUE_WARN_SECONDS = 3600
    queued = Message.objects.create(message_data="")
    Message.objects.filter(pk=queued.pk).update(when_added=timezone.now() - datetime.timedelta(minutes=30))
    response = client.get("/healthz")
    assert response.status_code == 200
    assert checks(response)["mail_queue"]["status"] == "ok"
    assert 1790 <= checks(response)["mail_queue"]["oldest_seconds"] <= 1810

    Message.objects.filter(pk=queued.pk).update(when_added=timezone.now() - datetime.timedelta(hours=2))
    response = client.get("/healthz")
    assert response.status_code == 200  # the pages still work: alert someone, keep serving
    assert response.json()["status"] == "warning"
    assert checks(response)["mail_queue"]["status"] == "warning"
    assert checks(response)["mail_queue"]["oldest_seconds"] >= 7200


@pytest.mark.django_db
def test_healthz_only_answers_get(client):
    assert client.post("/healthz").status_code == 405

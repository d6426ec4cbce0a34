"""A load balancer asks /healthz whether this instance can serve."""

import copy

import pytest
from django.db import connection, connections


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
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
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


@pytest.mark.django_db
def test_healthz_only_answers_get(client):
    assert client.post("/healthz").status_code == 405

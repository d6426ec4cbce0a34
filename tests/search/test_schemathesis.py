"""schemathesis checks the search API against its own description (/api/openapi.json).

It generates requests from the OpenAPI schema django-ninja publishes, sends them to the WSGI
application in-process, and checks each answer: no 5xx, a status code and a body the schema
describes, and input the schema calls invalid refused. Where the description allowed what the
API refuses (an empty ``q``), the description was fixed (search/api.py: min_length and a pattern).
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from portal.wsgi import application
from tests.hostile import record, scaled

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def searchable(searchable_pages, settings):
    settings.RATELIMIT_ENABLE = False  # the search API's limit would answer 429 to most examples


@pytest.fixture(autouse=True)
def keep_the_tests_connection():
    """The WSGI application closes "old" database connections around each request; on PostgreSQL that closes
    the connection holding the test's transaction ("the connection is closed"). Django's test client
    disconnects the same handler while it makes a request; so does this, for schemathesis' in-process calls."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=scaled(100), deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_the_search_api_keeps_to_its_description(case):
    response = case.call()
    record(response)
    case.validate_response(
        response,
        checks=[not_a_server_error, status_code_conformance, response_schema_conformance, negative_data_rejection],
    )

"""When the database fails, nobody gets a bare 500 and nothing typed is lost (core/failures.py).

The public forms give themselves back filled in (their own tests: tests/directory/test_contact_form.py,
tests/policy/test_consultation.py, tests/enquiries/, tests/applications/). Everything else that
meets a DatabaseError, such as the admin login while PostgreSQL restarts, gets the translated 503
page, which is rendered without asking the database anything.
"""

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from core.failures import DatabaseUnavailableMiddleware
from tests.helpers import DatabaseRefuses, in_danish, soup_of, text_of

pytestmark = pytest.mark.django_db

UNAVAILABLE = (
    "A part of the portal is not working right now, so we could not do what you asked. Please try again in a moment."
)


def test_the_admin_login_with_the_database_down_answers_a_translated_503_not_500(client, site):
    with DatabaseRefuses() as database:
        response = client.post("/admin/login/", {"username": "admin", "password": "hemmeligt-kodeord-123"})
    assert database.refused
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    page = soup_of(response)
    assert page.html["lang"] == "da"
    assert text_of(page.h1) == "Midlertidigt utilgængelig"
    assert text_of(page.find(id="unavailable-notice")) == in_danish(UNAVAILABLE)
    # The user name typed is given back; the password never is.
    assert "hemmeligt-kodeord-123" not in response.content.decode()
    assert page.find("textarea").get_text() == "admin"


def test_the_503_page_renders_without_the_database(client, site):
    with DatabaseRefuses(), CaptureQueriesContext(connection) as queries:
        response = client.post("/admin/login/", {"username": "admin", "password": "x"})
    assert response.status_code == 503
    # Only the login's own attempt (the user, and django-axes' record of attempts) reached the database and was
    # refused; the page itself asked for nothing.
    login_tables = ("auth_user", "axes_", "SAVEPOINT")
    asked = [query["sql"] or "" for query in queries.captured_queries]
    # (A statement the database refused is captured without its SQL.)
    assert [sql for sql in asked if sql and not any(table in sql for table in login_tables)] == []


def test_the_503_page_is_in_english_under_en(client, site):
    with DatabaseRefuses():
        response = client.get("/en/")
    assert response.status_code == 503
    page = soup_of(response)
    assert page.html["lang"] == "en"
    assert text_of(page.h1) == "Temporarily unavailable"
    assert page.find("textarea") is None  # a GET sent no text


def test_the_503_page_shows_typed_text_as_text_not_markup(client, site):
    with DatabaseRefuses():
        response = client.post("/admin/login/", {"username": "<script>alert(1)</script>", "password": "x"})
    assert response.status_code == 503
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert soup_of(response).find("textarea").get_text() == "<script>alert(1)</script>"


def test_only_database_failures_become_503_and_bugs_stay_500(rf):
    # A bug must still be a 500 that pages someone; only a failing database is "try again in a moment".
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = rf.post("/", {"message": "Hej"})
    assert middleware.process_exception(request, ValueError("a bug")) is None
    assert middleware.process_exception(request, OperationalError("server closed the connection")).status_code == 503

"""Staff sign in to the admin safely: guessing stops, and the password reset tells nobody who is staff.

Found: 30 wrong passwords and then the right one still logged `admin` in; a password reset took
~75 ms for an existing address and ~20 ms for an unknown one. Now django-axes locks a username
from one address after AXES_FAILURE_LIMIT failures (the lockout page is Wagtail's login frame, in
Danish), `manage.py axes_reset_username` lifts it, and the reset form does the same work for an
unknown address as for a known one (core/staff_login.py).
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.management import call_command
from django.template import loader
from django.test import Client, override_settings
from mailer.models import Message as QueuedMessage

from core.staff_login import EqualTimingPasswordResetForm
from tests.helpers import PASSWORD, in_danish, password_login, soup_of, text_of
from tests.mail import deliver_queued_mail

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

LOGIN = "/admin/login/"


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_superuser("admin", email="admin@kommune.dk", password=PASSWORD)


def attempt(client, password, username="admin"):
    return client.post(LOGIN, {"username": username, "password": password})


def logged_in_as(client):
    return client.session.get("_auth_user_id")


@override_settings(RATELIMIT_LOGIN_PER_IP="1000/h", RATELIMIT_LOGIN_PER_USERNAME="1000/h")
def test_thirty_wrong_passwords_then_the_right_one_does_not_log_in(admin):
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    for number in range(30):
        assert attempt(guesser, f"gæt-{number}").status_code in (200, 429)
    response = attempt(guesser, PASSWORD)
    assert response.status_code == 429
    assert logged_in_as(guesser) is None
    page = soup_of(response)
    assert text_of(page.find("h1")) == in_danish("Signing in is locked")
    message = text_of(page.find(id="lockout-message"))
    assert message.startswith("For mange mislykkede forsøg på at logge ind") and "i 60 minutter" in message
    assert page.find("a", href="/admin/password_reset/") is not None


def test_the_lock_starts_at_the_failure_limit_and_holds_only_that_username_from_that_address(admin):
    get_user_model().objects.create_user("sofie", password=PASSWORD, is_staff=True)
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    for number in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(guesser, f"gæt-{number}").status_code == 200  # Wagtail's "wrong password", not yet locked
    assert attempt(guesser, "det sidste gæt").status_code == 429
    assert attempt(guesser, PASSWORD).status_code == 429
    # The real admin at the town hall still gets in, and so does a colleague from the guesser's address.
    town_hall = Client(REMOTE_ADDR="198.51.100.4")
    assert attempt(town_hall, PASSWORD).status_code == 302
    assert logged_in_as(town_hall) == str(admin.pk)
    colleague = Client(REMOTE_ADDR="203.0.113.9")
    assert attempt(colleague, PASSWORD, username="sofie").status_code == 302


def test_an_administrator_lifts_the_lock_with_axes_reset_username(admin):
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(guesser, f"gæt-{number}")
    assert attempt(guesser, PASSWORD).status_code == 429
    call_command("axes_reset_username", "admin", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert attempt(guesser, PASSWORD).status_code == 302
    assert logged_in_as(guesser) == str(admin.pk)


def test_the_test_clients_password_login_goes_through_axes(admin):
    client = Client()
    assert password_login(client, "admin", PASSWORD)
    assert not password_login(Client(), "admin", "forkert")


# The password reset -----------------------------------------------------------------------------------------


class Work:
    """What a password reset did: tokens made, templates rendered, messages serialised for the queue."""

    def __init__(self):
        self.tokens = self.renders = self.serialised = 0


@pytest.fixture
def work(monkeypatch):
    done = Work()
    make_token, render, set_email = (
        default_token_generator.make_token,
        loader.render_to_string,
        QueuedMessage.email.fset,
    )

    def counted_token(user):
        done.tokens += 1
        return make_token(user)

    def counted_render(*args, **kwargs):
        done.renders += 1
        return render(*args, **kwargs)

    def counted_set_email(message, value):
        done.serialised += 1
        return set_email(message, value)

    monkeypatch.setattr(default_token_generator, "make_token", counted_token)
    monkeypatch.setattr("core.staff_login.loader.render_to_string", counted_render)
    monkeypatch.setattr(QueuedMessage, "email", property(QueuedMessage.email.fget, counted_set_email))
    return done


def reset(email, work):
    before = (work.tokens, work.renders, work.serialised)
    response = Client(REMOTE_ADDR="192.0.2.30").post("/admin/password_reset/", {"email": email})
    assert response.status_code == 302  # the same "check your email" either way
    assert response["Location"] == "/admin/password_reset/done/"
    return (work.tokens - before[0], work.renders - before[1], work.serialised - before[2])


def test_a_password_reset_does_the_same_work_whether_or_not_the_account_exists(admin, work):
    assert settings.WAGTAILADMIN_USER_PASSWORD_RESET_FORM == "core.staff_login.EqualTimingPasswordResetForm"
    known = reset("admin@kommune.dk", work)
    unknown = reset("ingen@example.dk", work)
    assert known == unknown == (1, 2, 1)  # one token, subject and body rendered, one message serialised
    # Only the real account gets an email.
    [email] = deliver_queued_mail()
    assert email.to == ["admin@kommune.dk"]


@override_settings(WAGTAILADMIN_USER_PASSWORD_RESET_FORM="wagtail.admin.forms.auth.PasswordResetForm")
def test_wagtails_own_form_did_less_for_an_unknown_address(admin, work):
    """The finding, kept: with Wagtail's form an unknown address skipped the token, the templates and the queue."""
    assert reset("admin@kommune.dk", work) == (1, 2, 1)
    assert reset("ingen@example.dk", work) == (0, 0, 0)


def test_the_reset_link_works_for_the_real_account(admin):
    form = EqualTimingPasswordResetForm({"email": "admin@kommune.dk"})
    assert form.is_valid()
    form.save(
        subject_template_name="wagtailadmin/account/password_reset/email_subject.txt",
        email_template_name="wagtailadmin/account/password_reset/email.txt",
        domain_override="testserver",
    )
    [email] = deliver_queued_mail()
    link = next(word for word in email.body.split() if "/admin/password_reset/confirm/" in word)
    assert Client().get(link, follow=True).status_code == 200

"""Staff sign in with a code from an app as well as the password (core/two_factor.py, django-otp).

There was no second factor for staff: a guessed or stolen password was enough. Now superusers and
Kommunikation must set up an authenticator app before any admin page (with TWO_FACTOR_REQUIRED on,
as in production), and every other staff member can turn it on from their account. The QR code is
drawn on our own server as SVG.
"""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.two_factor import WRONG_CODE_MESSAGE
from tests.helpers import (
    PASSWORD,
    current_code,
    in_danish,
    member_of,
    password_login,
    soup_of,
    text_of,
    with_second_factor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def required(settings):
    """As in production: superusers and Kommunikation must use a second factor."""
    settings.TWO_FACTOR_REQUIRED = True


SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_superuser("admin", email="admin@kommune.dk", password=PASSWORD)


def signed_in(user):
    client = Client()
    assert password_login(client, user.username, PASSWORD)
    return client


def test_a_superuser_with_only_a_password_meets_the_setup_page_before_any_admin_page(admin):
    client = signed_in(admin)
    for path in ("/admin/", "/admin/pages/", "/admin/users/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == f"{SETUP}?next={path}"


def test_a_superuser_sets_up_an_app_with_the_qr_code_and_then_uses_the_admin(admin):
    client = signed_in(admin)
    page = client.get(SETUP)
    assert page.status_code == 200
    html = soup_of(page)
    assert text_of(html.find("h1")) == in_danish("Set up two-factor authentication")
    assert html.find("svg", attrs={"aria-labelledby": "two-factor-qr-label"}) is not None  # drawn here, no <img src=…>
    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    assert text_of(html.find(id="two-factor-secret")) in device.config_url

    wrong = client.post(SETUP, {"token": "000000" if current_code(device) != "000000" else "111111"})
    assert wrong.status_code == 400
    assert text_of(soup_of(wrong).find(id="two-factor-error")) == in_danish(str(WRONG_CODE_MESSAGE))
    assert client.get("/admin/").status_code == 302

    # django-otp makes each try after a wrong code wait a little longer (a second after the first).
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=2)):
        right = client.post(SETUP, {"token": current_code(device), "next": "/admin/pages/"})
        assert right.status_code == 302 and right["Location"] == "/admin/pages/"
        assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_next_time_the_password_alone_leads_to_the_code_and_a_stolen_password_goes_no_further(admin):
    device = TOTPDevice.objects.create(user=admin, name="Telefon", confirmed=True)
    thief = signed_in(admin)
    response = thief.get("/admin/pages/")
    assert response["Location"] == f"{VERIFY}?next=/admin/pages/"
    for guess in ("123456", "654321", "000001"):
        if guess != current_code(device):
            assert thief.post(VERIFY, {"token": guess}).status_code == 400
    assert thief.get("/admin/pages/").status_code == 302

    owner = signed_in(admin)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=31)):
        assert (
            owner.post(VERIFY, {"token": current_code(device), "next": "/admin/pages/"})["Location"] == "/admin/pages/"
        )
        assert owner.get("/admin/pages/").status_code == 200


def test_kommunikation_must_use_it_and_other_staff_may(db):
    editor = member_of("Kommunikation", "sofie")
    owner = member_of("Politikejere", "lars")
    assert signed_in(editor).get("/admin/")["Location"] == f"{SETUP}?next=/admin/"
    lars = signed_in(owner)
    assert lars.get("/admin/").status_code == 200
    account = lars.get("/admin/account/")
    assert soup_of(account).find("a", href=SETUP) is not None  # "Set up two-factor authentication"
    assert lars.get(SETUP).status_code == 200


@override_settings(TWO_FACTOR_REQUIRED=False)
def test_without_the_requirement_a_superuser_gets_in_with_the_password_but_a_set_up_app_is_still_asked(admin):
    assert signed_in(admin).get("/admin/").status_code == 200
    TOTPDevice.objects.create(user=admin, name="Telefon", confirmed=True)
    assert signed_in(admin).get("/admin/")["Location"] == f"{VERIFY}?next=/admin/"


def test_the_test_helper_verifies_like_the_user_does(admin):
    client = signed_in(admin)
    with_second_factor(client, admin)
    assert client.get("/admin/").status_code == 200


def test_the_code_pages_do_not_send_anyone_elsewhere(admin):
    client = signed_in(admin)
    TOTPDevice.objects.create(user=admin, name="Telefon", confirmed=True)
    response = client.post(VERIFY, {"token": "x", "next": "https://angriber.example/"})
    assert 'value="/admin/"' in response.content.decode()


def test_what_the_code_pages_load_is_not_sent_to_them(admin):
    """Wagtail's icon sprite and JavaScript translations load on the setup page itself: redirected, the sprite
    request got the setup page, which Wagtail's script pasted into the page a second time."""
    client = signed_in(admin)
    assert client.get("/admin/sprite/").status_code == 200
    assert client.get("/admin/jsi18n/").status_code == 200

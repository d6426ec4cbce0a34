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
from django.contrib.auth.models import Permission
from django.test import Client, override_settings
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

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
from tests.mail import new_mail

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


# A lost phone: an administrator resets the colleague's second factor ----------------------------------------------


def test_sofie_lost_her_phone_and_the_administrator_resets_her_app(admin, mail_queue):
    sofie = member_of("Kommunikation", "sofie", first_name="Sofie", last_name="Lund")
    TOTPDevice.objects.create(user=sofie, name="Telefon", confirmed=True)
    administrator = signed_in(admin)
    with_second_factor(administrator, admin)

    users = soup_of(administrator.get("/admin/users/"))
    reset_address = f"/admin/two-factor/reset/{sofie.pk}/"
    assert users.find("a", href=reset_address) is not None  # "Reset two-factor" in Sofie's row

    confirm = administrator.get(reset_address)
    assert confirm.status_code == 200
    assert "Sofie Lund" in text_of(soup_of(confirm).find("main"))
    assert TOTPDevice.objects.filter(user=sofie).exists()  # a GET changes nothing

    done = administrator.post(reset_address)
    assert done.status_code == 302 and done["Location"] == "/admin/users/"
    assert not TOTPDevice.objects.filter(user=sofie).exists()
    assert ModelLogEntry.objects.filter(object_id=str(sofie.pk), action="portal.two_factor_reset").exists()
    [told] = [message for message in new_mail() if message.to == [sofie.email]]
    assert told.subject == in_danish("Your two-factor authentication was reset")

    # Her next sign-in sets up a new app.
    assert signed_in(sofie).get("/admin/")["Location"] == f"{SETUP}?next=/admin/"


def test_only_those_who_may_edit_users_reset_a_second_factor_and_a_superuser_only_by_a_superuser(admin):
    sofie = member_of("Kommunikation", "sofie")
    TOTPDevice.objects.create(user=sofie, name="Telefon", confirmed=True)
    lars = member_of("Politikejere", "lars")
    user_admin = member_of("Politikejere", "mette")
    user_admin.user_permissions.add(Permission.objects.get(codename="change_user", content_type__app_label="auth"))
    TOTPDevice.objects.create(user=admin, name="Telefon", confirmed=True)

    for who, target in ((lars, sofie), (user_admin, admin)):
        client = signed_in(who)
        assert client.post(f"/admin/two-factor/reset/{target.pk}/").status_code in (302, 403)
        assert TOTPDevice.objects.filter(user=target).exists()
    assert Client().post(f"/admin/two-factor/reset/{sofie.pk}/")["Location"].startswith("/admin/login/")

    mette = signed_in(user_admin)
    assert mette.post(f"/admin/two-factor/reset/{sofie.pk}/").status_code == 302
    assert not TOTPDevice.objects.filter(user=sofie).exists()
    assert mette.get("/admin/two-factor/reset/999999999/").status_code == 404

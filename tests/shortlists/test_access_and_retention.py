"""Who may use shortlists, where staff find them in the admin, and how long they are kept.

Frivilligvejledere (a group of its own, made by the migration) and Kommunikation may, and
superusers; anonymous visitors are sent to the login, and everyone else logged in (association
representatives, policy owners) is refused. Shortlists are deleted 30 days after their last change.
"""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.retention import retention_rules
from shortlists.factories import ShortlistFactory, ShortlistItemFactory
from shortlists.models import Shortlist, ShortlistItem
from tests.helpers import logged_in, member_of, menu_urls, with_second_factor

pytestmark = pytest.mark.django_db


def addresses(offers, shortlist, item):
    """Every staff address of the feature, with the method it answers."""
    base = f"/vejledning/forslag/{shortlist.pk}"
    return [
        ("get", "/vejledning/forslag/", None),
        ("post", "/vejledning/forslag/ny/", {"label": "Karen"}),
        ("post", "/vejledning/forslag/tilfoej/", {"page": offers["club"].pk}),
        ("get", f"{base}/", None),
        ("post", f"{base}/aktuel/", {}),
        ("get", f"{base}/udskriv/", None),
        ("get", f"{base}/send/", None),
        ("post", f"{base}/send/", {"email": "karen@example.dk"}),
        ("post", f"{base}/punkt/{item.pk}/note/", {f"item-{item.pk}-note": "Hej"}),
        ("post", f"{base}/punkt/{item.pk}/op/", {}),
        ("post", f"{base}/punkt/{item.pk}/ned/", {}),
        ("post", f"{base}/punkt/{item.pk}/fjern/", {}),
        ("post", f"{base}/slet/", {}),
    ]


@pytest.fixture
def guides_list(offers, guide):
    item = ShortlistItemFactory(shortlist=ShortlistFactory(owner=guide), page=offers["club"])
    return item.shortlist, item


@pytest.mark.parametrize("who", ["anonymous", "representative", "policy owner"])
def test_nobody_else_reaches_any_address_of_the_feature(offers, guides_list, representative, who):
    if who == "anonymous":
        client = Client()
    elif who == "representative":
        client = logged_in(representative)
    else:
        client = logged_in(member_of("Politikejere", "politik"))
    for method, address, data in addresses(offers, *guides_list):
        response = getattr(client, method)(address, data) if data is not None else client.get(address)
        if who == "anonymous":
            assert response.status_code == 302, address
            assert response["Location"].startswith("/admin/login/?next="), address
        else:
            assert response.status_code == 403, address
    assert Shortlist.objects.count() == 1 and ShortlistItem.objects.get().note == ""


def test_the_migration_made_the_group_with_admin_access_and_the_shortlists(db):
    guides = Group.objects.get(name="Frivilligvejledere")
    granted = set(guides.permissions.values_list("content_type__app_label", "codename"))
    assert {("wagtailadmin", "access_admin"), ("shortlists", "add_shortlist")} <= granted
    communications = Group.objects.get(name="Kommunikation")
    assert communications.permissions.filter(codename="add_shortlist").exists()
    for others in ("Foreningsrepræsentanter", "Politikejere"):
        assert not Group.objects.get(name=others).permissions.filter(content_type__app_label="shortlists").exists()


def test_staff_with_shortlists_find_them_in_the_admins_menu(guide, representative):
    assert "/vejledning/forslag/" in menu_urls(logged_in(guide).get("/admin/"))
    assert "/vejledning/forslag/" not in menu_urls(logged_in(representative).get("/admin/"))


def test_shortlists_are_deleted_thirty_days_after_their_last_change(offers, guide):
    now = timezone.now()
    with time_machine.travel(now - timedelta(days=31)):
        old = ShortlistItemFactory(shortlist=ShortlistFactory(owner=guide, label="Gammel"), page=offers["club"])
    with time_machine.travel(now - timedelta(days=29)):
        ShortlistItemFactory(shortlist=ShortlistFactory(owner=guide, label="Nyere"), page=offers["club"])
    with time_machine.travel(now - timedelta(days=40)):
        touched = ShortlistFactory(owner=guide, label="Rørt")
    touched.touch()  # changed today: the 30 days start again

    call_command("purge_personal_data", verbosity=0)
    assert sorted(Shortlist.objects.values_list("label", flat=True)) == ["Nyere", "Rørt"]
    assert not ShortlistItem.objects.filter(pk=old.pk).exists()


def test_the_period_is_a_setting_and_the_rule_is_on_the_privacy_pages_table(settings):
    (rule,) = [rule for rule in retention_rules() if rule.name == "shortlists"]
    assert (rule.setting, rule.days) == ("RETENTION_SHORTLIST_DAYS", 30)
    assert str(rule.description).startswith("Medarbejderes forslagslister")
    settings.RETENTION_SHORTLIST_DAYS = 7
    assert rule.days == 7


def test_staff_with_an_authenticator_app_give_its_code_first_as_in_the_admin(guide):
    client = logged_in(guide)
    TOTPDevice.objects.create(user=guide, name="Telefon", confirmed=True)
    response = client.get("/vejledning/forslag/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/verify/?next=/vejledning/forslag/"


def test_kommunikation_must_set_up_a_second_factor_first_when_it_is_required(communications, settings):
    settings.TWO_FACTOR_REQUIRED = True
    client = logged_in(communications)
    response = client.get("/vejledning/forslag/")
    assert response["Location"] == "/admin/two-factor/setup/?next=/vejledning/forslag/"
    with_second_factor(client, communications)
    assert client.get("/vejledning/forslag/").status_code == 200

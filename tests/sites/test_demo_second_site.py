"""`manage.py load_demo --site`: a second small kommune, Nabo Kommune, beside Fjordlund at nabo.localhost.

Loaded on top of the demo (the `demo` fixture, loaded once per session), so only Nabo's own
content is made here.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from directory.models import AssociationPage, Locality
from tests.helpers import card_titles, load_demo

NABO = "nabo.localhost"


@pytest.fixture
def nabo(demo):
    return load_demo(site=True)


def test_the_second_kommune_has_its_home_page_settings_directory_policy_and_editor(client, nabo):
    assert "Nabo Kommune" in nabo and f"http://{NABO}" in nabo and "nabo-redaktoer" in nabo
    home = client.get("/", HTTP_HOST=NABO)
    assert home.status_code == 200 and "Frivillig i Nabo" in home.content.decode()
    listing = client.get("/foreninger/", HTTP_HOST=NABO)
    assert sorted(card_titles(listing)) == [
        "Nabo Lektiecafé",
        "Nabohavn Roklub",
        "Skovby Besøgsvenner",
        "Skovby Naturgruppe",
    ]
    assert client.get("/frivilligpolitik/", HTTP_HOST=NABO).status_code == 200
    assert len(card_titles(client.get("/bliv-frivillig/", HTTP_HOST=NABO))) == 2


def test_fjordlund_stays_as_it_was_and_each_kommune_keeps_its_own_towns(client, nabo):
    fjordlund = client.get("/foreninger/")
    assert "Nabohavn Roklub" not in card_titles(fjordlund)
    nabo_towns = set(Locality.objects.for_site(Site.objects.get(hostname=NABO)).values_list("name", flat=True))
    assert nabo_towns == {"Nabohavn", "Skovby"}
    assert "Fjordlund" in Locality.objects.for_site(Site.objects.get(is_default_site=True)).values_list(
        "name", flat=True
    )


def test_searching_on_one_kommunes_site_finds_nothing_of_the_other(client, nabo):
    on_nabo = client.get("/api/search", {"q": "roklub"}, HTTP_HOST=NABO).json()
    found = [result["title"] for result in on_nabo["results"]]
    # The club and its task ("Instruktør til begynderhold" names its association); no Fjordlund club.
    assert "Nabohavn Roklub" in found and all(
        result["url"].startswith(f"http://{NABO}/") for result in on_nabo["results"]
    )
    assert not AssociationPage.objects.filter(title__in=found).exclude(url_path__startswith="/nabo/").exists()
    on_fjordlund = client.get("/api/search", {"q": "lektiecafé"}).json()
    assert "Nabo Lektiecafé" not in [result["title"] for result in on_fjordlund["results"]]


def test_nabos_editor_edits_nabos_associations_only(nabo):
    editor = get_user_model().objects.get(username="nabo-redaktoer")
    assert AssociationPage.objects.get(slug="nabohavn-roklub").permissions_for_user(editor).can_edit()
    fjordlund_club = AssociationPage.objects.exclude(url_path__startswith="/nabo/").first()
    assert not fjordlund_club.permissions_for_user(editor).can_edit()


def test_loading_it_again_changes_nothing(nabo):
    assert "nothing changed" in load_demo(site=True)

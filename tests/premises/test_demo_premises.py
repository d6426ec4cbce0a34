"""The demo has five places to borrow in Fjordlund Kommune's towns, and the facilities the migration seeded."""

import pytest

from premises.models import Facility, PremisesIndexPage, PremisesPage


def test_the_demo_has_five_premises_in_the_kommunes_towns(demo):
    assert PremisesIndexPage.objects.live().count() == 1
    places = list(PremisesPage.objects.live().select_related("locality"))
    assert len(places) == 5
    assert len({place.locality.slug for place in places}) == 5
    for place in places:
        assert place.facilities.exists() and place.rooms.exists()
        assert all(photo.alt_text for photo in place.photos.all())


def test_the_facilities_are_a_fixed_vocabulary_seeded_by_the_migration(db):
    names = set(Facility.objects.values_list("name", flat=True))
    assert {"Køkken", "Projektor/skærm", "Wifi", "Handicaptoilet", "Trinfri adgang", "Parkering"} <= names


@pytest.mark.parametrize("path", ["/lokaler/", "/lokaler/kloevermose-forsamlingshus-salen/", "/lokaler/?personer=50"])
def test_the_demos_premises_pages_render(demo, client, path):
    assert client.get(path).status_code == 200

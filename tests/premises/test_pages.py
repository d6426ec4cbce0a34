"""A place's page: address, size, rooms, facilities, accessibility, price and how to book; photos with alt text."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from premises.factories import PremisesPageFactory, RoomFactory
from premises.models import PremisesPhoto
from tests.helpers import publish, queries_for, soup_of, text_of

pytestmark = pytest.mark.django_db

PREMISES_PAGE_QUERIES = 19 + 6


def test_a_place_shows_what_an_association_needs_to_know(client, places):
    response = client.get("/lokaler/forsamlingshuset/")
    assert response.status_code == 200
    soup = soup_of(response)
    facts = text_of(soup.select_one(".directory-key-facts"))
    assert "Mosevej 3" in facts and "4792 Kløvermose" in facts
    assert "Plads til 120 personer" in facts
    assert "500 kr. i weekenden" in facts
    assert "Køkken" in facts and "Parkering" in facts
    assert "ikke trinfri adgang" in text_of(soup.select_one("#tilgaengelighed"))
    assert "booking@kommune.dk" in text_of(soup.select_one("#booking"))


def test_a_free_step_free_place_says_so(client, places):
    soup = soup_of(client.get("/lokaler/biblioteket/"))
    assert "Gratis at låne" in text_of(soup.select_one(".directory-key-facts"))
    assert "Trinfri adgang" in text_of(soup.select_one("#tilgaengelighed"))
    assert "Fjordsalen" in text_of(soup.select_one("#rum"))


def test_photos_carry_their_alt_text(client, places):
    image = Image.objects.create(title="Salen", file=get_test_image_file())
    PremisesPhoto.objects.create(premises=places["hall"], image=image, alt_text="Sal med lange borde")
    publish(places["hall"])
    img = soup_of(client.get("/lokaler/forsamlingshuset/")).select_one(".premises-photo img")
    assert img["alt"] == "Sal med lange borde"


def test_a_photo_needs_alt_text():
    field = PremisesPhoto._meta.get_field("alt_text")
    assert not field.blank


def test_free_and_a_price_do_not_go_together_and_a_way_to_book_is_required(premises_page):
    place = PremisesPageFactory.build(is_free=True, price="100 kr.", booking_email="")
    with pytest.raises(ValidationError) as error:
        place.clean()
    assert "price" in error.value.message_dict or "booking_note" in error.value.message_dict


def test_a_place_page_costs_the_same_queries_with_more_rooms_and_photos(places):
    image = Image.objects.create(title="Lokale", file=get_test_image_file())
    PremisesPhoto.objects.create(premises=places["library"], image=image, alt_text="Billede")
    publish(places["library"])
    queries_for("/lokaler/biblioteket/")  # the rendition is made on the first view
    few = queries_for("/lokaler/biblioteket/")
    for number in range(5):
        RoomFactory(premises=places["library"], name=f"Rum {number}")
        other = Image.objects.create(title=f"Lokale {number}", file=get_test_image_file())
        PremisesPhoto.objects.create(premises=places["library"], image=other, alt_text=f"Billede {number}")
    publish(places["library"])
    queries_for("/lokaler/biblioteket/")
    assert queries_for("/lokaler/biblioteket/") == few
    assert few <= PREMISES_PAGE_QUERIES

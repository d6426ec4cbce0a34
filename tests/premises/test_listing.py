"""An association looks for a place to borrow: by town, size and facilities, on a list with addresses.
Odd addresses never break the list, and it costs the same queries with 3 or 15 places."""

import pytest

from premises.factories import PremisesPageFactory, RoomFactory, facility
from tests.helpers import filter_counts, publish, queries_for, soup_of, text_of

pytestmark = pytest.mark.django_db

# The frame (17) and the listing's own: the towns and facilities (2), the view restrictions behind .public() (1),
# one count query per facet (2), the flags and the total (1), the page of results (1) and their facilities (1).
PREMISES_LISTING_QUERIES = 17 + 8
LIBRARY = "Mødelokalerne på biblioteket"


def titles(response):
    return [text_of(link) for link in soup_of(response).select(".premises-card-link")]


def test_every_place_is_listed_with_its_address_and_size(client, places):
    response = client.get("/lokaler/")
    assert response.status_code == 200
    assert titles(response) == ["Egebjerg Medborgerhus", "Kløvermose Forsamlingshus", "Mødelokalerne på biblioteket"]
    card = text_of(soup_of(response).select_one(f"#lokale-{places['hall'].pk}"))
    assert "Mosevej 3, 4792 Kløvermose" in card
    assert "Plads til 120 personer" in card
    assert "Køkken" in card


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sted=kloevermose", ["Kløvermose Forsamlingshus"]),
        ("facilitet=wifi", ["Egebjerg Medborgerhus", "Mødelokalerne på biblioteket"]),
        ("facilitet=wifi&facilitet=parkering", ["Egebjerg Medborgerhus", "Kløvermose Forsamlingshus", LIBRARY]),
        ("personer=50", ["Egebjerg Medborgerhus", "Kløvermose Forsamlingshus"]),
        ("personer=50&gratis=ja", ["Egebjerg Medborgerhus"]),
        ("trinfri=1&facilitet=projektor-skaerm", ["Mødelokalerne på biblioteket"]),
        ("personer=1000", []),
    ],
)
def test_filters_narrow_the_list(client, places, query, expected):
    response = client.get(f"/lokaler/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_counts_show_what_each_option_gives_with_the_other_filters(client, places):
    response = client.get("/lokaler/?personer=50")
    assert filter_counts(response, "facilitet")["koekken"] == 2
    assert filter_counts(response, "facilitet")["wifi"] == 1
    assert filter_counts(response, "sted")["fjordlund"] == 0


def test_the_largest_first(client, places):
    assert titles(client.get("/lokaler/?sortering=stoerst")) == [
        "Kløvermose Forsamlingshus",
        "Egebjerg Medborgerhus",
        "Mødelokalerne på biblioteket",
    ]


def test_a_size_that_is_not_a_number_is_named_and_the_list_is_shown_as_400(client, places):
    response = client.get("/lokaler/?personer=abc&sted=egebjerg")
    assert response.status_code == 400
    soup = soup_of(response)
    assert soup.select_one("#filter-personer")["value"] == "abc"
    assert soup.select_one("#filter-personer")["aria-invalid"] == "true"
    assert "helt tal" in text_of(soup.select_one("#filter-personer-error"))
    assert titles(response) == ["Egebjerg Medborgerhus"]
    assert soup.title.string.startswith("Fejl")


def test_the_chosen_size_is_a_chip_that_removes_itself(client, places):
    soup = soup_of(client.get("/lokaler/?personer=50&sted=egebjerg"))
    chips = {text_of(chip): chip["href"] for chip in soup.select(".directory-remove-filter")}
    assert chips["Fjern filter: Mindst 50 personer"] == "/lokaler/?sted=egebjerg"


@pytest.mark.parametrize(
    "query",
    [
        "personer=abc",
        "personer=-5",
        "personer=999999999999999999999",
        "facilitet=999999999999999999999",
        "facilitet=findes-ikke",
        "sted=%00",
        "page=-1",
        "page=abc",
        "page=999999999999999999999",
        "sortering=drop",
        "gratis=maaske",
    ],
)
def test_odd_addresses_never_break_the_list(client, places, query):
    assert client.get(f"/lokaler/?{query}").status_code in (200, 400, 404)


def test_an_unknown_facility_is_ignored(client, places):
    response = client.get("/lokaler/?facilitet=999999999999999999999&facilitet=wifi")
    assert response.status_code == 200
    assert len(titles(response)) == 2


def test_an_empty_listing_says_so(client, premises_page):
    response = client.get("/lokaler/")
    assert soup_of(response).select_one("#no-results") is not None


def test_the_listing_costs_the_same_queries_with_3_or_15_places(premises_page, places, towns):
    three = queries_for("/lokaler/?facilitet=wifi")
    for _number in range(12):
        place = PremisesPageFactory(
            parent=premises_page, locality=towns["Egebjerg"], facilities=[facility("Wifi"), facility("Køkken")]
        )
        RoomFactory(premises=place)
        publish(place)
    assert queries_for("/lokaler/?facilitet=wifi") == three
    assert three <= PREMISES_LISTING_QUERIES

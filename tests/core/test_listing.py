"""core.listing: how a listing reads its filters from the address and builds its chips."""

import pytest
from django.test import RequestFactory

from core.listing import (
    MAX_VALUES_PER_PARAM,
    FilterGroup,
    FilterOption,
    active_filters,
    chosen_sort,
    flag,
    picked,
    read_flag,
)

rf = RequestFactory()


@pytest.mark.parametrize(
    "value, meaning",
    [
        ("1", True),
        ("on", True),
        ("true", True),
        ("yes", True),
        ("ja", True),
        ("JA", True),
        (" Yes ", True),
        ("True", True),
        ("", False),
        (None, False),
        ("0", False),
        ("off", False),
        ("false", False),
        ("no", False),
        ("nej", False),
        (" NEJ ", False),
        ("  ", False),
        ("2", None),
        ("maybe", None),
        ("måske", None),
        ("y", None),
        ("j", None),
        ("yes please", None),
        ("\x00", None),
    ],
)
def test_read_flag_is_true_false_or_unknown(value, meaning):
    assert read_flag(value) is meaning


@pytest.mark.parametrize(
    "query, on",
    [
        ("gratis=ja", True),
        ("gratis=1", True),
        ("gratis=Yes", True),
        ("gratis=nej", False),
        ("gratis=hm", False),
        ("", False),
    ],
)
def test_a_listing_treats_an_unknown_flag_value_as_off(query, on):
    assert flag(rf.get(f"/foreninger/?{query}"), "gratis") is on


def test_picked_keeps_known_values_once_in_order_and_no_more_than_the_limit():
    request = rf.get("/?sted=b&sted=x&sted=a&sted=b")
    assert picked(request, "sted", {"a", "b"}) == ["b", "a"]
    many = "&".join(f"sted=v{i}" for i in range(MAX_VALUES_PER_PARAM + 10))
    assert len(picked(rf.get(f"/?{many}"), "sted", {f"v{i}" for i in range(1000)})) == MAX_VALUES_PER_PARAM


def test_each_chip_links_to_the_list_without_it_and_without_the_page_number():
    request = rf.get("/foreninger/?kategori=spejder&kategori=idraet&gratis=ja&page=3&sortering=navn")
    groups = [
        FilterGroup("kategori", "Kategori", [FilterOption("kategori", "spejder", "Spejder", 4, True)]),
        FilterGroup("flags", "Inklusion", [FilterOption("gratis", "1", "Gratis", 2, True)]),
        FilterGroup("sted", "Hvor", [FilterOption("sted", "egebjerg", "Egebjerg", 1, False)]),
    ]
    assert active_filters(request, "/foreninger/", groups) == [
        {"label": "Spejder", "remove_url": "/foreninger/?kategori=idraet&gratis=ja&sortering=navn"},
        {"label": "Gratis", "remove_url": "/foreninger/?kategori=spejder&kategori=idraet&sortering=navn"},
    ]


def test_an_unknown_sort_gives_the_first():
    sorts = {"navn": ("Navn", lambda: ["title"]), "nyeste": ("Nyeste", lambda: ["-pk"])}
    assert chosen_sort(rf.get("/?sortering=nyeste"), sorts)[:2] == ("nyeste", ["-pk"])
    key, ordering, options = chosen_sort(rf.get("/?sortering=<script>"), sorts)
    assert (key, ordering) == ("navn", ["title"])
    assert [option["selected"] for option in options] == [True, False]

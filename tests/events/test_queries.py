"""The calendar, its archive and an event page cost a fixed number of SQL queries, however many events there are."""

import pytest
from django.test import Client

from directory.factories import category, target_group
from portal_events.factories import EventPageFactory, in_days
from portal_events.models import EventPage
from tests.helpers import card_titles, queries_for, second_request

pytestmark = pytest.mark.django_db

# The site frame of a page one level under the home page costs 17 queries (see tests/directory/test_listing.py).
# The calendar adds, whatever the content: the two vocabularies (2), the view restrictions behind .public() (1),
# one count per filter (type, month, category, town: 4), the flag counts and the total (1), the page of results
# with town and locale (1), and for the cards their organisers (1) and dates (1).
CALENDAR_QUERIES = 17 + 11
FILTERED = "/arrangementer/?type=kursus&type=temadag&sted=egebjerg&sted=fjordlund&gratis=ja"


def build(calendar, association, places, count, start=0):
    types = [EventPage.COURSE, EventPage.THEME_DAY]
    for n in range(start, start + count):
        EventPageFactory(
            parent=association if n % 3 == 0 else calendar,
            title=f"Arrangement {n:03d}",
            event_type=types[n % 2],
            locality=places["Egebjerg"] if n % 2 else places["Fjordlund"],
            dates=[(in_days(1 + n % 40, 17), in_days(1 + n % 40, 19)), (in_days(50 + n % 20, 17), None)],
            categories=[category("Lokalsamfund"), category("Ældre")],
            target_groups=[target_group("Alle")],
            is_free=n % 5 != 0,
            is_cancelled=n % 7 == 0,
        )
        EventPageFactory(
            parent=calendar, title=f"Fortid {n:03d}", event_type=types[n % 2], dates=[(in_days(-1 - n), None)]
        )


@pytest.mark.parametrize("path", [FILTERED, "/arrangementer/", "/arrangementer/arkiv/?type=kursus"])
def test_the_calendar_costs_the_same_with_10_or_30_events(calendar, association, places, path):
    build(calendar, association, places, 10)
    few = queries_for(path)
    build(calendar, association, places, 20, start=10)
    response, many = second_request(path)
    assert len(card_titles(response)) == 12  # a full page: every card costs what it would
    assert many == few


def test_the_calendar_stays_within_its_budget(calendar, association, places, django_assert_max_num_queries):
    build(calendar, association, places, 30)
    client = Client()
    client.get(FILTERED)  # warm caches that live for the process (content types, site root paths)
    with django_assert_max_num_queries(CALENDAR_QUERIES):
        response = client.get(FILTERED)
    assert len(card_titles(response)) == 12


def test_an_association_page_with_events_costs_the_same_with_1_or_8_events(client, association, places):
    EventPageFactory(parent=association)
    queries_for(association.url)  # the process's first page view fills the site frame's caches (home/frame.py)
    few = queries_for(association.url)
    for n in range(7):
        EventPageFactory(parent=association, dates=[(in_days(2 + n), None)])
    assert queries_for(association.url) == few


def test_the_home_page_costs_the_same_with_1_or_10_events(calendar, association, places):
    EventPageFactory(parent=calendar)
    few = queries_for("/")
    build(calendar, association, places, 10)
    assert queries_for("/") == few

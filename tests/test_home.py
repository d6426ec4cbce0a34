"""A citizen opens the front page: Danish, searchable, with the kommune's contact point."""

import pytest
from django.test import Client
from wagtail import hooks
from wagtail.models import Locale

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# The frame's generation (core/cachegen.py: site, settings, menu, locales, footer pages, the page's translations for
# the language links and the view restrictions come from the cache, home/frame.py), the home page as its own type
# (routing), the entry-point pages and the open consultations (policy/sections.py): 4, whatever the amount of
# content; the open funding rounds (with their pools' privacy in the same statement, funding/sections.py): 1; the
# good stories (one query, stories/sections.py): 1; the upcoming events (portal_events/sections.py) 1 more, 4 once
# there are events.
HOME_PAGE_QUERIES = 4 + 1 + 1 + 1


@pytest.fixture
def furnished_home(home, portal_settings):
    """A home page with entry points and menu pages, as an editor would set it up."""
    about = StandardPageFactory(parent=home, title="Om portalen", slug="om", show_in_menus=True)
    contact = StandardPageFactory(parent=home, title="Kontakt", slug="kontakt", show_in_menus=True)
    home.hero_heading = "Find dit frivillige fællesskab"
    home.entry_points = [
        (
            "entry_point",
            {
                "title": title,
                "text": "Tekst",
                "icon": "groups",
                "link": {"text": title, "page": page, "url": ""},
            },
        )
        for title, page in [
            ("Find en forening", about),
            ("Bliv frivillig", contact),
            ("Politikken", about),
            ("Guides", contact),
        ]
    ]
    home.save_revision().publish()
    return home


def test_front_page_is_danish_with_skip_link_and_search(client, furnished_home):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="da"' in html
    assert '<a class="skipnav" href="#main-content">Gå til sidens indhold</a>' in html
    assert 'id="main-content"' in html
    assert 'action="/search/"' in html
    assert "Hvad leder du efter?" in html


def test_front_page_shows_the_four_ways_in(client, furnished_home):
    html = client.get("/").content.decode()
    for title in ["Find en forening", "Bliv frivillig", "Politikken", "Guides"]:
        assert title in html


def test_footer_shows_the_volunteering_contact_point_and_required_links(client, furnished_home):
    html = client.get("/").content.decode()
    assert "Testrup Kommune" in html
    assert 'href="tel:70102030"' in html
    assert 'href="mailto:frivillig@testrup.dk"' in html
    assert "Mandag–torsdag 9–15" in html
    assert 'href="/privatliv/">Privatlivspolitik</a>' in html
    assert 'href="/tilgaengelighed/">Tilgængelighedserklæring</a>' in html


def test_main_navigation_lists_menu_pages_and_marks_the_current_one(client, furnished_home):
    html = client.get("/kontakt/").content.decode()
    assert 'aria-label="Hovedmenu"' in html
    assert '<a href="/om/" class="nav-link"><span>Om portalen</span></a>' in html
    assert '<a href="/kontakt/" class="nav-link" aria-current="page">' in html


def icons_rendered(response):
    return [template.name for template in response.templates].count("includes/icon.html")


def test_the_frame_is_rendered_once_and_every_visitor_still_sees_their_own_page_and_query(
    client, furnished_home, settings
):
    """The header's logo, contact line and menus and the footer are rendered once per site, language and page
    ({% framecache %}): the second visit of a page renders the search box's icon, not the menus' two."""
    settings.PAGE_CACHE_SECONDS = 0  # what rendering costs, not the page cache
    first, again = client.get("/om/"), client.get("/om/")
    assert icons_rendered(first) - icons_rendered(again) == 2
    assert again.content == first.content
    kontakt = client.get("/kontakt/").content.decode()
    assert '<a href="/kontakt/" class="nav-link" aria-current="page">' in kontakt
    assert '<a href="/om/" class="nav-link"><span>Om portalen</span></a>' in kontakt
    fodbold, kor = client.get("/search/", {"q": "fodbold"}), client.get("/search/", {"q": "kor"})
    assert 'value="fodbold"' in fodbold.content.decode() and 'value="kor"' in kor.content.decode()


def test_a_change_of_the_portals_settings_shows_in_the_frame_at_once(client, furnished_home, portal_settings, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert "Testrup Kommune" in client.get("/om/").content.decode()
    portal_settings.kommune_name = "Nyby Kommune"
    portal_settings.save()
    html = client.get("/om/").content.decode()
    assert "Nyby Kommune" in html and "Testrup Kommune" not in html


def test_subpages_show_breadcrumbs_back_to_the_front_page(client, furnished_home):
    about = furnished_home.get_children().get(slug="om")
    StandardPageFactory(parent=about, title="Historien", slug="historien")
    html = client.get("/om/historien/").content.decode()
    assert 'aria-label="Brødkrumme"' in html
    assert '<a class="breadcrumbs__link" href="/">Forside</a>' in html
    assert '<a class="breadcrumbs__link" href="/om/">Om portalen</a>' in html


def test_front_page_renders_with_a_bounded_number_of_queries(furnished_home, django_assert_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0  # what rendering costs (the page cache's own tests: tests/core/test_page_cache.py)
    settings.PAGE_SECTIONS_SECONDS = 0  # every section's query counted (core/sections.py keeps them otherwise)
    client = Client()
    client.get("/")  # warm caches that live for the process (content types, site root paths)
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        assert client.get("/").status_code == 200


def test_english_front_page_lives_under_en_with_english_interface(client, furnished_home):
    english = furnished_home.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Home"
    english.hero_heading = "Find your volunteering community"
    english.save_revision().publish()
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Skip to content" in html
    assert "Find your volunteering community" in html
    # The language switcher links each language's version of the page.
    assert '<a href="/" lang="da" dir="ltr" hreflang="da">Dansk</a>' in html


def test_unknown_address_answers_404_with_a_way_on(client, furnished_home):
    response = client.get("/findes-ikke/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Siden blev ikke fundet" in html
    assert 'action="/search/"' in html


def test_other_apps_fill_the_front_page_through_a_hook(client, furnished_home):
    """Later apps (stories, events, associations) add sections without touching the home app."""

    def upcoming_events(request, page):
        return {
            "key": "events",
            "heading": "Kommende arrangementer",
            "items": [{"title": "Frivilligfest", "url": "/kontakt/", "text": "Fest for alle", "meta": "12. maj"}],
            "more_url": "/kontakt/",
            "more_text": "Se alle arrangementer",
        }

    def nothing_to_show(request, page):
        return {"key": "empty", "heading": "Tom sektion", "items": []}

    with hooks.register_temporarily(
        [("portal_home_sections", upcoming_events), ("portal_home_sections", nothing_to_show)]
    ):
        html = client.get("/").content.decode()
    assert '<h2 id="home-section-events">Kommende arrangementer</h2>' in html
    assert '<a class="home-card-link" href="/kontakt/">Frivilligfest</a>' in html
    assert "Tom sektion" not in html

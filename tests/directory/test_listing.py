"""A citizen looks for an association: filters, combines filters, shares the address, pages on.

The directory index lists the live associations under it. Filters are GET parameters with the
vocabularies' slugs; values of one filter widen the list (OR), different filters narrow it (AND),
and each option shows how many associations the citizen would get by ticking it.
"""

import re

import pytest
from django.test import Client
from wagtail.models import Locale

from directory.factories import (
    ActivityFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    category,
    target_group,
)
from tests.helpers import card_titles, filter_counts, rendered_queries, ticked_filters

pytestmark = pytest.mark.django_db

NO_RESULTS_TEXT = "Ring til frivilligkoordinatoren, så finder vi en forening sammen med dig."

# The site frame of a page one level under the home page costs 17 queries whatever the content:
# routing (site, locale, three pages, aliases, the page's view restrictions: 7), and for the
# template the active locale, the site settings, the menu (with its view restrictions),
# breadcrumbs and the language links (10). The listing adds 10, also whatever the content:
# the three vocabularies (3), the view restrictions behind .public() (1), one aggregate query
# per filter for the counts (categories, target groups, localities: 3), one for the flag
# counts and the total (1), the page of results with locality and locale joined in (1) and
# the results' categories (1).
DIRECTORY_INDEX_QUERIES = 17 + 10


def make_association(directory, title, *, categories=(), groups=(), locality=None, free=False, **kwargs):
    """An association as staff would enter it; the inclusion flags come from its activities."""
    no_danish = kwargs.pop("no_danish", False)
    accessible = kwargs.pop("accessible", False)
    association = AssociationPageFactory(
        parent=directory,
        title=title,
        categories=[category(name) for name in categories],
        target_groups=[target_group(name) for name in groups],
        locality=locality,
        **kwargs,
    )
    if free or no_danish or accessible:
        ActivityFactory(association=association, is_free=free, no_danish_needed=no_danish, accessible_venue=accessible)
        association.save()  # the flags are derived from the activities on save
    return association


@pytest.fixture
def directory(home, portal_settings):
    return DirectoryIndexPageFactory(parent=home, no_results_text=NO_RESULTS_TEXT)


@pytest.fixture
def associations(directory, places):
    """Five associations in three towns, and one that is still a draft."""
    made = {
        "spejder": make_association(
            directory,
            "Egebjerg Spejderne",
            slug="egebjerg-spejderne",
            summary="Spejder for børn fra 6 år.",
            categories=["Spejder", "Børn og unge"],
            groups=["Børn"],
            locality=places["Egebjerg"],
            free=True,
        ),
        "fodbold": make_association(
            directory,
            "Fjordlund Fodbold",
            slug="fjordlund-fodbold",
            categories=["Idræt og motion"],
            groups=["Unge"],
            locality=places["Fjordlund"],
            accessible=True,
        ),
        "sprogcafe": make_association(
            directory,
            "Sprogcaféen",
            slug="sprogcafeen",
            categories=["Integration og sprog"],
            groups=["Flygtninge og indvandrere"],
            locality=places["Fjordlund"],
            free=True,
            no_danish=True,
        ),
        "besoeg": make_association(
            directory,
            "Besøgsvennerne",
            slug="besoegsvennerne",
            categories=["Socialt arbejde", "Ældre"],
            groups=["Ældre"],
            locality=places["Egebjerg"],
        ),
        "loeb": make_association(
            directory,
            "Sønderby Løbeklub",
            slug="soenderby-loebeklub",
            categories=["Idræt og motion"],
            groups=["Voksne"],
            locality=places["Sønderby"],
            free=True,
        ),
    }
    draft = make_association(directory, "Hemmelig Forening", slug="hemmelig", categories=["Spejder"])
    draft.unpublish()
    return made


def flag_counts(response):
    group = next(group for group in response.context["filter_groups"] if group.key == "flags")
    return {option.param: option.count for option in group.options}


def test_citizen_sees_every_live_association_sorted_by_name(client, associations):
    response = client.get("/foreninger/")
    assert response.status_code == 200
    assert card_titles(response) == [
        "Besøgsvennerne",
        "Egebjerg Spejderne",
        "Fjordlund Fodbold",
        "Sprogcaféen",
        "Sønderby Løbeklub",
    ]
    assert response.context["result_count"] == 5
    assert '<h2 id="results-heading" class="h3 directory-result-count">5 ' in response.content.decode()


def test_names_sort_the_danish_way_with_ae_oe_aa_last(client, directory):
    for title in ["Åens Venner", "Ørnene", "Zumba Zonen", "Æblegruppen", "anden forening", "Bålklubben"]:
        make_association(directory, title)
    assert card_titles(client.get("/foreninger/")) == [
        "anden forening",
        "Bålklubben",
        "Zumba Zonen",
        "Æblegruppen",
        "Ørnene",
        "Åens Venner",
    ]


def test_citizen_can_see_the_newest_associations_first(client, directory):
    for title in ["Første", "Anden", "Tredje"]:
        make_association(directory, title)
    assert card_titles(client.get("/foreninger/?sortering=nyeste")) == ["Tredje", "Anden", "Første"]
    assert card_titles(client.get("/foreninger/?sortering=noget-andet")) == ["Anden", "Første", "Tredje"]


def cards(response):
    """{association name: the HTML of its card} of the result list."""
    html = response.content.decode()
    found = {}
    for card in html.split('<li class="card collapsed-height directory-card"')[1:]:
        card = card[: card.index("\n                </li>")]
        found[re.search(r'class="directory-card-link" href="[^"]*">([^<]+)</a>', card).group(1)] = card
    return found


def test_each_result_shows_name_summary_categories_locality_and_flags_with_text(client, associations):
    found = cards(client.get("/foreninger/"))
    card = found["Besøgsvennerne"]
    assert '<a class="directory-card-link" href="/foreninger/besoegsvennerne/">Besøgsvennerne</a>' in card
    assert "<p>En forening for alle, der vil være med.</p>" in card
    assert "<dd>Egebjerg</dd>" in card
    assert '<span class="tag directory-tag">Socialt arbejde</span>' in card
    assert '<span class="tag directory-tag">Ældre</span>' in card
    assert "badge" not in card  # no free, language or accessibility offer
    assert "<p>Spejder for børn fra 6 år.</p>" in found["Egebjerg Spejderne"]
    # A flag is a badge with words, not only an icon: one for free, two for the language café.
    assert len(re.findall(r'<span class="badge badge-\w+">\w[^<]+</span>', found["Egebjerg Spejderne"])) == 1
    assert len(re.findall(r'<span class="badge badge-\w+">\w[^<]+</span>', found["Sprogcaféen"])) == 2


def test_draft_associations_are_not_listed(client, associations):
    assert "Hemmelig Forening" not in client.get("/foreninger/").content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kategori=spejder", ["Egebjerg Spejderne"]),
        ("kategori=idraet-og-motion", ["Fjordlund Fodbold", "Sønderby Løbeklub"]),
        ("maalgruppe=aeldre", ["Besøgsvennerne"]),
        ("sted=fjordlund", ["Fjordlund Fodbold", "Sprogcaféen"]),
        ("gratis=1", ["Egebjerg Spejderne", "Sprogcaféen", "Sønderby Løbeklub"]),
        ("uden-dansk=1", ["Sprogcaféen"]),
        ("tilgaengelig=1", ["Fjordlund Fodbold"]),
    ],
)
def test_citizen_filters_by_one_thing_at_a_time(client, associations, query, expected):
    response = client.get(f"/foreninger/?{query}")
    assert card_titles(response) == expected
    assert response.context["result_count"] == len(expected)
    name, value = query.split("=")
    assert (name, value) in ticked_filters(response)


def test_several_values_of_one_filter_widen_the_list(client, associations):
    response = client.get("/foreninger/?kategori=spejder&kategori=idraet-og-motion")
    assert card_titles(response) == ["Egebjerg Spejderne", "Fjordlund Fodbold", "Sønderby Løbeklub"]
    response = client.get("/foreninger/?sted=egebjerg&sted=soenderby")
    assert card_titles(response) == ["Besøgsvennerne", "Egebjerg Spejderne", "Sønderby Løbeklub"]


def test_different_filters_narrow_the_list(client, associations):
    response = client.get("/foreninger/?kategori=idraet-og-motion&kategori=spejder&sted=egebjerg&gratis=1")
    assert card_titles(response) == ["Egebjerg Spejderne"]
    assert sorted(ticked_filters(response)) == [
        ("gratis", "1"),
        ("kategori", "idraet-og-motion"),
        ("kategori", "spejder"),
        ("sted", "egebjerg"),
    ]
    response = client.get("/foreninger/?sted=fjordlund&gratis=1&uden-dansk=1")
    assert card_titles(response) == ["Sprogcaféen"]
    response = client.get("/foreninger/?kategori=idraet-og-motion&maalgruppe=unge")
    assert card_titles(response) == ["Fjordlund Fodbold"]


def test_counts_show_what_each_option_gives_with_the_other_filters(client, associations):
    response = client.get("/foreninger/")
    assert filter_counts(response, "kategori")["idraet-og-motion"] == 2
    assert filter_counts(response, "kategori")["spejder"] == 1
    assert filter_counts(response, "kategori")["tro-og-livssyn"] == 0
    assert filter_counts(response, "sted") == {"egebjerg": 2, "fjordlund": 2, "soenderby": 1}
    assert flag_counts(response) == {"gratis": 3, "uden-dansk": 1, "tilgaengelig": 1}

    # With "Fjordlund" ticked, the categories count within Fjordlund; the places still count
    # across all places (ticking another place widens), and the flags count within Fjordlund.
    response = client.get("/foreninger/?sted=fjordlund")
    assert filter_counts(response, "kategori")["idraet-og-motion"] == 1
    assert filter_counts(response, "kategori")["integration-og-sprog"] == 1
    assert filter_counts(response, "kategori")["spejder"] == 0
    assert filter_counts(response, "sted") == {"egebjerg": 2, "fjordlund": 2, "soenderby": 1}
    assert flag_counts(response) == {"gratis": 1, "uden-dansk": 1, "tilgaengelig": 1}

    # Two categories ticked: each category's count ignores the category filter itself.
    response = client.get("/foreninger/?kategori=idraet-og-motion&kategori=spejder&gratis=1")
    assert filter_counts(response, "kategori")["idraet-og-motion"] == 1  # only the free one
    assert filter_counts(response, "kategori")["spejder"] == 1
    assert filter_counts(response, "sted") == {"egebjerg": 1, "fjordlund": 0, "soenderby": 1}
    assert flag_counts(response)["gratis"] == 2  # ticked: the current result
    assert flag_counts(response)["tilgaengelig"] == 0  # the accessible club is not free
    assert response.context["result_count"] == 2


def test_the_kept_counts_follow_a_new_association_and_a_change_of_category_at_once(
    client, associations, directory, places, settings
):
    """The counts are kept per choice of filters until the pages generation changes (core/listing.py)."""
    settings.PAGE_CACHE_SECONDS = 0  # each request renders: the kept counts are what is tested
    assert filter_counts(client.get("/foreninger/?sted=fjordlund"), "kategori")["spejder"] == 0
    client.get("/foreninger/?sted=fjordlund")  # from the kept counts now
    scouts = make_association(directory, "Fjordlund Spejdere", categories=["Spejder"], locality=places["Fjordlund"])
    counts = filter_counts(client.get("/foreninger/?sted=fjordlund"), "kategori")
    assert counts["spejder"] == 1
    scouts.categories = [category("Idræt og motion")]
    scouts.save_revision().publish()
    counts = filter_counts(client.get("/foreninger/?sted=fjordlund"), "kategori")
    assert counts["spejder"] == 0 and counts["idraet-og-motion"] == 2


def test_count_is_shown_next_to_each_checkbox_label(client, associations):
    html = client.get("/foreninger/").content.decode()
    assert re.search(
        r'<label class="form-label" for="filter-sted-fjordlund">Fjordlund <span class="directory-filter-count">'
        r"\(2\)</span></label>",
        html,
    )


def test_a_shared_address_shows_the_same_list_with_the_same_boxes_ticked(associations):
    address = "/foreninger/?kategori=idraet-og-motion&kategori=spejder&sted=egebjerg&gratis=1"
    mine, theirs = Client().get(address), Client().get(address)
    assert card_titles(mine) == card_titles(theirs) == ["Egebjerg Spejderne"]
    assert ticked_filters(mine) == ticked_filters(theirs)


def test_the_filter_form_is_a_get_form_of_checkboxes_in_fieldsets_with_a_submit_button(client, associations):
    html = client.get("/foreninger/").content.decode()
    form = html[html.index('<form class="directory-filters"') : html.index("</form>", html.index("directory-filters"))]
    assert 'method="get" action="/foreninger/"' in form
    assert form.count("<fieldset") == 4
    assert form.count("<legend") == 4
    assert '<button type="submit" class="button button-primary">' in form
    # Every checkbox has a label.
    for input_id in re.findall(r'<input type="checkbox" class="form-checkbox" id="([^"]+)"', form):
        assert f'<label class="form-label" for="{input_id}">' in form
    # On phones the panel folds: it is a <details> that starts open for browsers without JavaScript.
    assert '<details class="details directory-filter-panel" id="filter-panel" open>' in html


def test_citizen_removes_one_filter_or_clears_them_all(client, associations, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the test reads the view's context, which a page from the cache has not
    response = client.get("/foreninger/?kategori=spejder&sted=egebjerg&gratis=1&page=1")
    removes = {f["label"]: f["remove_url"] for f in response.context["active_filters"]}
    assert removes["Spejder"] == "/foreninger/?sted=egebjerg&gratis=1"
    assert removes["Egebjerg"] == "/foreninger/?kategori=spejder&gratis=1"
    assert response.context["clear_filters_url"] == "/foreninger/"
    html = response.content.decode()
    assert 'href="/foreninger/?sted=egebjerg&amp;gratis=1"' in html
    assert '<a class="function-link" href="/foreninger/">' in html
    response = client.get(removes["Spejder"])
    assert card_titles(response) == ["Egebjerg Spejderne"]
    remove_free = response.context["active_filters"][-1]["remove_url"]
    assert remove_free == "/foreninger/?sted=egebjerg"
    assert card_titles(client.get(remove_free)) == ["Besøgsvennerne", "Egebjerg Spejderne"]


def test_no_results_says_so_and_offers_the_kommunes_contact_point(client, associations):
    response = client.get("/foreninger/?kategori=tro-og-livssyn")
    assert response.status_code == 200
    assert card_titles(response) == []
    assert response.context["result_count"] == 0
    html = response.content.decode()
    no_results = html[html.index('id="no-results"') : html.index("</section>", html.index('id="no-results"'))]
    assert NO_RESULTS_TEXT in no_results
    assert "Frivilligkoordinator" in no_results
    assert 'href="tel:70102030"' in no_results
    assert 'href="mailto:frivillig@testrup.dk"' in no_results
    assert 'href="/foreninger/"' in no_results  # the way back: clear the filters
    assert '<nav class="pagination"' not in html


def test_an_empty_directory_also_shows_the_contact_point(client, directory):
    html = client.get("/foreninger/").content.decode()
    assert 'id="no-results"' in html
    assert NO_RESULTS_TEXT in html


def test_citizen_pages_through_twelve_at_a_time(client, directory):
    for number in range(1, 30):
        make_association(directory, f"Forening {number:02d}", categories=["Lokalsamfund"])
    first = client.get("/foreninger/?kategori=lokalsamfund")
    assert card_titles(first) == [f"Forening {n:02d}" for n in range(1, 13)]
    assert first.context["result_count"] == 29
    html = first.content.decode()
    assert '<nav class="pagination"' in html
    # The next page keeps the filters.
    assert 'href="?kategori=lokalsamfund&amp;page=2"' in html
    assert card_titles(client.get("/foreninger/?kategori=lokalsamfund&page=2"))[0] == "Forening 13"
    assert card_titles(client.get("/foreninger/?kategori=lokalsamfund&page=3")) == [
        f"Forening {n:02d}" for n in range(25, 30)
    ]


@pytest.mark.parametrize(
    ("page", "first"),
    [("abc", "Forening 01"), ("", "Forening 01"), ("0", "Forening 25"), ("-1", "Forening 25"), ("99", "Forening 25")],
)
def test_a_broken_page_number_gives_the_first_or_last_page(client, directory, page, first):
    for number in range(1, 30):
        make_association(directory, f"Forening {number:02d}")
    response = client.get(f"/foreninger/?page={page}")
    assert response.status_code == 200
    assert card_titles(response)[0] == first


@pytest.mark.parametrize(
    "query",
    [
        "kategori=findes-ikke",
        "kategori=",
        "kategori=%00",
        "kategori=" + "x" * 5000,
        "&".join(["kategori=spejder"] * 500),
        "sted=%E2%80%AE%F0%9F%98%80",
        "gratis=ja-tak",
        "gratis=1&gratis=0",
        "page=99999999999999999999999999999999",
        "page=1e9",
        "page=%00",
        "sortering=%27%3B--",
        "maalgruppe[]=boern",
    ],
)
def test_odd_addresses_never_break_the_list(client, associations, query):
    response = client.get(f"/foreninger/?{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) >= 1


def test_an_unknown_value_is_ignored_and_known_ones_still_filter(client, associations):
    response = client.get("/foreninger/?kategori=findes-ikke&kategori=spejder&sted=atlantis")
    assert card_titles(response) == ["Egebjerg Spejderne"]
    assert ticked_filters(response) == [("kategori", "spejder")]


def test_only_associations_in_the_pages_language_are_listed(client, directory, associations, home):
    english = Locale.objects.get(language_code="en")
    english_home = home.copy_for_translation(english)
    english_home.save_revision().publish()
    english_directory = directory.copy_for_translation(english)
    english_directory.save_revision().publish()
    translated = associations["spejder"].copy_for_translation(english)
    translated.title = "Egebjerg Scouts"
    translated.save_revision().publish()

    assert "Egebjerg Scouts" not in card_titles(client.get("/foreninger/"))
    assert card_titles(client.get("/en/foreninger/")) == ["Egebjerg Scouts"]


def build_directory(directory, places, number, start=0):
    """``number`` associations spread over categories, target groups, places and flags."""
    names = ["Idræt og motion", "Spejder", "Kultur og musik"]
    for n in range(start, start + number):
        association = make_association(
            directory,
            f"Forening {n:03d}",
            categories=[names[n % 3], "Lokalsamfund"],
            groups=["Børn", "Unge"][: 1 + n % 2],
            locality=list(places.values())[n % 3],
            free=n % 2 == 0,
            accessible=n % 4 == 0,
        )
        association.contacts.create(role="Formand", email=f"formand{n}@forening.dk")


FILTERED = "/foreninger/?kategori=idraet-og-motion&kategori=spejder&kategori=lokalsamfund&maalgruppe=boern&gratis=1"


def test_directory_renders_with_a_bounded_number_of_queries(directory, places, django_assert_max_num_queries):
    build_directory(directory, places, 30)
    client = Client()
    client.get(FILTERED)  # warm caches that live for the process (content types, site root paths)
    with django_assert_max_num_queries(DIRECTORY_INDEX_QUERIES):
        response = client.get(FILTERED)
    assert response.status_code == 200
    assert len(card_titles(response)) == 12  # a full page, so every result costs what it would


def test_queries_do_not_grow_with_the_number_of_associations(directory, places):
    def queries_for_listing():
        response, queries = rendered_queries(FILTERED)
        return len(queries), response.context["result_count"]

    build_directory(directory, places, 10)
    few, count_few = queries_for_listing()
    build_directory(directory, places, 20, start=10)  # 30 in all
    many, count_many = queries_for_listing()
    assert count_many > count_few
    assert many == few

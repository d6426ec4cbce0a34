"""A citizen searches the whole portal from one page: results, filters, pages, and help when nothing fits.

The search page shows each result's type, title (a link), a snippet with the query's words
marked, and its association and town; facets with counts narrow the results and live in the
address; a bad page number gets a clear message (400), a page past the end says how many
pages there are (200, like the API); zero results offer a spelling suggestion, the
categories to browse and the contact point. Odd input never gives an error.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from directory.factories import (
    ActivityFactory,
    AssociationPageFactory,
    category,
    localities,
)
from home.factories import StandardPageFactory
from search import documents
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def association(directory, title, summary, categories, locality, **kwargs):
    return AssociationPageFactory(
        parent=directory,
        title=title,
        summary=summary,
        categories=[category(name) for name in categories],
        locality=locality,
        **kwargs,
    )


@pytest.fixture
def directory(portal_settings, directory):
    """The directory on a site whose settings are filled in: the contact point and the footer pages."""
    return directory


@pytest.fixture
def places(db):
    return localities("Egebjerg", "Birkely")


@pytest.fixture
def content(home, directory, places):
    """Three associations (two play football), an activity, and an ordinary page about football."""
    club = association(
        directory,
        "Egebjerg Boldklub",
        "Fodbold for alle aldre på Egebjerg Stadion.",
        ["Idræt og motion", "Børn og unge"],
        places["Egebjerg"],
        slug="egebjerg-boldklub",
    )
    ActivityFactory(association=club, name="Kvindefodbold", description="Fodbold for kvinder over 30.", is_free=True)
    club.save()  # the association's flags come from its activities
    association(
        directory,
        "Birkely Svømmeklub",
        "Svømning om vinteren og fodbold på stranden om sommeren.",
        ["Idræt og motion"],
        places["Birkely"],
        slug="birkely-svoemmeklub",
    )
    association(directory, "Egebjerg Spejderne", "Spejder for børn og unge i skoven.", ["Spejder"], places["Egebjerg"])
    StandardPageFactory(
        parent=home, title="Fodbold i kommunen", slug="fodbold-i-kommunen", intro="Om kommunens fodboldbaner."
    )
    documents.rebuild()
    return {"club": club}


def kind_label(kind, language="da"):
    """The name of a kind of result as the page shows it."""
    with translation.override(language):
        return str(dict(SearchDocument.KIND_CHOICES)[kind])


def html_of(response):
    return response.content.decode()


def result_links(response):
    """The addresses of the results, in order."""
    return re.findall(r'class="h4 search-result-title"><a href="([^"]+)"', html_of(response))


def checkbox(response, param, value):
    """The label text and state of one filter option, e.g. ('Idræt og motion (2)', True)."""
    html = html_of(response)
    match = re.search(
        rf'<input type="checkbox" class="form-checkbox" id="filter-{param}-{value}" name="{param}" value="[^"]+"'
        rf'( checked)?>\s*<label class="form-label" for="[^"]+">([^<]+) <span class="directory-filter-count">'
        rf"\((\d+)\)</span>",
        html,
    )
    if not match:
        return None
    return match.group(2), int(match.group(3)), bool(match.group(1))


# Results


def test_a_search_shows_each_result_with_its_type_title_snippet_and_place(client, content):
    response = client.get("/search/", {"q": "fodbold"})
    assert response.status_code == 200
    html = html_of(response)
    assert set(result_links(response)) == {
        "/foreninger/egebjerg-boldklub/",
        "/foreninger/birkely-svoemmeklub/",
        "/fodbold-i-kommunen/",
    }
    # The count is a heading in a status region; the results are headings one level below.
    assert re.search(r'<div role="status" class="search-count">\s*<h2 id="results-heading"', html)
    assert "3 resultater for “fodbold”" in html
    title = '<a href="/foreninger/egebjerg-boldklub/">Egebjerg Boldklub</a>'
    assert f'<h3 class="h4 search-result-title">{title}</h3>' in html
    club = html[html.index('href="/foreninger/egebjerg-boldklub/"') :]
    club = club[: club.index('class="search-result"')]
    assert f'<span class="search-result-type">{kind_label("association")}</span>' in club
    assert '<span class="search-result-locality">Egebjerg</span>' in club
    assert "<mark>Fodbold</mark> for alle aldre" in club


def test_an_association_shows_its_matching_activities_which_link_to_the_activity(client, content):
    activity = content["club"].activities.get()
    html = html_of(client.get("/search/", {"q": "kvindefodbold"}))
    assert f'<a href="/foreninger/egebjerg-boldklub/#aktivitet-{activity.pk}">Kvindefodbold</a>' in html
    # …where the association page has the anchor the link points to.
    page = html_of(client.get("/foreninger/egebjerg-boldklub/"))
    assert f'id="aktivitet-{activity.pk}"' in page


def test_a_task_or_activity_names_its_association(client, content):
    html = html_of(client.get("/search/", {"q": "kvindefodbold", "type": "activity"}))
    assert '<span class="search-result-association">Egebjerg Boldklub</span>' in html


def test_a_corrected_typo_says_what_was_searched_for(client, content):
    html = html_of(client.get("/search/", {"q": "fodbolt"}))
    assert re.search(r'class="search-corrected">.*<strong>fodbold</strong>', html)
    assert "/foreninger/egebjerg-boldklub/" in html


def test_promoted_results_come_first_as_recommended(client, content, home):
    page = StandardPageFactory(parent=home, title="Kom i gang som træner", slug="traener")
    SearchPromotion.objects.create(
        query=Query.get("fodbold"), page=page, sort_order=0, description="Alt om trænerkurser."
    )
    html = html_of(client.get("/search/", {"q": "fodbold"}))
    assert 'id="promotions-heading"' in html
    assert html.index('<a href="/traener/">Kom i gang som træner</a>') < html.index('class="search-results')
    assert "Alt om trænerkurser." in html


def test_many_results_are_paged_and_the_pages_link_with_the_query_and_filters(client, directory, places):
    for n in range(23):
        association(directory, f"Boldklub nummer {n}", "Fodbold hver tirsdag.", ["Idræt og motion"], places["Birkely"])
    documents.rebuild()
    first = client.get("/search/", {"q": "fodbold", "category": "idraet-og-motion"})
    assert len(result_links(first)) == 10
    assert "?q=fodbold&amp;category=idraet-og-motion&amp;page=2" in html_of(first)
    last = client.get("/search/", {"q": "fodbold", "category": "idraet-og-motion", "page": "3"})
    assert last.status_code == 200
    assert len(result_links(last)) == 3


# Facets


def test_facets_show_counts_and_narrow_the_results(client, content):
    everything = client.get("/search/", {"q": "fodbold"})
    assert checkbox(everything, "type", "page") == (kind_label("page"), 1, False)
    assert checkbox(everything, "type", "association") == (kind_label("association"), 2, False)
    assert checkbox(everything, "locality", "birkely") == ("Birkely", 1, False)
    assert checkbox(everything, "free", "1")[1] >= 1
    assert 'id="filter-category-spejder"' not in html_of(everything)  # no option that would find nothing

    narrowed = client.get("/search/", {"q": "fodbold", "locality": "birkely"})
    assert result_links(narrowed) == ["/foreninger/birkely-svoemmeklub/"]
    assert checkbox(narrowed, "locality", "birkely") == ("Birkely", 1, True)
    # The other localities still count as if Birkely were not ticked, so the citizen can widen.
    assert checkbox(narrowed, "locality", "egebjerg")[1] >= 1
    assert "1 resultat for “fodbold”" in html_of(narrowed)


def test_the_count_next_to_a_filter_is_the_number_of_results_ticking_it_gives(client, content):
    everything = client.get("/search/", {"q": "fodbold"})
    for param, value in [("category", "idraet-og-motion"), ("locality", "egebjerg"), ("free", "1")]:
        _label, count, _checked = checkbox(everything, param, value)
        ticked = client.get("/search/", {"q": "fodbold", param: value})
        assert len(result_links(ticked)) == count, (param, value)


def test_facets_combine_and_stay_in_the_address(client, content):
    both = client.get("/search/", {"q": "fodbold", "type": ["association", "page"], "category": "idraet-og-motion"})
    assert set(result_links(both)) == {"/foreninger/egebjerg-boldklub/", "/foreninger/birkely-svoemmeklub/"}
    free = client.get("/search/", {"q": "fodbold", "free": "1"})
    assert result_links(free) == ["/foreninger/egebjerg-boldklub/"]


def test_the_filter_form_keeps_the_query_and_has_a_submit_button_for_use_without_javascript(client, content):
    html = html_of(client.get("/search/", {"q": "fodbold"}))
    form = html[html.index('<form class="directory-filters"') :]
    form = form[: form.index("</form>")]
    assert 'method="get" action="/search/"' in form
    assert '<input type="hidden" name="q" value="fodbold">' in form
    assert '<button type="submit" class="button button-primary">' in form
    assert form.count("<fieldset") == form.count("<legend") >= 4


def test_chosen_filters_are_chips_that_remove_themselves_and_a_link_clears_them_all(client, content):
    html = html_of(client.get("/search/", {"q": "fodbold", "locality": "birkely", "free": "1"}))
    chips = re.findall(r'<a class="tag tag-icon directory-remove-filter" href="([^"]+)">', html)
    assert sorted(chips) == ["/search/?q=fodbold&amp;free=1", "/search/?q=fodbold&amp;locality=birkely"]
    assert 'href="/search/?q=fodbold">' in html  # clear all filters, keep the words


def test_unknown_filter_values_are_named_and_ignored(client, content):
    response = client.get("/search/", {"q": "fodbold", "category": "findes-ikke", "free": "måske"})
    assert response.status_code == 200
    html = html_of(response)
    notice = html[html.index('id="unknown-filters"') :]
    notice = notice[: notice.index("</div>")]
    assert "“findes-ikke”" in notice and "“måske”" in notice
    assert len(result_links(response)) == 3


# Page numbers


@pytest.mark.parametrize("page", ["abc", "0", "-1", "1.5", " 2", "٣", "99999999999999999999", "1001", "1e3"])
def test_a_page_number_that_is_not_a_page_gets_400_and_a_message_with_the_query_kept(client, content, page):
    response = client.get("/search/", {"q": "fodbold", "page": page})
    assert response.status_code == 400
    html = html_of(response)
    assert 'class="alert alert-error search-notice" role="alert"' in html
    assert 'id="search-page-input" name="q" type="search" value="fodbold"' in html
    assert 'href="/search/?q=fodbold"' in html  # the first page, one click away


def test_a_page_past_the_end_says_how_many_pages_there_are_and_links_to_the_last(client, content):
    response = client.get("/search/", {"q": "fodbold", "locality": "egebjerg", "page": "7"})
    assert response.status_code == 200  # the search page with a message, as /api/search answers 200 with no results
    html = html_of(response)
    assert 'id="past-end"' in html
    assert 'href="/search/?q=fodbold&amp;locality=egebjerg&amp;page=1"' in html
    assert result_links(response) == []
    nothing = html_of(client.get("/search/", {"q": "xyzzy", "page": "7"}))
    assert 'id="no-results"' in nothing and 'id="past-end"' not in nothing  # no pages at all: the help instead


def test_the_past_the_end_message_in_english(client, content, english_content):
    html = html_of(client.get("/en/search/", {"q": "football", "page": "4"}))
    assert "There is no page 4; the results have 1 page." in html
    assert "Go to page 1" in html


# Zero results and the empty search


def test_zero_results_offer_a_spelling_suggestion_the_categories_and_the_contact_point(client, content):
    # "fodbolt" is corrected to "fodbold", but no guide is about football.
    response = client.get("/search/", {"q": "fodbolt", "type": "guide"})
    assert response.status_code == 200
    html = html_of(response)
    assert 'id="no-results"' in html
    assert re.search(r'class="search-suggestion font-lead">[^<]*<a href="/search/\?q=fodbold">fodbold</a>', html)
    assert 'href="/foreninger/?kategori=idraet-og-motion">Idræt og motion</a>' in html
    assert 'href="/foreninger/?kategori=spejder">Spejder</a>' in html
    assert 'href="tel:70102030">70 10 20 30</a>' in html
    assert 'href="mailto:frivillig@testrup.dk"' in html
    assert 'href="/search/?q=fodbolt"' in html  # search again without the filter


def test_a_word_nothing_contains_is_named(client, content):
    html = html_of(client.get("/search/", {"q": "xyzzy"}))
    assert 'id="no-results"' in html
    assert "“xyzzy”" in html
    assert 'id="search-contact-heading"' in html


def test_an_empty_search_shows_the_form_and_the_categories(client, content):
    response = client.get("/search/")
    assert response.status_code == 200
    html = html_of(response)
    assert 'id="search-page-input"' in html
    assert 'role="status"' not in html.split('id="main-content"')[1].split("<footer")[0]
    assert 'href="/foreninger/?kategori=spejder">Spejder</a>' in html


# Language


@pytest.fixture
def english_content(content, home, directory):
    """The football club and the directory in English too."""
    english = Locale.objects.get(language_code="en")
    home.copy_for_translation(english).save_revision().publish()
    directory.copy_for_translation(english).save_revision().publish()
    club = content["club"].copy_for_translation(english)
    club.title = "Egebjerg Football Club"
    club.summary = "Football for all ages at Egebjerg Stadium."
    club.save_revision().publish()
    documents.rebuild()
    return club


def test_the_english_search_finds_english_pages_in_english(client, english_content):
    response = client.get("/en/search/", {"q": "football"})
    assert response.status_code == 200
    html = html_of(response)
    assert "1 result for “football”" in html
    assert result_links(response) == ["/en/foreninger/egebjerg-boldklub/"]
    assert '<span class="search-result-type">Association</span>' in html
    assert 'action="/en/search/"' in html
    # The search boxes ask for English suggestions.
    assert 'data-url="/api/search/suggest?lang=en"' in html
    # A Danish word finds the Danish pages not yet in English, marked as Danish and linked under /en/ (the
    # Danish fallback in the English frame); the club only as its translation.
    danish = client.get("/en/search/", {"q": "fodbold"})
    assert "/foreninger/egebjerg-boldklub/" not in result_links(danish)
    assert '<a href="/en/fodbold-i-kommunen/" lang="da">' in html_of(danish)


def test_the_english_zero_results_page_links_to_the_english_directory(client, english_content):
    html = html_of(client.get("/en/search/", {"q": "xyzzy"}))
    assert "Browse associations by category" in html
    assert 'href="/en/foreninger/?kategori=spejder">Spejder</a>' in html


# Odd input


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "fodbold</mark><script>alert(1)</script>",
    ],
)
def test_markup_in_the_query_is_shown_as_text(client, content, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    html = html_of(response)
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html or "&lt;img" in html


@pytest.mark.parametrize(
    "query",
    ["a" * 10_000, "frivillig\x00\x1b[31m", '"unbalanced', "AND OR NOT", "*?~^", "👋 فريق", "'; DROP TABLE x; --"],
)
def test_odd_queries_answer_200(client, content, query):
    assert client.get("/search/", {"q": query}).status_code == 200


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    q=st.text(max_size=300),
    page=st.one_of(st.none(), st.text(max_size=12), st.integers(-5, 10**12).map(str)),
    facet=st.sampled_from(["type", "category", "target_group", "locality", "free", "no_danish", "accessible"]),
    value=st.text(max_size=40),
)
def test_no_input_gives_an_error(client, content, q, page, facet, value):
    params = {"q": q, facet: value}
    if page is not None:
        params["page"] = page
    response = client.get("/search/", params)
    assert response.status_code in (200, 400)
    assert b"Traceback" not in response.content


def test_a_long_query_is_clipped_and_the_citizen_is_told(client, content):
    html = html_of(client.get("/search/", {"q": "fodbold " + "x" * 300}))
    assert "200" in html[html.index("search-notice") :][:400]
    assert 'value="fodbold xxx' in html
    assert not html_of(client.get("/search/", {"q": "fodbold"})).count("alert alert-info search-notice")


# Speed


def query_count(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/", params)
    assert response.status_code == 200
    return len(queries)


def test_the_search_page_costs_the_same_queries_for_few_or_many_matches(
    client, directory, places, django_assert_max_num_queries
):
    for n in range(2):
        association(directory, f"Boldklub {n}", "Fodbold hver tirsdag.", ["Idræt og motion"], places["Birkely"])
    documents.rebuild()
    query_count(client, {"q": "fodbold"})  # the vocabulary and the site are read once per process
    few = query_count(client, {"q": "fodbold", "category": "idraet-og-motion"})

    for n in range(2, 30):
        association(directory, f"Boldklub {n}", "Fodbold hver onsdag.", ["Idræt og motion"], places["Egebjerg"])
    documents.rebuild()
    query_count(client, {"q": "fodbold"})
    many = query_count(client, {"q": "fodbold", "category": "idraet-og-motion"})
    assert few == many, (few, many)

    # About 25: the site frame about 10, the search about 10 (vocabularies, the match, the facet values, the
    # page of results), counting it for the staff's reports 4; zero results add the categories to browse.
    with django_assert_max_num_queries(40):
        client.get("/search/", {"q": "fodbold", "locality": "egebjerg", "free": "1"})
    with django_assert_max_num_queries(40):
        client.get("/search/", {"q": "fodbold", "type": "guide"})

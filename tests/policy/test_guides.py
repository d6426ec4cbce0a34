"""A volunteer or an association looks for practical help: the guide listing, its filters, and a guide.

The guide listing shows the live guides under it, filtered by topic (``emne``) and audience
(``for``) as in the directory: values of one filter widen the list, the two filters narrow it,
and each option shows how many guides ticking it gives. A guide says when it was last reviewed
and by whom, and says so plainly when that was more than a year ago.
"""

import datetime
import re

import pytest
import wagtail_factories
from django.test import Client
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.factories import site_home_page
from home.models import HomePage
from policy.factories import GuideIndexPageFactory, GuidePageFactory, audience, topic
from policy.models import GuideIndexPage, GuidePage
from tests.helpers import card_titles, filter_counts, in_danish, queries_for, second_request, ticked_filters

pytestmark = pytest.mark.django_db

INDEX = "/guides/"
BODY_TEXT = "Kan du ikke finde svaret, så ring til frivilligkoordinatoren."

# The site frame of a page one level under the home page costs 17 queries whatever the content
# (see tests/directory/test_listing.py). The guide listing adds 7, also whatever the content:
# the two vocabularies (2), the view restrictions behind .public() (1), one aggregate per
# filter for the counts (2), the guides with their topic joined in (1) and their audiences (1).
GUIDE_INDEX_QUERIES = 17 + 7
# The frame of a page two levels under the home page costs 19 (see
# tests/directory/test_association_page.py). A guide adds 4 whatever it holds: its topic (1), its
# audiences (1), the documents of its download blocks (1) and its related guides (1).
GUIDE_PAGE_QUERIES = 19 + 4


@pytest.fixture
def guide_index(home, portal_settings):
    return GuideIndexPageFactory(
        parent=home,
        title="Guides til frivillige og foreninger",
        intro="Praktisk hjælp til alt fra børneattester til forsikring.",
        body=[("paragraph", f"<p>{BODY_TEXT}</p>")],
    )


def make_guide(index, title, topic_slug, audience_slugs=(), **kwargs):
    return GuidePageFactory(
        parent=index,
        title=title,
        topic=topic(topic_slug),
        audiences=[audience(slug) for slug in audience_slugs],
        **kwargs,
    )


def guide_titles(response):
    """The guide titles in the result list, in order."""
    return card_titles(response, "guide-card-link")


@pytest.fixture
def guides(guide_index):
    """Four live guides on three topics for the three audiences, and a draft."""
    made = {
        "attest": make_guide(
            guide_index,
            "Sådan indhenter I børneattester",
            "boerneattest",
            ["foreninger"],
            slug="boerneattester",
            summary="Hvornår I skal indhente en børneattest, og hvordan.",
            last_reviewed_on=datetime.date(2025, 3, 4),
        ),
        "forsikring": make_guide(
            guide_index, "Er frivillige forsikret?", "forsikring", ["foreninger", "frivillige"], slug="forsikring"
        ),
        "tavshed": make_guide(
            guide_index, "Tavshedspligt i praksis", "tavshedspligt", ["frivillige", "medarbejdere"], slug="tavshed"
        ),
        "attest_frivillig": make_guide(
            guide_index, "Børneattest: det skal du vide som frivillig", "boerneattest", ["frivillige"], slug="attest"
        ),
    }
    draft = make_guide(guide_index, "Hemmelig guide", "boerneattest", ["foreninger"], slug="hemmelig")
    draft.unpublish()
    return made


# The page tree -----------------------------------------------------------------------------------------------------


class GuidePageTreeTest(WagtailPageTestCase):
    def test_the_guide_listing_sits_under_the_home_page_and_holds_guides(self):
        self.assertAllowedParentPageTypes(GuideIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuideIndexPage, {GuidePage})

    def test_guides_live_in_the_guide_listing_and_have_no_children(self):
        self.assertAllowedParentPageTypes(GuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(GuidePage, set())

    def test_a_site_has_one_guide_listing(self):
        home = site_home_page()
        self.assertTrue(GuideIndexPage.can_create_at(home))
        GuideIndexPageFactory(parent=home)
        self.assertFalse(GuideIndexPage.can_create_at(Page.objects.get(pk=home.pk)))

    def test_an_editor_writes_a_guide_with_every_block_in_the_admin(self):
        self.client.force_login(self.create_test_user())
        index = GuideIndexPageFactory(parent=site_home_page())
        document = wagtail_factories.DocumentFactory(title="Samtykke")
        self.assertCanCreate(
            index,
            GuidePage,
            nested_form_data(
                {
                    "title": "Børneattest trin for trin",
                    "slug": "trin-for-trin",
                    "summary": "Alt om børneattester.",
                    "topic": topic("boerneattest").pk,
                    "last_reviewed_on": "2025-05-01",
                    "reviewed_by": "Frivilligkoordinatoren",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Sådan gør I.</p>")),
                            (
                                "steps",
                                {
                                    "heading": "Trin",
                                    "steps": list_block([{"title": "Indhent samtykke", "text": rich_text("")}]),
                                },
                            ),
                            (
                                "questions",
                                {
                                    "heading": "",
                                    "questions": list_block(
                                        [{"question": "Koster det noget?", "answer": rich_text("<p>Nej.</p>")}]
                                    ),
                                },
                            ),
                            (
                                "info_box",
                                {"kind": "success", "heading": "Godt råd", "text": rich_text("<p>Husk det.</p>")},
                            ),
                            (
                                "downloads",
                                {
                                    "heading": "",
                                    "documents": list_block(
                                        [{"title": "Samtykkeerklæring", "document": document.pk, "description": ""}]
                                    ),
                                },
                            ),
                            (
                                "contact",
                                {"name": "Frivilligkoordinatoren", "role": "", "email": "", "phone": "", "text": ""},
                            ),
                        ]
                    ),
                    "related_guides": streamfield([]),
                }
            )
            | {"audiences": [audience("foreninger").pk, audience("frivillige").pk]},
        )
        guide = GuidePage.objects.get(slug="trin-for-trin")
        self.assertEqual(
            [block.block_type for block in guide.body],
            ["paragraph", "steps", "questions", "info_box", "downloads", "contact"],
        )
        self.assertEqual(set(guide.audiences.values_list("slug", flat=True)), {"foreninger", "frivillige"})

    def test_a_guide_with_every_block_renders(self):
        index = GuideIndexPageFactory(parent=site_home_page())
        guide = make_guide(index, "Alle blokke", "gdpr", ["foreninger"], body=every_block())
        self.assertPageIsRenderable(guide)


def list_block(items):
    """Form data of a ListBlock, as the admin's list editor posts it."""
    data = {str(index): {"value": item, "deleted": "", "order": str(index)} for index, item in enumerate(items)}
    data["count"] = str(len(items))
    return data


# The listing -------------------------------------------------------------------------------------------------------


def test_citizen_sees_the_live_guides_by_topic_then_title(client, guides):
    response = client.get(INDEX)
    assert response.status_code == 200
    # Topics in the vocabulary's order (Forsikring, Børneattest, Tavshedspligt), titles A–Å within a topic.
    assert guide_titles(response) == [
        "Er frivillige forsikret?",
        "Børneattest: det skal du vide som frivillig",
        "Sådan indhenter I børneattester",
        "Tavshedspligt i praksis",
    ]
    assert "Hemmelig guide" not in response.content.decode()
    assert '<h2 id="results-heading" class="h3 directory-result-count">4 ' in response.content.decode()


def test_the_listing_has_its_intro_above_and_its_body_below_the_guides(client, guides):
    html = client.get(INDEX).content.decode()
    assert "<h1>Guides til frivillige og foreninger</h1>" in html
    assert "Praktisk hjælp til alt fra børneattester til forsikring." in html
    assert html.index('id="results-heading"') < html.index(BODY_TEXT)
    assert html.index("</ul>", html.index("guide-results")) < html.index(BODY_TEXT)


def test_each_guide_shows_title_summary_topic_audiences_and_when_it_was_reviewed(client, guides):
    html = client.get(INDEX).content.decode()
    card = html[html.index(f'id="guide-{guides["attest"].pk}"') :]
    card = card[: card.index("</li>")]
    assert '<a class="guide-card-link" href="/guides/boerneattester/">Sådan indhenter I børneattester</a>' in card
    assert "Hvornår I skal indhente en børneattest, og hvordan." in card
    assert '<span class="tag directory-tag">Børneattest</span>' in card
    assert "<dd>Foreninger</dd>" in card
    assert '<time datetime="2025-03-04">4. marts 2025</time>' in card


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("emne=boerneattest", ["Børneattest: det skal du vide som frivillig", "Sådan indhenter I børneattester"]),
        ("emne=forsikring", ["Er frivillige forsikret?"]),
        ("for=medarbejdere", ["Tavshedspligt i praksis"]),
        ("for=foreninger", ["Er frivillige forsikret?", "Sådan indhenter I børneattester"]),
    ],
)
def test_citizen_filters_by_topic_or_audience(client, guides, query, expected):
    response = client.get(f"{INDEX}?{query}")
    assert guide_titles(response) == expected
    assert response.context["result_count"] == len(expected)
    assert tuple(query.split("=")) in ticked_filters(response)


def test_several_values_of_one_filter_widen_and_the_two_filters_narrow(client, guides):
    assert guide_titles(client.get(f"{INDEX}?emne=forsikring&emne=tavshedspligt")) == [
        "Er frivillige forsikret?",
        "Tavshedspligt i praksis",
    ]
    assert guide_titles(client.get(f"{INDEX}?for=medarbejdere&for=foreninger")) == [
        "Er frivillige forsikret?",
        "Sådan indhenter I børneattester",
        "Tavshedspligt i praksis",
    ]
    response = client.get(f"{INDEX}?emne=boerneattest&for=frivillige")
    assert guide_titles(response) == ["Børneattest: det skal du vide som frivillig"]
    assert sorted(ticked_filters(response)) == [("emne", "boerneattest"), ("for", "frivillige")]


def test_counts_show_what_each_option_gives_with_the_other_filter(client, guides):
    response = client.get(INDEX)
    assert filter_counts(response, "emne")["boerneattest"] == 2
    assert filter_counts(response, "emne")["gdpr"] == 0
    assert filter_counts(response, "for") == {"foreninger": 2, "frivillige": 3, "medarbejdere": 1}

    # With "Frivillige" ticked, topics count among the volunteers' guides; audiences still across all.
    response = client.get(f"{INDEX}?for=frivillige")
    assert filter_counts(response, "emne")["boerneattest"] == 1
    assert filter_counts(response, "emne")["forsikring"] == 1
    assert filter_counts(response, "for") == {"foreninger": 2, "frivillige": 3, "medarbejdere": 1}

    response = client.get(f"{INDEX}?emne=boerneattest")
    assert filter_counts(response, "for") == {"foreninger": 1, "frivillige": 1, "medarbejdere": 0}
    html = response.content.decode()
    assert re.search(
        r'<label class="form-label" for="filter-for-frivillige">Frivillige <span class="directory-filter-count">'
        r"\(1\)</span></label>",
        html,
    )


def test_the_filters_are_a_get_form_of_checkboxes_that_works_without_javascript(client, guides):
    html = client.get(INDEX).content.decode()
    form = html[html.index('<form class="directory-filters') : html.index("</form>", html.index("directory-filters"))]
    assert 'method="get" action="/guides/"' in form
    assert form.count("<fieldset") == 2
    assert "<legend" in form
    assert '<button type="submit" class="button button-primary">' in form
    for input_id in re.findall(r'<input type="checkbox" class="form-checkbox" id="([^"]+)"', form):
        assert f'<label class="form-label" for="{input_id}">' in form
    assert len(re.findall(r'name="emne"', form)) == 8  # every topic of the vocabulary
    assert len(re.findall(r'name="for"', form)) == 3
    assert '<details class="details directory-filter-panel" id="filter-panel" open>' in html


def test_citizen_removes_one_filter_or_clears_them_all(client, guides):
    response = client.get(f"{INDEX}?emne=boerneattest&for=frivillige")
    removes = {chosen["label"]: chosen["remove_url"] for chosen in response.context["active_filters"]}
    assert removes == {"Børneattest": "/guides/?for=frivillige", "Frivillige": "/guides/?emne=boerneattest"}
    html = response.content.decode()
    assert in_danish("Chosen filters:") in html
    assert 'href="/guides/?for=frivillige"' in html
    assert '<a class="function-link" href="/guides/">' in html
    assert client.get(f"{INDEX}").context["filters_active"] is False


def test_no_results_says_so_and_offers_a_way_back(client, guides):
    response = client.get(f"{INDEX}?emne=vedtaegter")
    assert response.status_code == 200
    assert guide_titles(response) == []
    html = response.content.decode()
    assert 'id="no-results"' in html
    no_results = html[html.index('id="no-results"') : html.index("</section>", html.index('id="no-results"'))]
    assert 'href="/guides/"' in no_results
    assert 'href="mailto:frivillig@testrup.dk"' in no_results


@pytest.mark.parametrize(
    "query",
    [
        "emne=findes-ikke",
        "emne=",
        "emne=%00",
        "emne=" + "x" * 5000,
        "&".join(["emne=boerneattest"] * 500),
        "for=%E2%80%AE%F0%9F%98%80",
        "for[]=foreninger",
        "emne=boerneattest&emne=findes-ikke&for=atlantis",
    ],
)
def test_unknown_filter_values_are_ignored(client, guides, query):
    response = client.get(f"{INDEX}?{query}")
    assert response.status_code == 200
    assert len(guide_titles(response)) >= 2
    assert all(name == "emne" and value == "boerneattest" for name, value in ticked_filters(response))


# A guide -----------------------------------------------------------------------------------------------------------


def every_block(document=None):
    document = document or wagtail_factories.DocumentFactory(title="skabelon", file_size=48_128)
    return [
        ("heading", {"text": "Før I går i gang", "level": "h2"}),
        ("paragraph", "<p>En børneattest viser, om en person er dømt for bestemte forbrydelser.</p>"),
        (
            "steps",
            {
                "heading": "Sådan gør I",
                "steps": [
                    {"title": "Find ud af, hvem der skal have en attest", "text": "<p>Alle over 15 år.</p>"},
                    {"title": "Indhent samtykke", "text": "<p>Via virk.dk.</p>"},
                    {"title": "Gem svaret sikkert", "text": ""},
                ],
            },
        ),
        (
            "questions",
            {
                "heading": "Spørgsmål og svar",
                "questions": [
                    {"question": "Koster det noget?", "answer": "<p>Nej, det er gratis for foreninger.</p>"},
                    {"question": "Hvor længe gælder den?", "answer": "<p>Indhent en ny hvert andet år.</p>"},
                ],
            },
        ),
        ("info_box", {"kind": "success", "heading": "Godt råd", "text": "<p>Sæt en påmindelse i kalenderen.</p>"}),
        (
            "downloads",
            {
                "heading": "Skabeloner",
                "documents": [
                    {"title": "Samtykkeerklæring", "document": document, "description": "Til den frivillige."}
                ],
            },
        ),
        (
            "contact",
            {
                "name": "Frivilligkoordinatoren",
                "role": "Kultur og Fritid",
                "email": "frivillig@testrup.dk",
                "phone": "70 10 20 30",
                "text": "Vi hjælper gerne.",
            },
        ),
        (
            "questions",
            {"heading": "", "questions": [{"question": "Og hvis vi glemmer det?", "answer": "<p>Ring til os.</p>"}]},
        ),
    ]


@pytest.fixture
def guide(guide_index, guides):
    document = wagtail_factories.DocumentFactory(title="samtykke", file__filename="samtykke.pdf", file_size=48_128)
    return make_guide(
        guide_index,
        "Børneattest trin for trin",
        "boerneattest",
        ["foreninger", "frivillige"],
        slug="trin-for-trin",
        summary="Alt om børneattester på fem minutter.",
        reviewed_by="Frivilligkoordinatoren",
        last_reviewed_on=timezone.localdate() - datetime.timedelta(days=30),
        body=every_block(document),
        related_guides=[("guide", guides["attest"]), ("guide", guides["forsikring"])],
    )


def page_html(page):
    response = Client().get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_guide_shows_its_title_summary_topic_and_audiences(guide):
    html = page_html(guide)
    assert '<h1 id="guide-heading">Børneattest trin for trin</h1>' in html
    assert '<p class="font-lead">Alt om børneattester på fem minutter.</p>' in html
    assert '<span class="tag directory-tag">Børneattest</span>' in html
    assert "<dd>Foreninger, Frivillige</dd>" in html


def test_a_guide_says_when_and_by_whom_it_was_last_reviewed(guide):
    reviewed = guide.last_reviewed_on
    html = page_html(guide)
    facts = html[html.index('<dl class="directory-facts guide-facts') : html.index("</dl>", html.index("guide-facts"))]
    assert f'<time datetime="{reviewed:%Y-%m-%d}">' in facts
    assert f"<dt>{in_danish('Last reviewed')}</dt>" in facts
    assert "Frivilligkoordinatoren" in facts
    assert 'id="review-note"' not in html


@pytest.mark.parametrize(("days_ago", "due"), [(0, False), (365, False), (366, True), (800, True)])
def test_a_guide_not_reviewed_for_a_year_says_it_is_being_ticked_filters(guide, days_ago, due):
    guide.last_reviewed_on = timezone.localdate() - datetime.timedelta(days=days_ago)
    guide.save_revision().publish()
    html = page_html(guide)
    assert ('id="review-note"' in html) is due
    if due:
        note = html[html.index('id="review-note"') : html.index("</div>\n</div>", html.index('id="review-note"'))]
        assert 'class="alert alert-info guide-review-note"' in html  # neutral, not a warning
        assert f"{guide.last_reviewed_on.day}." in note
        assert 'href="mailto:frivillig@testrup.dk"' in note  # someone to ask meanwhile


def test_numbered_steps_are_an_ordered_list_with_the_step_guide_titles(guide):
    html = page_html(guide)
    steps = html[html.index('<ol class="guide-steps">') : html.index("</ol>", html.index("guide-steps"))]
    assert re.findall(r'<p class="guide-step-title">([^<]+)</p>', steps) == [
        "Find ud af, hvem der skal have en attest",
        "Indhent samtykke",
        "Gem svaret sikkert",
    ]
    assert "<p>Alle over 15 år.</p>" in steps
    assert html.index("<h2>Sådan gør I</h2>") < html.index('<ol class="guide-steps">')


def test_questions_are_an_accordion_of_buttons_that_control_their_answers(guide):
    html = page_html(guide)
    buttons = re.findall(
        r'<button type="button" class="accordion-button" aria-expanded="(\w+)" aria-controls="([^"]+)">\s*'
        r'<span class="accordion-title">([^<]+)</span>',
        html,
    )
    assert [question for _expanded, _id, question in buttons] == [
        "Koster det noget?",
        "Hvor længe gælder den?",
        "Og hvis vi glemmer det?",
    ]
    ids = [answer_id for _expanded, answer_id, _question in buttons]
    assert len(set(ids)) == 3, "every answer has its own id, also across two question blocks"
    for expanded, answer_id, _question in buttons:
        # Sent open, so every answer can be read without JavaScript; DKFDS folds them when it starts.
        assert expanded == "true"
        assert f'<div id="{answer_id}" aria-hidden="false" class="accordion-content">' in html
    assert html.count('<ul class="accordion" data-guide-accordion>') == 2
    # The button sits in a heading under the block's heading; without a block heading it is an h2.
    assert re.search(r"<h2>Spørgsmål og svar</h2>\s*<ul class=\"accordion\"[^>]*>\s*<li>\s*<h3>", html)
    assert re.search(r"<li>\s*<h2>\s*<button[^>]*>\s*<span class=\"accordion-title\">Og hvis vi glemmer", html)
    assert "<p>Nej, det er gratis for foreninger.</p>" in html


def test_advice_boxes_downloads_and_the_contact_box_are_shown(guide):
    html = page_html(guide)
    assert '<div class="alert alert-success">' in html
    assert "Sæt en påmindelse i kalenderen." in html
    downloads = html[html.index('<div class="guide-downloads">') :]
    downloads = downloads[: downloads.index("</ul>")]
    assert re.search(
        r'<a class="guide-download-link" href="/documents/\d+/samtykke[\w-]*\.pdf">Samtykkeerklæring</a>', downloads
    )
    assert re.search(r"\(PDF, 47[.,]0\s+KB\)", downloads)
    assert "Til den frivillige." in downloads
    assert "Frivilligkoordinatoren" in html
    assert 'href="mailto:frivillig@testrup.dk"' in html
    assert 'href="tel:70102030"' in html


def test_related_guides_come_last_and_only_live_ones(guide, guides):
    guides["forsikring"].unpublish()
    html = page_html(guide)
    related = html[html.index('<section class="guide-related"') :]
    related = related[: related.index("</section>")]
    assert '<a href="/guides/boerneattester/">Sådan indhenter I børneattester</a>' in related
    assert "Er frivillige forsikret?" not in related
    assert html.index("guide-body") < html.index('<section class="guide-related"')


def test_a_guide_without_related_guides_has_no_empty_section(guide_index):
    guide = make_guide(guide_index, "Alene", "gdpr", ["foreninger"])
    assert "guide-related" not in page_html(guide)


# Queries -----------------------------------------------------------------------------------------------------------

FILTERED = f"{INDEX}?emne=boerneattest&emne=forsikring&emne=gdpr&for=foreninger&for=frivillige"


def build_guides(index, number, start=0):
    slugs = ["boerneattest", "forsikring", "gdpr", "tavshedspligt"]
    for n in range(start, start + number):
        make_guide(index, f"Guide {n:03d}", slugs[n % 4], ["foreninger", "frivillige", "medarbejdere"][: 1 + n % 3])


def test_the_guide_listing_renders_with_a_bounded_number_of_queries(guide_index, django_assert_max_num_queries):
    build_guides(guide_index, 20)
    client = Client()
    client.get(FILTERED)
    with django_assert_max_num_queries(GUIDE_INDEX_QUERIES):
        response = client.get(FILTERED)
    assert len(guide_titles(response)) >= 10


def test_listing_queries_do_not_grow_with_the_number_of_guides(guide_index):
    build_guides(guide_index, 5)
    response, few = second_request(FILTERED)
    count_few = response.context["result_count"]
    build_guides(guide_index, 20, start=5)
    response, many = second_request(FILTERED)
    assert response.context["result_count"] > count_few
    assert many == few


def test_a_guide_renders_with_a_bounded_number_of_queries(guide, django_assert_max_num_queries):
    client = Client()
    client.get(guide.url)
    with django_assert_max_num_queries(GUIDE_PAGE_QUERIES):
        assert client.get(guide.url).status_code == 200


def test_guide_queries_do_not_grow_with_its_blocks_or_related_guides(guide_index, guides, guide):
    few = queries_for(guide.url)
    build_guides(guide_index, 6)
    more_related = [("guide", g) for g in GuidePage.objects.live().exclude(pk=guide.pk)]
    guide.body = every_block() + every_block()
    guide.related_guides = more_related
    guide.save_revision().publish()
    response, many = second_request(guide.url)
    assert response.content.decode().count('class="guide-download-link"') == 2
    assert many == few

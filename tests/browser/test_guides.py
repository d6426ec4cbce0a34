"""A citizen reads the guides in a real browser: filtered, by keyboard, with no barriers.

axe-core checks the guide listing with a filter applied and a guide with every kind of block,
also with a question opened. The questions open with Enter and Space, the button says whether
its answer is shown (aria-expanded), and without JavaScript every answer can be read.
"""

import datetime

import pytest
import wagtail_factories
from django.utils import timezone

from home.factories import fill_portal_settings, site_home_page
from policy.factories import GuideIndexPageFactory, GuidePageFactory, audience, topic
from tests.database import snapshotted

from .conftest import assert_accessible

GUIDE = "/guides/boerneattest-trin-for-trin/"


@snapshotted
def guide_site():
    """A guide listing with guides on several topics, and one guide with every block."""
    home = site_home_page()
    fill_portal_settings()
    index = GuideIndexPageFactory(
        parent=home,
        show_in_menus=True,
        intro="Praktisk hjælp til foreninger og frivillige.",
        body=[
            ("heading", {"text": "Kan du ikke finde svaret?", "level": "h2"}),
            ("paragraph", "<p>Ring til frivilligkoordinatoren.</p>"),
        ],
    )
    for n, slug in enumerate(["forsikring", "gdpr", "tavshedspligt", "boerneattest", "oekonomi"]):
        GuidePageFactory(
            parent=index,
            title=f"Guide om {slug}",
            topic=topic(slug),
            audiences=[audience("foreninger"), audience("frivillige")][: 1 + n % 2],
        )
    related = GuidePageFactory(parent=index, title="Forsikring af frivillige", topic=topic("forsikring"))
    document = wagtail_factories.DocumentFactory(title="Samtykke", file__filename="samtykke.pdf", file_size=48_128)
    GuidePageFactory(
        parent=index,
        title="Børneattest trin for trin",
        slug="boerneattest-trin-for-trin",
        summary="Alt om børneattester på fem minutter.",
        topic=topic("boerneattest"),
        audiences=[audience("foreninger"), audience("frivillige")],
        last_reviewed_on=timezone.localdate() - datetime.timedelta(days=400),  # shows the review note
        body=[
            ("heading", {"text": "Før I går i gang", "level": "h2"}),
            ("paragraph", "<p>En børneattest viser, om en person er dømt for bestemte forbrydelser.</p>"),
            (
                "steps",
                {
                    "heading": "Sådan gør I",
                    "steps": [
                        {"title": "Find ud af, hvem der skal have en attest", "text": "<p>Alle over 15 år.</p>"},
                        {"title": "Indhent samtykke", "text": "<p>Via virk.dk.</p>"},
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
            ("info_box", {"kind": "success", "heading": "Godt råd", "text": "<p>Sæt en påmindelse.</p>"}),
            (
                "downloads",
                {
                    "heading": "Skabeloner",
                    "documents": [{"title": "Samtykkeerklæring", "document": document, "description": ""}],
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
        ],
        related_guides=[("guide", related)],
    )
    return index


def test_filtered_guide_listing_has_no_accessibility_violations(browser_page, guide_site):
    browser_page.goto("/guides/?emne=boerneattest&emne=forsikring&for=foreninger")
    assert browser_page.locator("#filter-emne-boerneattest").is_checked()
    assert browser_page.locator(".guide-card").count() >= 2
    assert browser_page.get_by_role("heading", name="Kan du ikke finde svaret?").is_visible()
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_guide_listing_without_results_has_no_accessibility_violations(browser_page, guide_site):
    browser_page.goto("/guides/?emne=vedtaegter")
    assert browser_page.locator("#no-results").is_visible()
    assert_accessible(browser_page)


def test_a_guide_with_every_block_has_no_accessibility_violations(browser_page, guide_site):
    browser_page.goto(GUIDE)
    assert browser_page.locator("h1").inner_text() == "Børneattest trin for trin"
    assert browser_page.locator("#review-note").is_visible()
    assert browser_page.locator("ol.guide-steps > li").count() == 2
    # Started by DKFDS, the answers are folded away.
    assert not browser_page.get_by_text("Nej, det er gratis for foreninger.").is_visible()
    assert_accessible(browser_page)

    browser_page.get_by_role("button", name="Koster det noget?").click()
    assert browser_page.get_by_text("Nej, det er gratis for foreninger.").is_visible()
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_a_question_opens_and_closes_by_keyboard(browser_page, guide_site, key):
    browser_page.goto(GUIDE)
    button = browser_page.get_by_role("button", name="Hvor længe gælder den?")
    answer = browser_page.get_by_text("Indhent en ny hvert andet år.")
    browser_page.wait_for_function(
        "document.querySelector('.accordion-button').getAttribute('aria-expanded') === 'false'"
    )
    assert button.get_attribute("aria-expanded") == "false"
    assert not answer.is_visible()

    for _ in range(80):
        browser_page.keyboard.press("Tab")
        if browser_page.evaluate("document.activeElement.textContent.trim()") == "Hvor længe gælder den?":
            break
    else:
        raise AssertionError("Could not reach the question with the Tab key")

    browser_page.keyboard.press(key)
    assert button.get_attribute("aria-expanded") == "true"
    assert answer.is_visible()
    browser_page.keyboard.press(key)
    assert button.get_attribute("aria-expanded") == "false"
    assert not answer.is_visible()


def test_without_javascript_every_answer_can_be_read(chromium, live_server, guide_site):
    context = chromium.new_context(java_script_enabled=False, base_url=live_server.url, locale="da-DK")
    page = context.new_page()
    try:
        page.goto(GUIDE)
        assert page.get_by_text("Nej, det er gratis for foreninger.").is_visible()
        assert page.get_by_text("Indhent en ny hvert andet år.").is_visible()
        assert page.locator(".accordion-button").first.get_attribute("aria-expanded") == "true"
        page.goto("/guides/")
        page.locator("label[for=filter-for-frivillige]").click()
        page.locator(".directory-filters button[type=submit]").click()
        page.wait_for_url("**/guides/?for=frivillige")
        assert page.locator(".guide-card").count() == 3  # two topic guides and the guide with every block
    finally:
        context.close()

"""Editors are helped to write accessible, plain pages: LIX on the edit screen, the content checker, alt text.

LIX (core/readability.py) is checked on texts whose counts are known by hand.
"""

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from wagtail.blocks import StreamValue

from core.readability import lix, readability, texts_of
from home.blocks import CaptionedImageBlock
from policy.factories import GuideIndexPageFactory, GuidePageFactory
from policy.models import GuidePage
from tests.helpers import member_of, password_login, with_second_factor

EASY = "Kom og vær med. Vi spiller bold hver dag."  # 9 words, 2 sentences, 1 long: 4.5 + 11.1
HARD = (
    "Frivillighedspolitikken understøtter civilsamfundets organisationer gennem "
    "koordinerende indsatser, kompetenceudvikling og tværgående samarbejdsrelationer."
)  # 11 words, 1 sentence, 9 long ("gennem" has 6 letters: not long): 11 + 81.8


def test_lix_of_known_texts():
    assert lix(EASY) == 15.6
    assert lix(HARD) == 92.8
    assert lix("") is None


def test_lix_counts_words_of_letters_and_sentences_at_stops_colons_and_paragraphs():
    counts = readability(
        "<h2>Om os</h2><p>Vi har 25 medlemmer: alle er velkomne! Kom nu?</p>".replace("</h2>", "</h2>\n")
    )
    # "25" is no word; the heading, the colon, "!" and "?" end four sentences; medlemmer and velkomne are long.
    assert (counts.words, counts.sentences, counts.long_words) == (10, 4, 2)


def test_the_scale_and_the_hints():
    assert readability(EASY).level == "let"
    assert readability("Vi mødes hver tirsdag aften i klubhuset.").level == "middel"  # 7 + 28.6
    hard = readability(HARD)
    assert hard.level == "svær"
    assert len(hard.hints()) == 2  # aim lower; use shorter words
    long_sentence = readability(" ".join(["ord"] * 30) + ".")
    assert any("25 ord" in str(hint) for hint in long_sentence.hints())
    assert readability(EASY).hints() == []


def test_texts_of_a_stream_field_are_its_prose_only():
    value = StreamValue(
        GuidePage.body.field.stream_block,
        [
            {"type": "paragraph", "value": "<p>Start med at spørge.</p><p>Så går det.</p>"},
            {"type": "paragraph", "value": "https://example.dk/"},
        ],
        is_lazy=True,
    )
    texts = texts_of(value)
    assert len(texts) == 1
    assert readability(texts[0]).sentences == 2


@pytest.fixture
def guide(home):
    index = GuideIndexPageFactory(parent=home)
    return GuidePageFactory(
        parent=index, body=[("paragraph", f"<p>{HARD}</p>")], summary="Sådan gør I.", title="Samarbejde"
    )


@pytest.fixture
def editor(db):
    user = member_of("Kommunikation", "redaktoer")
    client = Client()
    assert password_login(client, user.username)
    with_second_factor(client, user)
    return client


def test_the_guide_editor_shows_the_lix_of_the_saved_text_with_hints(editor, guide):
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[guide.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "readability-panel" in html
    # Summary and body together: 3 + 11 words in 2 sentences, 0 + 9 long words: 7 + 64.3.
    assert "LIX 71,3: svær" in html  # with a Danish decimal comma
    assert "Sigt efter en let tekst" in html


def test_an_editor_viewing_a_page_gets_wagtail_s_content_checker_in_the_userbar(editor, guide):
    response = editor.get(guide.url)
    assert 'id="checker-axe-configuration"' in response.content.decode()


def test_a_visitor_gets_no_userbar(client, guide):
    assert "checker-axe-configuration" not in client.get(guide.url).content.decode()


def test_an_image_in_content_needs_alt_text_or_to_be_marked_decorative(db):
    image = wagtail_factories.ImageFactory(title="Hold")
    block = CaptionedImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": False}}))
    block.clean(block.to_python({"image": {"image": image.pk, "alt_text": "Børn spiller bold", "decorative": False}}))
    block.clean(block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": True}}))

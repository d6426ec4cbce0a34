"""Only the text a reader sees goes into the search: not a heading's level, an info box's colour or an icon.

Wagtail gives the search a choice block's label, so a heading block was indexed as "Overskrift 2"
and its level showed in the search's snippets.
"""

import pytest
from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, get_page_models
from wagtail.search import index

from home.factories import StandardPageFactory
from search.models import SearchDocument
from search.service import run_search

pytestmark = pytest.mark.django_db

# Choices a reader sees on the page, in words: a focus area shows each initiative's status.
SHOWN_TO_READERS = {"policy.FocusAreaPage.initiatives.initiative.status"}

BODY = [
    ("heading", {"text": "Sådan kommer du i gang", "level": "h2"}),
    ("paragraph", "<p>Skriv til koordinatoren, så finder vi en opgave.</p>"),
    ("heading", {"text": "Forsikring", "level": "h3"}),
    ("info_box", {"kind": "warning", "heading": "Husk børneattesten", "text": "<p>Den er gratis.</p>"}),
]


@pytest.mark.parametrize("language", ["da", "en"])
def test_a_heading_is_searched_by_its_words_and_not_its_level(home, language):
    with translation.override(language):
        page = StandardPageFactory(parent=home, title="Kom i gang", slug="kom-i-gang", body=BODY)
        page.save_revision().publish()

    document = SearchDocument.objects.get(page=page)
    for words in ("Sådan kommer du i gang", "Forsikring", "Husk børneattesten", "Den er gratis."):
        assert words in document.body
    for label in ("Overskrift", "Heading", "h2", "h3", "Vigtigt", "Important", "warning"):
        assert label not in document.body, label


def test_the_levels_label_is_neither_found_nor_in_a_snippet(home):
    with translation.override("da"):
        StandardPageFactory(parent=home, title="Kom i gang", slug="kom-i-gang", body=BODY).save_revision().publish()
    danish = Locale.objects.get(language_code="da")

    assert run_search("overskrift", danish).count == 0
    (result,) = run_search("forsikring", danish).results
    assert "<mark>Forsikring</mark>" in result.snippet
    assert "Overskrift" not in result.snippet and "h3" not in result.snippet


def choice_blocks_in(block, path, found):
    if not getattr(block, "search_index", True):
        return
    if isinstance(block, (blocks.ChoiceBlock, blocks.MultipleChoiceBlock)):
        found.add(path)
    elif isinstance(block, blocks.ListBlock):
        choice_blocks_in(block.child_block, path, found)
    elif isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        for name, child in block.child_blocks.items():
            if name not in getattr(block, "not_searched", ()):
                choice_blocks_in(child, f"{path}.{name}", found)


def test_every_choice_the_search_reads_is_one_readers_see_in_words():
    found = set()
    for model in get_page_models():
        for search_field in model.get_search_fields():
            if not isinstance(search_field, index.SearchField):
                continue
            try:
                field = model._meta.get_field(search_field.field_name)
            except FieldDoesNotExist:
                continue
            if isinstance(field, StreamField):
                choice_blocks_in(field.stream_block, f"{model._meta.label}.{field.name}", found)
    assert found == SHOWN_TO_READERS

"""How easy a text is to read: LIX, the Danish measure, and plain-language hints for editors.

LIX = words / sentences + 100 × long words / words, where a long word has more than six
letters. "Kom og vær med. Vi spiller bold hver dag." has 9 words in 2 sentences and one long
word ("spiller", 7 letters), so LIX is 9 / 2 + 100 × 1 / 9 = 15.6: easy.
Danish public authorities aim at "let" for citizens.

``ReadabilityPanel`` shows the score of a page's texts on its edit screen (policy, guides,
associations), with the scale and what to do about it; it reads the page as last saved, so an
editor saves a draft and sees the new score.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

# A word is a run of letters (digits and signs are not words); "fritids-klub" and "børn's" are one word.
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A sentence ends at . ! ? or : (LIX's rule), or where a paragraph, heading or list item ends.
SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)|\n")
LONG_WORD = 6
LONG_SENTENCE = 25  # words: a hint to split it
# The usual Danish scale, folded into three steps.
EASY_BELOW = 35
MEDIUM_BELOW = 45


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int
    long_sentences: int

    @property
    def lix(self):
        if not self.words:
            return None
        return round(self.words / max(self.sentences, 1) + 100 * self.long_words / self.words, 1)

    @property
    def level(self):
        """ "let", "middel" or "svær" in Danish (the scale editors know), None for no text."""
        lix = self.lix
        if lix is None:
            return None
        if lix < EASY_BELOW:
            return _("easy")
        if lix < MEDIUM_BELOW:
            return _("medium")
        return _("difficult")

    def hints(self):
        hints = []
        if self.lix is not None and self.lix >= EASY_BELOW:
            hints.append(_("Aim at an easy text (LIX below 35): most citizens read it without effort."))
        if self.long_sentences:
            hints.append(_("Split the long sentences (more than 25 words) into shorter ones."))
        if self.words and self.long_words / self.words > 0.3:
            hints.append(_("Use short everyday words where you can: many of the words are long."))
        return hints


def readability(text):
    """The counts of a plain text (HTML tags are ignored)."""
    text = normalize_newlines(strip_tags(str(text)))
    words = long_words = sentences = long_sentences = 0
    for sentence in SENTENCE_END.split(text):
        found = WORD.findall(sentence)
        if not found:
            continue
        sentences += 1
        words += len(found)
        long_words += sum(1 for word in found if len(re.sub(r"\W", "", word)) > LONG_WORD)
        long_sentences += len(found) > LONG_SENTENCE
    return Readability(words, sentences, long_words, long_sentences)


def lix(text):
    """LIX of a text: e.g. lix("Kom og vær med.") == 4.0."""
    return readability(text).lix


def texts_of(value):
    """The prose in a field's value: a string, rich text, or a StreamField's raw data.

    Only strings with a space in them count as prose, so a block's link, slug or choice
    ("https://…", "info") does not count as a one-word sentence."""
    if value is None:
        return []
    raw = getattr(value, "raw_data", None)
    if raw is not None:
        value = list(raw)
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts_of(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in texts_of(item)]
    if hasattr(value, "source"):  # RichText
        value = value.source
    if isinstance(value, str) and " " in value.strip():
        # Block boundaries in rich text end a sentence (a heading has no full stop).
        return [re.sub(r"</(p|h\d|li|blockquote)>", "\n", value)]
    return []


class ReadabilityPanel(Panel):
    """The LIX of the page's texts, on its edit screen, with the scale and plain-language hints.

    ReadabilityPanel(["intro", "body"]) scores those fields together."""

    def __init__(self, fields=(), **kwargs):
        kwargs.setdefault("heading", _("Readability"))
        super().__init__(**kwargs)
        self.fields = list(fields)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "fields": self.fields}

    class BoundPanel(Panel.BoundPanel):
        template_name = "core/readability_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            texts = [text for name in self.panel.fields for text in texts_of(getattr(self.instance, name, None))]
            context["readability"] = readability("\n".join(texts))
            return context

"""Presenting: one page of results, each with a passage of its text where the query's words are marked."""

import functools
import re
from dataclasses import dataclass, field

from django.urls import translate_url
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import danish
from .models import SearchDocument


@dataclass
class Result:
    document: SearchDocument
    words: list  # The query's words to mark in the snippet.
    activities: list = field(default_factory=list)  # An association's matching activities, shown with it.
    # The page has no translation in the visitor's language: its Danish text is shown, marked lang="da".
    in_other_language: bool = False
    visitor_language: str = ""

    def __getattr__(self, name):
        return getattr(self.document, name)

    @functools.cached_property
    def snippet(self):
        """The passage with the words marked, made when shown: the API shows none (~1 ms a result)."""
        return snippet(self.document, self.words)

    @property
    def url(self):
        """Where the result leads: for a Danish page found from Arabic, its address under /ar/, where the
        Danish fallback shows it inside the Arabic frame, so the visitor stays in their language
        ("/foreninger/lysglimt/" from /ar/search/ is "/ar/foreninger/lysglimt/")."""
        url = self.document.url
        if not self.in_other_language or not url:
            return url
        with translation.override(self.language):
            return translate_url(url, self.visitor_language)

    @property
    def language(self):
        """The language of the result's text: "da" for a Danish page found from English."""
        return self.document.locale.language_code

    @property
    def kind_label(self):
        return self.document.kind_label


def page_of(entries, page, per_page):
    """The entries on page ``page`` (from 1); none past the end."""
    start = (page - 1) * per_page
    return entries[start : start + per_page]


def present(entries, words, locale=None):
    """Results for ``(id, [activity ids])`` entries, their documents read in one query; those not in
    ``locale`` (Danish pages found from another language) are marked ``in_other_language``."""
    ids = [pk for pk, _nested in entries] + [activity for _pk, nested in entries for activity in nested]
    docs = {doc.pk: doc for doc in SearchDocument.objects.filter(pk__in=ids).select_related("locality", "locale")}
    return [
        Result(
            document=docs[pk],
            words=words,
            activities=[docs[activity] for activity in nested],
            in_other_language=locale is not None and docs[pk].locale_id != locale.pk,
            visitor_language=locale.language_code if locale is not None else "",
        )
        for pk, nested in entries
    ]


def snippet(doc, words, length=28):
    """A short passage of the document with the query's words marked, escaped for HTML."""
    text = " ".join(part for part in (doc.summary, doc.body) if part)
    tokens = text.split()
    if not tokens:
        return ""
    pattern = _marking(tuple(sorted({danish.stem_of(word) for word in words if word.strip()} - {""})))
    marked = {}  # A text says "frivillig" many times: each token is normalised and matched once.

    def hits(token):
        if token not in marked:
            marked[token] = bool(pattern and pattern.search(danish.normalise(token)))
        return marked[token]

    first = next((i for i, token in enumerate(tokens) if hits(token)), 0)
    start = max(0, first - 6) if first > 6 else 0
    window = tokens[start : start + length]
    html = []
    for token in window:
        html.append(f"<mark>{escape(token)}</mark>" if hits(token) else escape(token))
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(tokens) else ""
    return mark_safe(prefix + " ".join(html) + suffix)


@functools.lru_cache(maxsize=256)
def _marking(stems):
    """The pattern that finds a word beginning with one of ``stems``, longest first; compiled once per query."""
    if not stems:
        return None
    ordered = sorted(stems, key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(s) for s in ordered) + r")[\w-]*", re.IGNORECASE)

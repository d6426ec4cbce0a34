"""Ranking: the backend's order of relevance, with results whose title says what was asked for first.

Backends score long texts and short ones differently; a citizen who types "frivilligpolitik"
expects the page called that before pages that mention it. Only the first ``RERANK`` results
are reordered: deep results keep the backend's order, as reading their texts costs time.
"""

import functools

from . import danish
from .models import SearchDocument

RERANK = 100
TEXT_FIELDS = ("title", "summary", "keywords")
# The stems of the texts reranked lately. The same documents come up for many searches ("fodbold", "fodbold
# Fjordlund", "fodboldtræner"), and stemming a hundred summaries was a tenth of a new search's time.
TEXTS_KEPT = 4096


@functools.lru_cache(maxsize=TEXTS_KEPT)
def title_stems(title):
    """The stems of a title's words, in order, without stop words."""
    return tuple(danish.stem_of(word) for word in danish.words(title) if word not in danish.STOP_WORDS)


@functools.lru_cache(maxsize=TEXTS_KEPT)
def text_stems(text):
    """The stems of a text's words, once each."""
    return frozenset(danish.stem_of(word) for word in danish.words(text))


def rank(rows, plan, looser=frozenset()):
    """``rows`` (in the backend's order) reordered; reads the texts of the first ``RERANK`` (one query). The ids in
    ``looser`` lack some of the query's words (search/matching.py) and stay after the others."""
    head = rows[:RERANK]
    documents = SearchDocument.objects.filter(pk__in=[row["id"] for row in head])
    texts = {text["id"]: text for text in documents.values("id", *TEXT_FIELDS)}
    for row in head:
        row.update({name: texts.get(row["id"], {}).get(name, "") for name in TEXT_FIELDS})
    return rerank(rows, plan, looser)


def rerank(rows, plan, looser=frozenset()):
    """The first ``RERANK`` rows (with their texts) by how much of the query their title and summary say."""
    clauses = [
        {danish.stem_of(word) for alternative in clause.alternatives for word in danish.words(alternative)}
        for clause in (plan.clauses if plan else [])
    ]
    # The stems of the words that have the query word only after another part ("bordtennis" for "tennis").
    inner = [
        {danish.stem_of(word) for alternative in clause.inner for word in danish.words(alternative)}
        for clause in (plan.clauses if plan else [])
    ]

    def coverage(title, stems, inner_stems):
        """1 for a title word that begins with the query's word, half for one that has it only inside:
        "Tennisklubben" is about tennis, "Bordtennisklubben" about another game."""
        matched = {stem for word in title for stem in stems if word.startswith(stem)}
        if not matched:
            return 0
        return 0.5 if matched <= inner_stems else 1

    def title_score(row):
        if not clauses:
            return 0
        title = title_stems(row["title"])
        covered = sum(coverage(title, stems, inner_stems) for stems, inner_stems in zip(clauses, inner, strict=True))
        if not covered:
            return 0
        # All the query's words in a short title beat them in a long one: "Frivilligpolitik" before
        # "Idéfase – ny frivilligpolitik".
        return round(covered / len(clauses) - 0.04 * min(max(len(title) - covered, 0), 10), 2)

    def summary_coverage(row):
        if not clauses:
            return 0
        words = text_stems(f"{row['summary']} {row['keywords']}")
        return sum(1 for stems in clauses if any(word.startswith(stem) for word in words for stem in stems))

    head, tail = rows[:RERANK], rows[RERANK:]
    order = sorted(
        range(len(head)),
        key=lambda i: (head[i]["id"] in looser, -title_score(head[i]), -summary_coverage(head[i]), i),
    )
    return [head[i] for i in order] + tail

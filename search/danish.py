"""Danish words for the search: tokens, stems, stop words and spelling folds.

The same Snowball stemmer and stop list run in PostgreSQL's "danish" text
search configuration and in Elasticsearch's Danish analyzer, so a word stemmed
here matches what those backends index.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Snowball's Danish stop list: the one PostgreSQL (danish.stop) and Elasticsearch (_danish_) use.
STOP_WORDS = frozenset(
    [
        "og",
        "i",
        "jeg",
        "det",
        "at",
        "en",
        "den",
        "til",
        "er",
        "som",
        "på",
        "de",
        "med",
        "han",
        "af",
        "for",
        "ikke",
        "der",
        "var",
        "mig",
        "sig",
        "men",
        "et",
        "har",
        "om",
        "vi",
        "min",
        "havde",
        "ham",
        "hun",
        "nu",
        "over",
        "da",
        "fra",
        "du",
        "ud",
        "sin",
        "dem",
        "os",
        "op",
        "man",
        "hans",
        "hvor",
        "eller",
        "hvad",
        "skal",
        "selv",
        "her",
        "alle",
        "vil",
        "blev",
        "kunne",
        "ind",
        "når",
        "være",
        "dog",
        "noget",
        "ville",
        "jo",
        "deres",
        "efter",
        "ned",
        "skulle",
        "denne",
        "end",
        "dette",
        "mit",
        "også",
        "under",
        "have",
        "dig",
        "anden",
        "hende",
        "mine",
        "alt",
        "meget",
        "sit",
        "sine",
        "vor",
        "mod",
        "disse",
        "hvis",
        "din",
        "nogle",
        "hos",
        "blive",
        "mange",
        "ad",
        "bliver",
        "hendes",
        "været",
        "thi",
        "jer",
        "sådan",
    ]
)

# Words citizens put around what they look for ("jeg vil gerne finde noget med …"): they
# say nothing about the content, so a query does not have to match them.
FILLER_WORDS = frozenset(
    [
        "gerne",
        "godt",
        # The sign § said as a word: "paragraf 18" is the "§ 18" pages write, whose sign is no word to index.
        "paragraf",
        "paragraffen",
        "lidt",
        "søger",
        "søge",
        "leder",
        "lede",
        "finde",
        "find",
        "finder",
        "mulighed",
        "muligheder",
        "lyst",
        "kan",
        "kunne",
        "kommune",
        "kommunen",
        "please",
        "tak",
        "hej",
        "man",
        "nogen",
        "hvem",
        "hvilke",
        "hvilken",
        "hvordan",
        "hvornår",
        "vores",
        "jeres",
        "andre",
        "andet",
        "ting",
        "noget",
        "nogle",
        "sted",
        "steder",
    ]
)

# Last parts of compounds that say little on their own: "vandretur" is about walking, "svømmeundervisning"
# about swimming.
GENERIC_TAILS = frozenset(
    [
        "tur",
        "ture",
        "klub",
        "klubben",
        "forening",
        "gruppe",
        "grupper",
        "hold",
        "holdet",
        "hus",
        "huset",
        "sted",
        "aften",
        "dag",
        "dage",
        "kursus",
        "job",
        "tilbud",
        "undervisning",
        "træning",
    ]
)

_ACCENTED = re.compile(r"[^\x00-\x7fæøå]")  # A letter that may carry an accent to drop: "é", "ü", "ñ".
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_stemmer = snowballstemmer.stemmer("danish")


def lower(text):
    return unicodedata.normalize("NFC", (text or "").lower())


def normalise(text):
    """Lower case, NFC, and accents other than æ, ø, å dropped ("café" is "cafe"): how words are compared."""
    text = lower(text)
    if not _ACCENTED.search(text):  # Nearly every word: nothing to drop, and the vocabulary normalises thousands.
        return text
    out = []
    for char in text:
        if char in "æøå":
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def words(text):
    """The words of a text in lower case as written; hyphenated words give their parts."""
    found = []
    for match in WORD.finditer(lower(text)):
        word = match.group(0).replace("’", "'")
        parts = re.split(r"[-']", word)
        if len(parts) > 1:
            found.extend(part for part in parts if part)
        else:
            found.append(word)
    return found


@lru_cache(maxsize=50_000)
def stem(word):
    return _stemmer.stemWord(word)


def stem_of(word):
    """The stem under which the vocabulary groups a word's inflections."""
    return stem(normalise(word))


def fold(word):
    """æ, ø, å written as ae, oe, aa (and back): the key under which both spellings meet."""
    return folded(normalise(word))


def folded(key):
    """``fold`` of a word already normalised (the vocabulary has the key at hand for thousands of words)."""
    return key.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


_WRITTEN_OUT = re.compile("ae|oe|aa")
_LETTER = {"ae": "æ", "oe": "ø", "aa": "å"}
MAX_RESPELLINGS = 16


def respellings(word):
    """The word with ae, oe, aa written as æ, ø, å, each pair either way (not the word as typed):
    "laesevennerne" is "læsevennerne", which a stem or a lemma can then be found for. The caller
    tries them only for a word the content does not use as typed ("poetisk" is not "pøtisk")."""
    key = normalise(word)
    spans = [match.span() for match in _WRITTEN_OUT.finditer(key)][:4]
    found = []
    for mask in range(1, 1 << len(spans)):
        out, last = [], 0
        for bit, (start, end) in enumerate(spans):
            if mask >> bit & 1:
                out.append(key[last:start] + _LETTER[key[start:end]])
                last = end
        found.append("".join(out) + key[last:])
    return found[:MAX_RESPELLINGS]


def is_content_word(word):
    """Words a query must match: not a stop or filler word, not a lone letter."""
    return len(word) > 1 and word not in STOP_WORDS and word not in FILLER_WORDS or word.isdigit()

"""What a Danish lexicon says about a word: its lemma, the dictionary form its inflections share.

Snowball's stems are rules, and rules miss what Danish does irregularly: "børn" is a form
of "barn", "mænd" of "mand", "bøger" of "bog", "fødder" of "fod" (Snowball gives "børn",
"mænd", "bøg", "fødd"). They also meet words that have nothing in common: "demens" and
"dem" (them) both stem to "dem". The lemma comes from simplemma's Danish full-form
lexicon (a word list of inflected forms and their lemmas shipped in the PyPI package, no
files on the machine or the database server), so the same word gets the same lemma on
SQLite, PostgreSQL and Elasticsearch alike: the query side (search/vocabulary.py) decides
which exact words reach the backend.

Looking a word up is cheap, loading the lexicon is not (about 2.5 s and 100 MB the first
time in a process), so the lemma of every content word is stored on its ``Term`` row when
the words are counted (search/documents.py) and the vocabulary reads it from there: a web
process that only searches never loads the lexicon.
"""

import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

try:
    import simplemma
except ImportError:  # An installation without it still searches, with Snowball's stems alone.
    simplemma = None
    logger.warning("simplemma is not installed: the search groups Danish words by Snowball stems only")


@lru_cache(maxsize=200_000)
def lemma(word):
    """The dictionary form of a lower-case Danish word ("børnene" → "barn"), or the word itself if unknown."""
    if simplemma is None or not word:
        return word
    return simplemma.lemmatize(word, lang="da").lower()


# Whether a word is Danish at all, from Debian's hunspell-da (the files PostgreSQL's ispell dictionary and
# Elasticsearch's hunspell filter read). A query word the content never uses but Danish does ("bridge",
# "grundejer") is what the citizen meant, not a typo of some other word the content uses ("bring", "grundig").
HUNSPELL_DIC = Path(os.environ.get("HUNSPELL_DA_DIC", "/usr/share/hunspell/da_DK.dic"))


@dataclass(frozen=True)
class _Suffix:
    flag: str
    strip: str
    add: str
    condition: re.Pattern
    continuation: frozenset  # Flags of the suffixes that may follow this one: "kajak" + "k" + "er".


class Hunspell:
    """The stems of a hunspell dictionary with their flags, and its suffix rules, enough to tell a Danish
    word form from a non-word: "kajakker" is "kajak" + "k" + "er", "kajjak" is nothing. Prefixes and
    compounding are left out: the content's own words decide compounds (search/vocabulary.py)."""

    def __init__(self, dic, aff):
        self.stems = {}
        shared = {}  # 158,000 entries have a few hundred sets of flags: one frozenset each keeps it to ~20 MB.
        for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
            # "aften/10,11,2,39,31 al:aftner": the entry, then morphological fields this does not need.
            word, _slash, flags = (line.split() or [""])[0].partition("/")
            if word:
                word = word.lower()
                combined = self.stems.get(word, frozenset()) | frozenset(flags.split(","))
                self.stems[word] = shared.setdefault(combined, combined)
        self.suffixes = {}  # By the letters they add.
        for line in aff.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) < 5 or parts[0] != "SFX":
                continue
            flag, strip, added, condition = parts[1:5]
            add, _slash, continuation = added.partition("/")
            suffix = _Suffix(
                flag=flag,
                strip="" if strip == "0" else strip,
                add="" if add == "0" else add,
                condition=re.compile(f"(?:{condition})$"),
                continuation=frozenset(continuation.split(",")) if continuation else frozenset(),
            )
            self.suffixes.setdefault(suffix.add, []).append(suffix)

    def _bases(self, word):
        """(base, suffix) for each suffix rule that could have made ``word``."""
        for length in range(0, len(word)):
            for suffix in self.suffixes.get(word[len(word) - length :] if length else "", ()):
                base = word[: len(word) - length] + suffix.strip
                if base and suffix.condition.search(base):
                    yield base, suffix

    def knows(self, word):
        return bool(self.entries(word))

    def entries(self, word):
        """The dictionary's entries ``word`` is a form of: "teatrene" → {"teater"}, "kajakker" → {"kajak"}."""
        found = {word} if word in self.stems else set()
        for base, suffix in self._bases(word):
            if suffix.flag in self.stems.get(base, ()):
                found.add(base)
            for inner, first in self._bases(base):  # Two suffixes: "kajak" + "k" + "er".
                if suffix.flag in first.continuation and first.flag in self.stems.get(inner, ()):
                    found.add(inner)
        return found


@lru_cache(maxsize=1)
def hunspell():
    """The dictionary, or None if hunspell-da is not installed. Read once per process (about 0.5 s and 20 MB),
    when a query first has a word the content does not use: words the content uses never ask it."""
    aff = HUNSPELL_DIC.with_suffix(".aff")
    if not (HUNSPELL_DIC.exists() and aff.exists()):
        logger.warning("hunspell-da is not installed (%s): query words are not checked against Danish", HUNSPELL_DIC)
        return None
    return Hunspell(HUNSPELL_DIC, aff)


@lru_cache(maxsize=50_000)
def is_danish(word):
    """Whether hunspell-da knows ``word`` (lower case) as a Danish word form; None if there is no dictionary."""
    dictionary = hunspell()
    return None if dictionary is None else dictionary.knows(word)


@lru_cache(maxsize=50_000)
def entries(word):
    """The hunspell-da entries ``word`` (lower case) is a form of, shortest first ("teatre" → ("teater",));
    empty if it is none or there is no dictionary. A query word the content does not use as typed is
    looked for as these: "teatre" finds "teater", "grundejere" the compounds of "grundejer"."""
    dictionary = hunspell()
    if dictionary is None or word in dictionary.stems:
        # A word that is an entry of its own is meant as such: "ballet" is not the definite form of "bal" here.
        return ()
    return tuple(sorted(dictionary.entries(word) - {word}, key=lambda entry: (len(entry), entry)))

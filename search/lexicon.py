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
from functools import lru_cache

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

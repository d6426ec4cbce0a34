"""English stems for the query side: "row" also finds "rowing", "volunteer" finds "volunteering".

The vocabulary groups a word's inflections by its Danish stem (search/danish.py), which leaves
English "-ing" and "-ed" forms apart. A query in English (/en/search/) also takes the words that
share the query word's English stem; Danish queries never do ("hjælpere" stays Danish).
"""

from functools import lru_cache

import snowballstemmer

from . import danish

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem_of(word):
    return _stemmer.stemWord(danish.normalise(word))

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
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
except ImportError:  # An installation without it still searches, with Snowball's stems alone.
    simplemma = DefaultDictionaryFactory = None
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
    tag: str = ""  # What it makes: "+PLUR_BEK" (definite plural), "+GENITIV", …


class Hunspell:
    """The stems of a hunspell dictionary with their flags, and its suffix rules, enough to tell a Danish
    word form from a non-word: "kajakker" is "kajak" + "k" + "er", "kajjak" is nothing; to make the forms
    of an entry ("møbel": "møbler", "møblerne"); and to tell which forms may begin a compound ("får" begins
    "fåretilsyn" as "fåre", "fyr" begins "fyrtårnet" as it is). Prefixes are left out."""

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
        self.by_flag = {}
        # hunspell-da's flags for "only with a further suffix" ("kajakk" is no word, "kajakker" is) and "only
        # at the start of a compound" ("fåre" is "får" joined to what follows).
        self.need_affix = self.only_in_compound = None
        for line in aff.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == "NEEDAFFIX":
                self.need_affix = parts[1]
            if len(parts) == 2 and parts[0] == "ONLYINCOMPOUND":
                self.only_in_compound = parts[1]
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
                tag=parts[5] if len(parts) > 5 else "",
            )
            self.suffixes.setdefault(suffix.add, []).append(suffix)
            self.by_flag.setdefault(flag, []).append(suffix)

    def _bases(self, word):
        """(base, suffix) for each suffix rule that could have made ``word``."""
        for length in range(0, len(word)):
            for suffix in self.suffixes.get(word[len(word) - length :] if length else "", ()):
                base = word[: len(word) - length] + suffix.strip
                if base and suffix.condition.search(base):
                    yield base, suffix

    def knows(self, word):
        return bool(self.entries(word))

    def forms(self, entry):
        """(the word forms of ``entry``, the forms it begins a compound with), by its flags' suffix rules and one
        further suffix: "møbel" → ({"møbel", "møbler", "møblerne", …}, {"møbel"}); "får" → (…, {"fåre"})."""
        words, joining = set(), set()
        flags = self.stems.get(entry)
        if flags is None:
            return words, joining
        if self.need_affix not in flags and self.only_in_compound not in flags:
            words.add(entry)

        def add(base, flags, depth):
            for flag in flags:
                for suffix in self.by_flag.get(flag, ()):
                    if not base.endswith(suffix.strip) or not suffix.condition.search(base):
                        continue
                    form = base[: len(base) - len(suffix.strip)] + suffix.add
                    if "-" in form or "'" in form:
                        continue
                    if self.only_in_compound in suffix.continuation:
                        joining.add(form)
                    elif self.need_affix not in suffix.continuation:
                        words.add(form)
                    if depth == 0:
                        add(form, suffix.continuation, 1)

        add(entry, flags, 0)
        return words, joining

    def is_plural_only(self, entry):
        """Whether ``entry`` is a plural the dictionary lists on its own, with nothing but its definite and
        genitive forms ("bøger", "nætter"), not a word of its own that happens to be a form too ("led", "rev")."""
        tags = {suffix.tag for flag in self.stems.get(entry, ()) for suffix in self.by_flag.get(flag, ())}
        # "gæs" has no flags at all: a form the dictionary lists as such ("gæs st:gås").
        return tags <= {"+PLUR_BEK", "+GENITIV", "+ORD_SIDST", ""}

    def begins_compound(self, head):
        """Whether ``head`` is a form the dictionary lets begin a compound: "fyr" (fyrtårn), "fåre" (fåretilsyn),
        "drejebænk" is "dreje" + "bænk"."""
        for base, suffix in self._bases(head):
            if self.only_in_compound in suffix.continuation and suffix.flag in self.stems.get(base, ()):
                return True
        return False

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
def forms(word):
    """(the word forms, the compound-joining forms) of ``word`` as a hunspell-da entry, each a frozenset; empty
    if it is no entry or there is no dictionary. A query word the content does not use is looked for as these:
    "toilet" finds "toiletter", "møbel" "møbler", "får" the "fåre-" of "fåretilsyn"."""
    dictionary = hunspell()
    if dictionary is None:
        return frozenset(), frozenset()
    words, joining = dictionary.forms(word)
    return frozenset(words), frozenset(joining)


@lru_cache(maxsize=50_000)
def is_entry(word):
    """Whether ``word`` (lower case) is an entry of hunspell-da of its own ("fyrtårn"), not only a form of one."""
    dictionary = hunspell()
    return dictionary is not None and word in dictionary.stems


@lru_cache(maxsize=50_000)
def begins_compound(head):
    """Whether hunspell-da lets ``head`` (lower case) begin a compound; False if there is no dictionary."""
    dictionary = hunspell()
    return dictionary is not None and dictionary.begins_compound(head)


# Irregular forms and their lemmas from simplemma's Danish lexicon, the few thousand whose lemma neither
# Snowball nor hunspell-da's suffix rules reach ("bøger": "bog", "gæs": "gås", "fødder": "fod"), for query
# words the content does not use: a table of ~200 KB read on first use instead of the whole lexicon (100 MB).
# Made by ``manage.py search_irregular_forms`` from the installed simplemma.
IRREGULAR_FORMS = Path(__file__).with_name("fixtures") / "irregular_forms_da.tsv"


def irregular_pairs(pairs, stem, dictionary=None):
    """The (form, lemma) pairs of ``pairs`` a rule misses: the same first letter (not "ældre": "gammel"), and
    neither the same Snowball stem nor the lemma's stem at the start of the form ("bøger": "bog", not
    "kajakker": "kajak"); a compound that only adds a first part to a shorter pair is left to that pair
    ("dagbøger": "dagbog" is "dag" + "bøger": "bog").

    With hunspell-da (``dictionary``), only where it agrees: the lemma a word of its own, and the form none
    of its own ("led" is a joint before it is a form of "lide") nor a form of another word ("leden")."""
    irregular = {}
    for form, lemma in pairs:
        if not (form.isalpha() and lemma.isalpha()) or form == lemma or form[:1] != lemma[:1]:
            continue
        form_stem, lemma_stem = stem(form), stem(lemma)
        if form_stem == lemma_stem or form.startswith(lemma_stem) or form_stem.startswith(lemma_stem):
            continue
        if dictionary is not None:
            if lemma not in dictionary.stems:
                continue
            if form in dictionary.stems:
                # "bøger", "nætter", "gæs" are listed as plurals of their own; "led" and "rev" as other words.
                if not dictionary.is_plural_only(form):
                    continue
            else:
                readings = dictionary.entries(form)
                if readings and not any(reading == lemma or dictionary.is_plural_only(reading) for reading in readings):
                    continue
        irregular[form] = lemma
    return {
        form: lemma
        for form, lemma in irregular.items()
        if not any(
            form[cut:] in irregular and lemma == form[:cut] + irregular[form[cut:]] for cut in range(1, len(form) - 2)
        )
    }


def simplemma_pairs():
    """(form, lemma) of every entry of simplemma's Danish lexicon, lower case."""
    for form, lemma in DefaultDictionaryFactory().get_dictionary("da").items():
        form, lemma = (text.decode() if isinstance(text, bytes) else text for text in (form, lemma))
        yield form.lower(), lemma.lower()


@lru_cache(maxsize=1)
def _irregular_forms():
    if not IRREGULAR_FORMS.exists():
        return {}
    rows = (line.split("\t") for line in IRREGULAR_FORMS.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2}


@lru_cache(maxsize=50_000)
def irregular_lemma(word):
    """The lemma of an irregular form (lower case), also as the last part of a compound: "bøgerne" → "bog",
    "børnebøger" → "børnebog"; "" if it is none."""
    table = _irregular_forms()
    for cut in range(0, len(word) - 2):
        lemma = table.get(word[cut:])
        if lemma:
            return word[:cut] + lemma
    return ""


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

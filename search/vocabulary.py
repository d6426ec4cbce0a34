"""The words the portal's content actually uses, for correcting and widening queries.

A query word that is in the vocabulary is searched as it is, with its other
inflections ("besøgsven" also finds "besøgsvenner"; "barn" also "børn", which a
Danish lexicon gives the same lemma: search/lexicon.py). A word that is not may be a
one-letter typo ("frivilig"), a spelling without æ, ø, å ("aeldre"), a part of a
compound ("sorg" in "sorggruppe") or a compound of known words ("frivilligjob").
Only words that occur in the content are ever sent to a backend, so the same
query means the same thing on SQLite, PostgreSQL and Elasticsearch.

Each process keeps the vocabulary in memory and reloads it as soon as any process
changed it: a token in the database (search/models/freshness.py), read before each
search, says so on every installation, the embedded one without a shared cache too.
Where the cache is shared (Redis), the token is read from there (``TOKEN_KEY``), which
costs a search no query.
"""

import bisect
import threading
import time
from collections import defaultdict

from django.core.cache import cache
from django.db import transaction

from core import cachegen

from . import danish, english, lexicon
from .memo import Facts, Memo
from .models import SearchDocument, SynonymGroup, Term, VocabularyVersion

ALPHABET = "abcdefghijklmnopqrstuvwxyzæøåé"
# The database's token, mirrored in the shared cache: set when a change commits, so a process that reads it
# loads the words that change wrote. Until then processes read the old token and keep the old words, as the
# database still has them. A cache without the key (emptied, restarted, down) sends them to the database.
TOKEN_KEY = "search:vocabulary-token"
# A backstop only, for words changed behind the portal's back (SQL by hand): every change the portal
# makes announces itself through VocabularyVersion at once.
RELOAD_SECONDS = 300
MIN_TYPO_LENGTH = 5  # Shorter words have too many neighbours: "golf" is not "gold".
MIN_COMPOUND_STEM = 4
MIN_COMPOUND_REST = 3
MIN_JOINED_HEAD = 2
MIN_COMPOUND_HEAD = 4  # "formand" is not about a "mand", "købmand" hardly.
MAX_ALTERNATIVES = 8
# Derivational endings: "programmering" is about "programmere", "kodning" about "kode".
DERIVATIONS = ("ering", "ning", "ing", "else", "hed", "ere", "er", "e")
LINKS = ("", "e", "s", "er", "en", "es", "ens")  # What may join a compound's parts: "lystfisk-er-forening".
# Endings that make a new word, and are words of their own too: "naboskab" is no cupboard ("skab") of a
# neighbour's, "regnskab" none of rain; "tydelig" no "lig" (corpse).
DERIVING_WORDS = ("skab", "dom", "lig", "hed", "isk", "else", "elig")


class Snapshot:
    """An immutable view of the vocabulary; lookups never touch the database."""

    def __init__(self, rows, synonym_groups=(), total=0):
        self.total = total
        self.synonyms = defaultdict(set)
        for group in synonym_groups:
            for term in group:
                for key in {
                    danish.normalise(term),
                    danish.fold(term),
                    danish.stem_of(term) if " " not in term else term,
                }:
                    self.synonyms[key] |= set(group)
        self.frequency = {}
        self.by_key = defaultdict(set)
        self.by_stem = defaultdict(set)
        self.by_fold = defaultdict(set)
        self.lemma = {}
        self.by_lemma = defaultdict(set)
        for word, stem, lemma, documents in rows:
            key = danish.normalise(word)
            self.frequency[word] = self.frequency.get(word, 0) + documents
            self.by_key[key].add(word)
            self.by_fold[danish.folded(key)].add(word)
            if key in danish.STOP_WORDS:
                # "dem" (them) stays out of the group of "demens", whose Snowball stem is "dem" too:
                # a stop word is never what a query means, and it is on most pages.
                continue
            self.by_stem[stem].add(word)
            if _joins_lemma(key, lemma):
                self.lemma[word] = lemma
                self.by_lemma[lemma].add(word)
        self.stems = sorted(self.by_stem)
        self._by_english_stem = None
        self.reversed_stems = sorted(stem[::-1] for stem in self.by_stem)
        self.keys = sorted(self.by_key)
        self.reversed_keys = sorted(key[::-1] for key in self.by_key)

    def __len__(self):
        return len(self.frequency)

    def synonyms_of(self, term, by_stem=True):
        """Other words staff said mean the same as ``term`` (or, ``by_stem``, one of its inflections)."""
        # "lektiehjaelp" has the synonyms of "lektiehjælp": æ, ø, å written out meet under the folded key.
        found = self.synonyms.get(danish.normalise(term), set()) | self.synonyms.get(danish.fold(term), set())
        if " " not in term and by_stem:
            # The stems of its spellings too: "aegtefaeller" is "ægtefæller", whose stem is that of "ægtefælle".
            for spelling in {term} | self.exact(term):
                found = found | self.synonyms.get(danish.stem_of(spelling), set())
        return found - {danish.normalise(term)}

    def share(self, words):
        """Roughly the share of documents that contain one of ``words`` (1.0: all of them)."""
        total = self.total or 1
        return min(1.0, max((self.frequency.get(word, 0) for word in words), default=0) / total)

    def ranked(self, words, limit=MAX_ALTERNATIVES):
        return sorted(words, key=lambda word: (-self.frequency.get(word, 0), word))[:limit]

    def exact(self, token):
        """The token as written, and the same word written with or without æ, ø, å or accents."""
        return self.by_key.get(danish.normalise(token), set()) | self.by_fold.get(danish.fold(token), set())

    def inflections(self, token):
        """Words of the token's Snowball stem, and of its lemma where the lexicon knows one ("børn": "barn").

        The lemma is that of the token's own spellings in the content, as stored when the words were
        counted, so the query side never loads the lexicon; "lektiehjaelp" has those of "lektiehjælp"."""
        found = set(self.by_stem.get(danish.stem_of(token), ()))
        for spelling in self.exact(token):
            found |= self.by_stem.get(danish.stem_of(spelling), set())
        return found | self.lemma_forms(token)

    def lemma_forms(self, token):
        """The content's words that the lexicon gives the lemma of the token's own spellings ("barn": "børn")."""
        # The token may be the lemma itself where the content only has other forms: "mand" for "mænd".
        found = set(self.by_lemma.get(danish.normalise(token), ()))
        for spelling in self.exact(token):
            # A spelling may be a lemma itself: "foraelder" is "forælder", the lemma of "forældre".
            found |= self.by_lemma.get(danish.normalise(spelling), set())
            if spelling in self.lemma:
                found |= self.by_lemma[self.lemma[spelling]]
        return found

    def english_inflections(self, token):
        """Words sharing the token's English stem ("row": "rowing", "rows"), for a query in English only."""
        if self._by_english_stem is None:  # Built when the first English query needs it.
            by_english_stem = defaultdict(set)
            for word in self.frequency:
                by_english_stem[english.stem_of(word)].add(word)
            self._by_english_stem = by_english_stem
        return set(self._by_english_stem.get(english.stem_of(token), ()))

    def is_known(self, token):
        return bool(self.exact(token) or self.inflections(token))

    def derivations(self, token):
        """Words of the same root when the token adds a derivational ending to a known stem."""
        key = danish.normalise(token)
        for ending in DERIVATIONS:
            root = key[: -len(ending)]
            if key.endswith(ending) and len(root) >= 3:
                for candidate in (root, danish.stem(root)):
                    if candidate in self.by_stem:
                        return set(self.by_stem[candidate])
        return set()

    def _is_rest(self, rest, min_length=MIN_COMPOUND_REST):
        """The second part of a compound, after an optional joining letter or two."""
        return any(
            rest.startswith(link) and len(rest) - len(link) >= min_length and self._is_part(rest[len(link) :])
            for link in LINKS
        )

    def _is_part(self, part):
        """Can ``part`` stand as one half of a compound? Allow the linking -s- and -e-."""
        candidates = [part] + ([part[:-1]] if part[-1:] in "se" and len(part) > MIN_COMPOUND_REST else [])
        return any(len(c) >= MIN_COMPOUND_REST and c not in danish.STOP_WORDS and self.is_known(c) for c in candidates)

    def compounds(self, token, inner=None, by_stem=True):
        """Known compounds that begin or end with the token, whose other part is a word too.

        ``inner``, a set, gets those that do not begin with it: "bordtennis" for "tennis" is about another game
        than "tennisklubben" is (search/ranking.py puts a title that begins with the word first). Without
        ``by_stem``, only those of the word as typed: its stem may be another word's ("kors" is cut to "kor")."""
        key = danish.normalise(token)
        stem = danish.stem_of(token) if by_stem else key
        found = set()
        # "svømme" starts "svømmeklub"; its stem "svøm" starts "svømning"; "barn" is "børn" in "børnehold".
        starts = {stem, key} | {danish.stem_of(form) for form in self.lemma_forms(token)} if by_stem else {key}
        for start in starts:
            found |= self._compounds_starting(start)
        if len(stem) >= MIN_COMPOUND_STEM:
            ending = self._ending_in(stem, self.reversed_stems, self.by_stem)
        else:
            # A stem too short to look for ("løb", "bad"): the content's words that end in the word as typed,
            # "løbere" in "hjerteløbere", "badere" in "vinterbadere".
            ending = self._compounds_ending(key)
        if inner is not None:
            inner |= ending - found
        return found | ending

    def dictionary_compounds(self, key, inner=None):
        """The content's compounds of ``key``, a Danish word the content does not use as such, by what hunspell-da
        says of its parts (search/lexicon.py): those that end in one of its forms after a first part the dictionary
        lets begin a compound ("fyrtårnet" for "tårn", "drejebænk" for "bænk"), and those that begin with a form
        it joins compounds with, followed by a Danish word ("fåretilsyn" for "får", "kødsovs" for "kød").

        The content's own words cannot tell these: "fyr", "dreje" and "tilsyn" need not occur on their own."""
        forms, joining = lexicon.forms(key)
        if not forms or len(key) < MIN_COMPOUND_STEM - 1:
            return set()
        found = set()
        for form in forms if len(key) >= MIN_COMPOUND_STEM else ():  # "ene" is no last part of "bådene".
            if len(form) < MIN_COMPOUND_STEM:
                continue
            reversed_form = form[::-1]
            start = bisect.bisect_left(self.reversed_keys, reversed_form)
            for other in self.reversed_keys[start:]:
                if not other.startswith(reversed_form):
                    break
                word = other[::-1]
                head = word[: -len(form)]
                if (
                    len(head) >= MIN_COMPOUND_REST
                    and head not in danish.STOP_WORDS
                    and lexicon.begins_compound(head)
                    and _analysed_as(word, lambda entry: entry.endswith(tuple(forms)))
                ):
                    found |= self.by_key[word]
        if inner is not None:
            inner |= found
        for join in joining:
            # After a three-letter word only a long word: not "bil" + "lede" (billede), "pro" + "gram".
            min_rest = MIN_COMPOUND_STEM if len(join) >= MIN_COMPOUND_STEM else MIN_COMPOUND_STEM + 1
            start = bisect.bisect_left(self.keys, join)
            for other in self.keys[start:]:
                if not other.startswith(join):
                    break
                rest = other[len(join) :]
                if (
                    len(rest) >= min_rest
                    and not rest.startswith(DERIVING_WORDS)
                    and rest not in danish.STOP_WORDS
                    and lexicon.is_danish(rest)
                    and _analysed_as(
                        other, lambda entry, join=join, least=min_rest: _read_as_compound(entry, join, least)
                    )
                ):
                    found |= self.by_key[other]
        return found

    def joined(self, heads, tails):
        """The content's words that are one of ``heads`` + a joining letter or two + one of ``tails``: "forsamling"
        and "hus" make "forsamlingshus" and "forsamlingshuset". Two letters are head enough here, where both parts
        were typed: "sø spejder" is the "søspejdere", "by fest" the "byfesten"."""
        found = set()
        for head in heads:
            if len(head) >= MIN_JOINED_HEAD:
                for link in LINKS:
                    for tail in tails:  # A few dozen lookups, however many words the content has.
                        found |= self.by_key.get(head + link + tail, set())
        return found

    def dictionary_forms(self, key):
        """The content's words that are hunspell-da's forms of ``key`` (an entry): "toiletter" for "toilet"."""
        found = set()
        for form in lexicon.forms(key)[0]:
            found |= self.by_key.get(form, set())
        return found

    def _starts_a_word(self, key):
        """Whether a longer word of the content begins with ``key``."""
        position = bisect.bisect_right(self.keys, key)
        return position < len(self.keys) and self.keys[position].startswith(key)

    def _ends_a_word(self, key):
        """Whether a longer word of the content ends with ``key``."""
        reversed_key = key[::-1]
        position = bisect.bisect_right(self.reversed_keys, reversed_key)
        return position < len(self.reversed_keys) and self.reversed_keys[position].startswith(reversed_key)

    def _compounds_ending(self, key):
        if len(key) < MIN_COMPOUND_STEM:
            return set()
        return self._ending_in(key, self.reversed_keys, self.by_key)

    def _ending_in(self, tail, reversed_words, by_word):
        """What the content's compounds ending in ``tail`` after a head that is a part of its own find.

        ``reversed_words`` is a sorted list of the content's stems or keys spelt backwards (so that the words
        ending in "gruppe" sit together), ``by_word`` what each of those stems or keys finds."""
        found = set()
        reversed_tail = tail[::-1]
        start = bisect.bisect_left(reversed_words, reversed_tail)
        for other in reversed_words[start:]:
            if not other.startswith(reversed_tail):
                break
            head = other[::-1][: -len(tail)]
            if len(head) >= MIN_COMPOUND_HEAD and self._is_part(head):
                found |= by_word[other[::-1]]
        return found

    def _compounds_starting(self, stem):
        if len(stem) < MIN_COMPOUND_STEM - 1:
            return set()
        # A three-letter word starts only compounds whose other part is long:
        # "får" in "fåretilsyn", not "bil" in "billede".
        min_rest = MIN_COMPOUND_REST if len(stem) >= MIN_COMPOUND_STEM else 5
        found = set()
        start = bisect.bisect_left(self.stems, stem)
        for other in self.stems[start:]:
            if not other.startswith(stem):
                break
            rest = other[len(stem) :]
            if len(rest) >= min_rest and self._is_rest(rest, min_rest) and self._written_as_compound(stem, other):
                found |= self.by_stem[other]
        return found

    def _written_as_compound(self, start, stem):
        """Whether a word of ``stem`` is ``start`` + a joining letter or two + a word of the content.

        The stems alone let "hundrede" (a hundred) pass as "hund" + "red", a Snowball stem
        that "redde" and "redigerer" share; in the words, "rede" is no word the content uses.
        "børnehold" is "børn" + "e" + "hold", and "hold" is."""
        for word in self.by_stem[stem]:
            if not word.startswith(start):
                return True  # Spelt otherwise than its stem ("café"): left to the stems' test.
            rest = word[len(start) :]
            for link in LINKS:
                part = rest[len(link) :]
                if rest.startswith(link) and len(part) >= MIN_COMPOUND_REST and self._is_word(part):
                    return True
        return False

    def _is_word(self, part):
        """A word of the content, the lemma of one, or a longer inflection of one ("grupperne" of "gruppe")."""
        if self.exact(part) or part in self.by_lemma:
            return True
        return any(part.startswith(word) for word in self.by_stem.get(danish.stem_of(part), ()))

    def split(self, token):
        """A compound the content writes apart ("frivilligjob" → "frivillig", "job"), best split first."""
        key = danish.normalise(token)
        best = None
        for cut in range(MIN_COMPOUND_REST, len(key) - MIN_COMPOUND_REST + 1):
            head, tail = key[:cut], key[cut:]
            # "bønder" is no "bøn der", and a derivational ending no word of a compound: "venlig" (friendly) is no
            # "ven" + "lig" (a corpse), "ungdom" no "ung" + "dom" (a verdict).
            if (
                self._is_part(head)
                and tail not in danish.STOP_WORDS
                and tail not in DERIVING_WORDS
                and self.is_known(tail)
            ):
                # The split whose parts the content uses most: "vandre|tur", not "vand|retur".
                score = (1 + self.share(self._forms(head))) * (1 + self.share(self._forms(tail))) + min(
                    len(head), len(tail)
                ) / 1000
                if best is None or score > best[0]:
                    best = (score, head if self.is_known(head) else head[:-1], tail)
        return (best[1], best[2]) if best else None

    def _forms(self, part):
        forms = self.exact(part) | self.inflections(part)
        if not forms and part[-1:] in "se":
            forms = self.exact(part[:-1]) | self.inflections(part[:-1])
        return forms

    def corrections(self, token, loose=True):
        """Known words one edit away (a letter wrong, missing, extra, or two swapped), commonest first.

        With ``loose``, failing those, the inflections of a word one edit away: "frivilig" for "frivilliges"
        (not a word of the content). That is weaker evidence: "bridge" is one edit from "bringe", whose
        inflections "bring" and "bragte" are no answer to it, so the caller asks only for a word that is
        not Danish (search/lexicon.py).

        A four-letter word is a five-letter one with a letter dropped ("bngo": "bingo"), never changed
        otherwise: "golf" is not "gold"."""
        key = danish.normalise(token)
        if len(key) < MIN_TYPO_LENGTH - 1:
            return []
        found = set()
        for edit in _edits(key):
            if len(edit) >= MIN_TYPO_LENGTH:
                found |= self.by_key.get(edit, set())
        if not found and loose and len(key) >= MIN_TYPO_LENGTH:
            for edit in _edits(key):
                found |= self.by_stem.get(danish.stem(edit), set()) if len(edit) >= MIN_TYPO_LENGTH else set()
        return self.ranked(found, 3)

    def corrected_part(self, token):
        """A typo in a part of compounds the content uses, the correction and those compounds: "kajjak" is
        "kajak" in "kajakklub" when no word of the content is "kajak" itself. Only the edits a hand makes
        most (a letter doubled, dropped or swapped) and a letter changed: each edit looks for compounds."""
        key = danish.normalise(token)
        if len(key) < MIN_TYPO_LENGTH:
            return "", set()
        for edit in (*_hand_edits(key), *_edits(key)):
            if not (self._starts_a_word(edit) or self._ends_a_word(edit)):
                continue  # Most edits: two lookups in the sorted words instead of a search for compounds.
            # Compounds that spell the edit out: "grundejr" is "grundejer" in "grundejerforeningen", not
            # "grunder", whose stem "grund" starts "grundlov".
            found = {word for word in self.compounds(edit) if edit in danish.normalise(word)}
            if found:
                return edit, found
        return "", set()


def _read_as_compound(entry, join, min_rest):
    """Whether the dictionary's entry ``entry`` may be ``join`` + another word. After a word of four letters or
    more, only if what follows is a Danish word as long as a compound's rest must be: "korsang" (choir
    singing) is no "kors" (a cross) + "ang". (After three letters the word's own rest is already long.)"""
    if not entry.startswith(join) or len(entry) <= len(join) + 2:
        return False
    rest = entry[len(join) :]
    return len(join) < MIN_COMPOUND_STEM or (len(rest) >= min_rest and bool(lexicon.is_danish(rest)))


def _analysed_as(word, test):
    """Whether the dictionary's own reading of ``word`` passes ``test``, or it has none (most compounds are in no
    dictionary). "skovene" looks like "sko" + "vene", but it is a form of "skov"; "borgeren" one of "borger",
    which is no "borg" with something after it; "fyrtårnet" is a form of "fyrtårn", which ends in "tår(n)"."""
    readings = {word} if lexicon.is_entry(word) else set(lexicon.entries(word))
    return not readings or any(test(entry) for entry in readings)


def _joins_lemma(key, lemma):
    """Whether a word is grouped with the other forms of its lemma: the irregular forms Snowball misses
    ("børn" with "barn", "fødder" with "fod"), but not a comparative from another root ("ældre" is a
    form of "gammel" to the lexicon; a citizen searching for "ældre" means seniors, not old things)."""
    return bool(lemma) and lemma[:1] == key[:1]


def _edits(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = (a + b[1:] for a, b in splits if b)
    swaps = (a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    replaces = (a + c + b[1:] for a, b in splits if b for c in ALPHABET if c != b[0])
    inserts = (a + c + b for a, b in splits for c in ALPHABET)
    seen = set()
    for edit in (*deletes, *swaps, *replaces, *inserts):
        # Hardly anyone mistypes the first letter, and "skaffe" is not "kaffe": keep it, unless swapped.
        if edit[:1] != word[:1] and edit[:2] != word[1::-1]:
            continue
        if edit not in seen and edit != word:
            seen.add(edit)
            yield edit


def _hand_edits(word):
    """A doubled letter made single or a single one doubled, a letter dropped, two letters swapped."""
    seen = set()
    for i in range(1, len(word)):
        for edit in (
            word[:i] + word[i + 1 :],  # "kajjak" → "kajak"
            word[:i] + word[i] + word[i:],  # "frivilig" → "frivillig"
            word[:i] + word[i + 1 : i + 2] + word[i] + word[i + 2 :] if i + 1 < len(word) else word,
        ):
            if edit != word and edit not in seen and len(edit) >= MIN_COMPOUND_STEM:
                seen.add(edit)
                yield edit


class Vocabulary:
    """The process's copy of the vocabulary, reloaded when it changes."""

    def __init__(self):
        self._lock = threading.Lock()
        self._snapshot = None
        self._version = None
        self._loaded_at = 0.0
        # Recent searches' answers (search/memo.py), valid for the token they were computed under.
        self.answers = Memo()
        # What the search page and the API showed for an address, and suggestions (search.service.shown): a few
        # kilobytes each, kept apart so that the rows of broad searches (25,000 for "frivillig" at 50,000
        # associations) never push them out; sizes in kilobytes, 32 MB at most.
        self.shown = Memo(max_entries=2048, max_rows=32_000)
        # The documents' facet values (search/counting.py), read once for every search that matches them.
        self.facts = Facts()

    @property
    def version(self):
        """The token the current snapshot was read under (after ``get``): the key of the answers kept."""
        return self._version

    def changed(self):
        """Tell every process (through the database, when the change commits) and this one that the words changed.

        Cached search pages go too (core/cachegen.py): a typo correction or a compound may now find other pages."""
        token = VocabularyVersion.bump()
        if cachegen.shared_cache():
            transaction.on_commit(lambda: cache.set(TOKEN_KEY, token, timeout=None))
        cachegen.bump()
        self.forget()

    def forget(self):
        """Read the vocabulary again at the next search (this process only), and forget the answers kept."""
        self._snapshot = None
        self.clear_kept()

    def clear_kept(self):
        """Forget what this process keeps of the documents (a document changed here: the token may not tell yet)."""
        self.answers.clear()
        self.shown.clear()
        self.facts.clear()

    def get(self):
        # Read before the words: a snapshot is never older than the token it is kept under.
        version = current_token()
        snapshot = self._snapshot
        if snapshot is None or version != self._version or time.monotonic() - self._loaded_at > RELOAD_SECONDS:
            with self._lock:
                snapshot = Snapshot(
                    Term.objects.values_list("word", "stem", "lemma", "documents").iterator(chunk_size=5000),
                    [group.term_list for group in SynonymGroup.objects.all()],
                    total=SearchDocument.objects.count(),
                )
                self._snapshot, self._version, self._loaded_at = snapshot, version, time.monotonic()
                self.clear_kept()
        return snapshot


def current_token():
    """The token of the words now: from the shared cache when there is one (no query), else the database."""
    if not cachegen.shared_cache():
        return VocabularyVersion.current()
    token = cache.get(TOKEN_KEY)
    if token is None:
        token = VocabularyVersion.current()
        cache.add(TOKEN_KEY, token, timeout=None)
    return token


vocabulary = Vocabulary()

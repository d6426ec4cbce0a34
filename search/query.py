"""From what a citizen typed to a query every backend understands.

Each content word of the query becomes a clause that the result must satisfy,
and each clause lists the words that satisfy it: the word itself and its
inflections, its synonyms (on the database backends; Elasticsearch applies them
at index time), compounds that contain it, or, for a word the content never uses,
the one-letter correction or the parts of a compound. A query with a word that
nothing explains finds nothing, rather than everything that matches the rest:
"golfbane i Fjordlund" should not list every association in Fjordlund.
"""

from dataclasses import dataclass, field

from wagtail.search.query import And, Or, PlainText

from . import danish, lexicon
from .vocabulary import MAX_ALTERNATIVES, vocabulary

MAX_QUERY_WORDS = 12
# A word the content does not use may stand for many of its words: "tårn" for each compound that ends in it.
MAX_ALTERNATIVES_WIDE = 16
# A doubled letter is undone in a word of five letters or more: "kammp" is "kamp".
MIN_UNDOUBLED = 4
# A clause whose words occur in at most this share of the documents says what the query is about
# ("fodbold", "cykel"); one above it is generic ("børn", "forening", "Fjordlund").
SPECIFIC_SHARE = 0.05


@dataclass
class Clause:
    text: str
    alternatives: list = field(default_factory=list)
    corrected_to: str = ""
    share: float = 0.0  # Share of documents its words occur in.
    compound: str = ""  # For a part of a compound the content writes apart: the compound as typed.
    optional: bool = False  # A compound's generic last part: "tur" in "vandretur".
    # Alternatives that have the word only after another part: "bordtennis" for "tennis" (search/ranking.py).
    inner: set = field(default_factory=set)
    # A compound's parts as clauses of their own, for when nothing has the compound itself: one vocabulary
    # serves every kommune of a portal, and where one writes "lektiehjælp" another may write "hjælp til lektier".
    apart: list = field(default_factory=list)
    # Alternatives no cut drops: the word as spelt and the synonyms staff gave. "samtale" has a dozen compounds
    # more frequent than its synonym "snakke"; and Snowball's stem joins "ensom" and "ensomhed", which hunspell-da
    # reads as two words, so that join would be cut for a word the content does not use, but staff joined them.
    kept: set = field(default_factory=set)

    def to_query(self):
        return _any_of(self.alternatives)

    @property
    def words(self):
        return self.alternatives

    @property
    def specific(self):
        return self.share <= SPECIFIC_SHARE


def _any_of(words):
    queries = [PlainText(word, operator="and") for word in words]
    return queries[0] if len(queries) == 1 else Or(queries)


@dataclass
class Plan:
    text: str
    clauses: list = field(default_factory=list)
    unknown: list = field(default_factory=list)
    # Unknown Danish words right before a word they qualify: "japansk madlavning" asks for a kind of cooking
    # the content does not have, so leaving "japansk" out would answer a question nobody asked.
    qualifiers: list = field(default_factory=list)
    # Numbers no page has, left out of every attempt: "børn 6-10 år" asks for children's offers of an age, and
    # no page writes that range, but a number is never the subject that "karate" is in "karate for børn".
    numbers: list = field(default_factory=list)

    @property
    def searchable(self):
        return bool(self.clauses)

    def to_query(self, clauses=None):
        queries = [clause.to_query() for clause in (self.clauses if clauses is None else clauses)]
        return queries[0] if len(queries) == 1 else And(queries)

    def attempts(self):
        """The queries to try in turn, each with the query words it leaves out.

        First every word. A word nothing explains, or a generic word that keeps the rest from
        matching anything, is left out only while a specific word remains: "fodbold til min
        datter" finds football, "karate for børn" finds nothing rather than everything for children.
        A number no page has is left out of each."""
        return [(query, [*self.numbers, *left_out]) for query, left_out in self._attempts()]

    def _attempts(self):
        if not self.clauses or self.qualifiers:
            return []
        specific = [clause for clause in self.clauses if clause.specific]
        # A compound's generic last part is never required: "løbeklub" finds the sports club's running team,
        # which no page calls a club; the pages that say it come first by their titles (search/ranking.py).
        required = [clause for clause in self.clauses if not clause.optional] or self.clauses
        attempts = [] if self.unknown else [(self.to_query(required), [])]
        if specific:
            if self.unknown:
                attempts.append((self.to_query(), list(self.unknown)))
            # A part of a compound typed as one word is not left out for being common, but for a generic last
            # part ("klub", "tur", below): "rollespil" without "spil" is any page that says "rolle".
            whole = [c for c in self.clauses if c.specific or (c.compound and not c.optional)]
            generic = [clause.text for clause in self.clauses if not any(clause is kept for kept in whole)]
            if generic:
                attempts.append((self.to_query(whole), [*self.unknown, *generic]))
            core = [clause for clause in specific if not clause.optional]
            if core and len(core) < len(specific):  # "vandretur" finds walking where no page says "tur".
                attempts.append(
                    (self.to_query(core), [*self.unknown, *generic, *(c.text for c in specific if c.optional)])
                )
            units = {}  # The parts of one compound stay together.
            for clause in core:
                units.setdefault(clause.compound or id(clause), []).append(clause)
            if len(units) > 1:  # Specific words that never meet: the pages with most of them come first.
                either = Or([self.to_query(unit) for unit in units.values()])
                attempts.append((either, [*self.unknown, *generic]))
            # Last, the compounds as their parts, where one kommune's pages write apart what another's write as
            # one word: "lektiehjælp" as "hjælp til lektier".
            if any(clause.apart for clause in self.clauses):
                apart = [part for clause in self.clauses for part in (clause.apart or [clause]) if not part.optional]
                attempts.append((self.to_query(apart), [*self.unknown]))
                # And without the generic words, as for the words whole: the scouts' tasks for "frivillig
                # spejderleder" say "spejder" and "hjælpeleder" but never "frivillig".
                kept = [
                    part
                    for clause in self.clauses
                    if clause.specific or clause.apart or clause.compound
                    for part in (clause.apart or [clause])
                    if not part.optional
                ]
                if generic and len(kept) < len(apart):
                    attempts.append((self.to_query(kept), [*self.unknown, *generic]))
        return attempts

    @property
    def corrections(self):
        return {clause.text: clause.corrected_to for clause in self.clauses if clause.corrected_to}

    @property
    def suggestion(self):
        """The query with its typos corrected, if any were: "Showing results for …"."""
        if not self.corrections:
            return ""
        words = danish.words(self.text)
        return " ".join(self.corrections.get(word, word) for word in words)

    @property
    def highlight_words(self):
        return sorted({word for clause in self.clauses for word in clause.words}, key=len, reverse=True)


def analyse(text, synonyms=True, language=None):
    """Plan the search for ``text``. ``synonyms=False`` leaves synonyms to the backend's index;
    ``language="en"`` widens each word with its English inflections too (search/english.py)."""
    snapshot = vocabulary.get()
    tokens = danish.words(text)[: MAX_QUERY_WORDS * 2]
    content = [token for token in tokens if danish.is_content_word(token)]
    if not content:  # "hvad kan jeg" has no content words: search the non-stop words rather than nothing.
        content = [token for token in tokens if token not in danish.STOP_WORDS and len(token) > 1]
    plan = Plan(text=text)
    index = 0
    content = content[:MAX_QUERY_WORDS]
    while index < len(content):
        pair = " ".join(content[index : index + 2])
        if index + 1 < len(content) and snapshot.synonyms_of(pair):
            clause = Clause(text=pair, alternatives=_synonym_forms(snapshot, pair, synonyms))
            index += 2
        else:
            clause = _clause(snapshot, content[index], synonyms, english=language == "en")
            index += 1
        if clause is None:
            token = content[index - 1]
            (plan.numbers if token.isdigit() else plan.unknown).append(token)
            continue
        for each in clause if isinstance(clause, list) else [clause]:
            if not any(existing.text == each.text for existing in plan.clauses):
                each.share = snapshot.share(each.alternatives)
                plan.clauses.append(each)
    _join_compounds(snapshot, plan.clauses)
    plan.qualifiers = _qualifiers(tokens, plan)
    return plan


def _join_compounds(snapshot, clauses):
    """Two words of the query that the content writes as one compound, in either order, find it in both their
    clauses: "hus for forsamlinger" finds "forsamlingshuset", "træner for fodbold" "fodboldtræner", though the
    compounds that end in a three-letter word ("hus") are too many to look for on their own."""
    own = {}
    for clause in clauses:
        if " " in clause.text:
            continue
        forms = snapshot.exact(clause.text) | snapshot.inflections(clause.text) | {clause.text}
        keys = {danish.normalise(form) for form in forms}
        own[id(clause)] = (keys | {danish.stem_of(form) for form in forms}, keys)
    # Words next to each other in the query (but for stop words: "hus for forsamlinger"), either way round.
    neighbours = [pair for a, b in zip(clauses, clauses[1:], strict=False) for pair in ((a, b), (b, a))]
    for first, second in neighbours:
        if id(first) in own and id(second) in own:
            found = snapshot.joined(own[id(first)][0], own[id(second)][1])
            for clause in (first, second):
                added = found - set(clause.alternatives)
                if added:
                    clause.alternatives = [*clause.alternatives, *snapshot.ranked(added)]
                    clause.share = snapshot.share(clause.alternatives)


def _qualifiers(tokens, plan):
    """The unknown words of ``plan`` that are Danish and stand right before a word the content explains
    ("japansk" in "japansk madlavning"); not those after it ("fodbold til min datter" is about football)."""
    explained = {clause.compound or clause.text for clause in plan.clauses}
    return [
        word
        for word, following in zip(tokens, tokens[1:], strict=False)
        if word in plan.unknown and following in explained and _inflects_as_a_qualifier(danish.normalise(word))
    ]


def _inflects_as_a_qualifier(key):
    """A Danish word with an -e form, as adjectives have ("japansk": "japanske") and plural nouns before
    a noun ("hunde"); not a verb ("skaffe flere frivillige": "skaffee" is no word), which says what to do."""
    return bool(lexicon.is_danish(key)) and bool(lexicon.is_danish(key + "e"))


def _synonym_forms(snapshot, term, expand, by_stem=True):
    forms = {term} | snapshot.exact(term) | snapshot.inflections(term) if " " not in term else {term}
    if expand:
        for synonym in snapshot.synonyms_of(term, by_stem):
            forms |= {synonym} if " " in synonym else ({synonym} & set(snapshot.frequency)) | snapshot.exact(synonym)
            if " " not in synonym:
                forms |= snapshot.inflections(synonym)
    known = {form for form in forms if " " in form or form in snapshot.frequency}
    if not expand:
        known.add(term)  # The backend's synonyms know the term even where no document uses it.
    return snapshot.ranked(known)


def _clause(snapshot, token, synonyms, english=False):
    """The clause for one query word, or None if nothing in the content explains it.

    In order: the word and its inflections (also as spelt with æ, ø, å for ae, oe, aa: "laesevennerne");
    and as the dictionary entry of the form typed ("teatrene": "teater"); then a one-letter correction;
    then compounds that contain it and, for a typo, compounds that contain its correction ("kajjak":
    "kajakklub"); then the parts of a compound the content writes apart. A Danish word
    (search/lexicon.py) the content never uses is "corrected" only to another form of itself:
    "bridge" is not "bring", "grundejer" finds "grundejerforeningen" rather than "grundig"."""
    spellings = [token, *([] if snapshot.exact(token) else danish.respellings(token))]
    for spelling in spellings:
        clause = _as_word(snapshot, spelling, synonyms, english)
        if clause is not None:
            clause.text = token
            parts = _parts(snapshot, spelling, token)
            # Only into Danish words: "spejderleder" is "spejder" + "leder", but "frivillig" is no "frivil" + "lig".
            words = len(parts) > 1 and all(
                lexicon.is_danish(danish.normalise(part.text)) is not False for part in parts
            )
            clause.apart = parts if words else []
            return clause
    # Then as the dictionary's entry of the form typed: "teatrene" is "teater", "grundejere" "grundejer";
    # an irregular form as its lemma: "bøger" is "bog", "gæssene" "gås".
    entries = [
        entry
        for key in map(danish.normalise, spellings)
        for entry in (*lexicon.entries(key), lexicon.irregular_lemma(key))
        if entry
    ]
    for spelling in entries:
        clause = _as_word(snapshot, spelling, synonyms, english)
        if clause is not None:
            clause.text = token
            return clause
    # As typed: "spillemaend" is no word, though "spillemænd" is one the dictionary does not tie to "spillemand".
    danish_word = lexicon.is_danish(danish.normalise(token))
    if not danish_word:
        # A letter typed twice is the commonest slip of all, and undoing it the likeliest correction, even where
        # another word is one edit away too: "vaggt" is "vagt" (not "valgt"), "lægee" "læge" (not "lægge").
        clause = _undoubled(snapshot, spellings, synonyms, english)
        if clause is not None:
            clause.text = token
            return clause
    # The strongest evidence first: a word of the content one edit away, then compounds that contain the
    # word, then compounds that contain a word one edit away ("grunddejer": "grundejerforeningen"), and
    # last a form of a word one edit away, which may be chance: "frivilig" for "frivilliges".
    for loose in (False, True):
        for spelling in spellings:  # A typo in a word written with ae, oe, aa too: "loeberre".
            corrected = snapshot.corrections(spelling, loose=loose)
            if danish_word:
                corrected = [
                    word for word in corrected if _another_form(danish.normalise(spelling), danish.normalise(word))
                ]
            if corrected:
                break
        if corrected:
            best = corrected[0]
            # What the correction finds, its compounds and synonyms too: "lektiehjlæp" finds the homework cafés
            # that "lektiehjælp" finds.
            clause = _as_word(snapshot, best, synonyms, english) or Clause(text=token)
            words = set(corrected) | snapshot.inflections(best) | set(clause.alternatives)
            clause.text, clause.corrected_to = token, best
            clause.alternatives = snapshot.ranked(words, max(len(clause.alternatives), MAX_ALTERNATIVES))
            return clause
        if loose:
            break
        related, roots = set(), set()
        for spelling in [*spellings, *entries]:
            roots |= snapshot.derivations(spelling)
            related |= snapshot.compounds(spelling, by_stem=_by_stem(snapshot, spelling))
        related |= roots
        if related:
            # Then the compounds of the root, after its own forms: "kodning" is "kode", and the "kodeklubben".
            alternatives = snapshot.ranked(related)
            wider = {compound for root in roots for compound in snapshot.compounds(root)} - related
            alternatives += snapshot.ranked(wider, MAX_ALTERNATIVES_WIDE - len(alternatives))
            return Clause(text=token, alternatives=alternatives)
        if not danish_word:
            corrected, related = snapshot.corrected_part(token)
            if related:
                return Clause(text=token, alternatives=snapshot.ranked(related), corrected_to=corrected)
    for spelling in [*spellings, *_undoubled_edits(snapshot, spellings)]:  # "fotorammme": "foto" + "ramme".
        parts = _parts(snapshot, spelling, token)
        if parts:  # A compound the content writes apart: each part a clause of its own.
            return parts
    return None


def _parts(snapshot, spelling, token):
    """The clauses of the parts of a compound the content may write apart ("frivilligjob": "frivillig", "job"),
    or []."""
    parts = snapshot.split(spelling)
    return [
        Clause(
            text=part,
            alternatives=snapshot.ranked(
                snapshot.exact(part)
                | snapshot.inflections(part)
                | snapshot.compounds(part)
                # A part written with ae, oe, aa has the compounds of the word with æ, ø, å: "yderbaalet"
                # is "yder" + "bålet", and "bålet" ends "sankthansbålet".
                | {word for spelling in snapshot.exact(part) - {part} for word in snapshot.compounds(spelling)}
            ),
            compound=token,
            optional=position == 1 and part in danish.GENERIC_TAILS,
        )
        for position, part in enumerate(parts or ())
    ]


def _as_word(snapshot, spelling, synonyms, english=False):
    """The clause for ``spelling`` taken as a word: the content's forms of it and the compounds that contain it
    (search/vocabulary.py), or None. For a Danish word the content does not use as typed, also its forms and
    compounds as hunspell-da makes them ("toilet": "toiletter"; "tårn": "fyrtårnet"; "får": "fåretilsyn"),
    and without the words its Snowball stem shares with other words ("billet" is not "bil")."""
    key = danish.normalise(spelling)
    by_dictionary, inner = set(), set()
    by_dictionary = snapshot.dictionary_forms(key) | snapshot.dictionary_compounds(key, inner)
    clause = _known(snapshot, spelling, synonyms, english)
    alternatives = by_dictionary
    if clause is not None:
        alternatives = set(clause.alternatives) - (_other_words(snapshot, spelling) - clause.kept) | by_dictionary
    if not alternatives:
        return None
    clause = clause or Clause(text=spelling)
    limit = MAX_ALTERNATIVES_WIDE if by_dictionary else MAX_ALTERNATIVES
    clause.alternatives = _ranked(snapshot, alternatives, limit, first=clause.kept)
    clause.inner = (clause.inner | inner) & set(clause.alternatives)
    return clause


def _undoubled(snapshot, spellings, synonyms, english=False):
    """The clause for the word with a doubled letter made single, corrected to it ("kammp": "kamp"), or None.
    A word of the content first, then a Danish word the content has in other forms or compounds."""
    for edit in _undoubled_edits(snapshot, spellings):
        if snapshot.exact(edit) or lexicon.is_danish(edit):
            clause = _as_word(snapshot, edit, synonyms, english)
            if clause is not None:
                clause.corrected_to = edit
                return clause
    return None


def _undoubled_edits(snapshot, spellings):
    """The spellings with one doubled letter made single, the content's words first."""
    edits = [
        key[:i] + key[i + 1 :]
        for key in map(danish.normalise, spellings)
        for i in range(1, len(key))
        if key[i] == key[i - 1] and len(key) > MIN_UNDOUBLED
    ]
    return sorted(dict.fromkeys(edits), key=lambda edit: not snapshot.exact(edit))


def _other_words(snapshot, token):
    """The words of the token's Snowball stem that hunspell-da reads as forms of other words, for a Danish word
    the content does not use as typed: Snowball cuts "billet" (ticket) to "bil", the stem of "bil" and "bilen"
    (a car), which are no answer to it. Empty for a word the content uses: its stem group stands."""
    key = danish.normalise(token)
    if snapshot.exact(token) or not lexicon.is_entry(key):
        return set()
    others = set()
    for word in snapshot.by_stem.get(danish.stem_of(token), ()):
        other = danish.normalise(word)
        readings = {other} if lexicon.is_entry(other) else set(lexicon.entries(other))
        if readings and key not in readings:  # "borgeren" (Snowball: "borg") is a form of "borger".
            others.add(word)
    return others - snapshot.lemma_forms(token)


def _by_stem(snapshot, token):
    """Whether the token's Snowball stem may stand for it: not where the content has the stem only in other
    words. Then the token has neither their synonyms nor their compounds: "kors" (a cross) is cut to "kor" (a
    choir), whose synonym group is "korsang" and "sangkor", and which starts "korweekend"."""
    others = _other_words(snapshot, token)
    return not (others and others >= set(snapshot.by_stem.get(danish.stem_of(token), ())))


def _another_form(key, word):
    """Whether ``word`` (one edit from the Danish word ``key``) could be a form of it: the same but for the
    ending, and not shorter by more than a letter. "blæseorkestret" for "blæseorkester"; not "bring" for
    "bridge", "grundig" for "grundejer" or "ball" for "ballet"."""
    return word.startswith(key[: max(len(key) - 2, 4)]) and len(word) >= len(key) - 1


def _known(snapshot, token, synonyms, english=False):
    """The clause for a word the content uses (or an inflection of it, or one with synonyms), else None."""
    exact = snapshot.exact(token) | snapshot.inflections(token)
    if english:
        exact |= snapshot.english_inflections(token)
    by_stem = _by_stem(snapshot, token)
    has_synonyms = bool(snapshot.synonyms_of(token, by_stem))
    if not (exact or has_synonyms):
        return None
    inner = set()
    words = set(exact) | snapshot.compounds(token, inner, by_stem)
    for spelling in snapshot.exact(token) - {token}:  # "faar" is "får": and "får" starts "fåretilsyn".
        words |= snapshot.compounds(spelling, inner)
    kept = set(snapshot.exact(token))
    if has_synonyms:
        kept |= set(_synonym_forms(snapshot, token, synonyms, by_stem))
    words |= kept
    if not words:
        return None
    alternatives = _ranked(snapshot, words, MAX_ALTERNATIVES, first=kept)
    kept &= set(alternatives)
    return Clause(text=token, alternatives=alternatives, inner=(inner - exact) & set(alternatives), kept=kept)


def _ranked(snapshot, words, limit, first=frozenset()):
    """At most ``limit`` of ``words``, the most frequent first, but those in ``first`` before any other."""
    head = snapshot.ranked(set(words) & set(first), limit)
    return head + snapshot.ranked(set(words) - set(head), limit - len(head))

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

from . import danish
from .vocabulary import vocabulary

MAX_QUERY_WORDS = 12
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
        datter" finds football, "karate for børn" finds nothing rather than everything for children."""
        if not self.clauses:
            return []
        specific = [clause for clause in self.clauses if clause.specific]
        attempts = [] if self.unknown else [(self.to_query(), [])]
        if specific:
            if self.unknown:
                attempts.append((self.to_query(), list(self.unknown)))
            generic = [clause.text for clause in self.clauses if not clause.specific]
            if generic:
                attempts.append((self.to_query(specific), [*self.unknown, *generic]))
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
            plan.unknown.append(content[index - 1])
            continue
        for each in clause if isinstance(clause, list) else [clause]:
            if not any(existing.text == each.text for existing in plan.clauses):
                each.share = snapshot.share(each.alternatives)
                plan.clauses.append(each)
    return plan


def _synonym_forms(snapshot, term, expand):
    forms = {term} | snapshot.exact(term) | snapshot.inflections(term) if " " not in term else {term}
    if expand:
        for synonym in snapshot.synonyms_of(term):
            forms |= {synonym} if " " in synonym else ({synonym} & set(snapshot.frequency)) | snapshot.exact(synonym)
            if " " not in synonym:
                forms |= snapshot.inflections(synonym)
    known = {form for form in forms if " " in form or form in snapshot.frequency}
    if not expand:
        known.add(term)  # The backend's synonyms know the term even where no document uses it.
    return snapshot.ranked(known)


def _clause(snapshot, token, synonyms, english=False):
    exact = snapshot.exact(token) | snapshot.inflections(token)
    if english:
        exact |= snapshot.english_inflections(token)
    has_synonyms = bool(snapshot.synonyms_of(token))
    if exact or has_synonyms:
        words = set(exact) | snapshot.compounds(token)
        for spelling in snapshot.exact(token) - {token}:  # "faar" is "får": and "får" starts "fåretilsyn".
            words |= snapshot.compounds(spelling)
        if has_synonyms:
            words |= set(_synonym_forms(snapshot, token, synonyms))
        if not words:
            return None
        return Clause(text=token, alternatives=snapshot.ranked(words))
    corrected = snapshot.corrections(token)
    if corrected:
        best = corrected[0]
        words = set(corrected) | snapshot.inflections(best)
        return Clause(text=token, alternatives=snapshot.ranked(words), corrected_to=best)
    related = snapshot.compounds(token) | snapshot.derivations(token)
    if related:
        return Clause(text=token, alternatives=snapshot.ranked(related))
    parts = snapshot.split(token)
    if parts:  # A compound the content writes apart: each part a clause of its own.
        return [
            Clause(
                text=part,
                alternatives=snapshot.ranked(
                    snapshot.exact(part) | snapshot.inflections(part) | snapshot.compounds(part)
                ),
                compound=token,
                optional=position == 1 and part in danish.GENERIC_TAILS,
            )
            for position, part in enumerate(parts)
        ]
    return None

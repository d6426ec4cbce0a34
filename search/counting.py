"""Counting: the matches' facet values, which of them are still current, and what each option gives.

Every document the backend matched is counted, so the total and the facet counts are exact for
any query, and they are counted here in Python, so they are the same on every backend. Reading
the matches costs three queries whatever their number (the documents' facet columns, their
categories, their target groups), and none for the documents an earlier search read while the
vocabulary's token stood (``vocabulary.facts``). PostgreSQL is given the ids as one array parameter
(``id = ANY(%s)``), so it reads only the matches, however many: "frivillig" at 5,000
associations reads its matches, not the whole directory. Elsewhere up to ``IN_LIST_LIMIT`` ids
are asked for by id; for more, the locale's documents are read and the matching ones kept, so
no query carries thousands of parameters (SQLite limits them).

An association's matching activities are one result with it (``collapse``), and the counts
count results as the list shows them.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import connections, router
from django.db.models import F, Lookup
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .filters import FLAG_FIELDS, FLAGS, TERM_FACETS
from .languages import locale_ids
from .models import SearchDocument
from .vocabulary import vocabulary

IN_LIST_LIMIT = 500
ROW_FIELDS = ("id", "page_id", "kind", "locality_id", "is_free", "no_danish_needed", "accessible_venue")
# The facets a result's values are kept for: the type, the terms and the flags, by URL parameter.
FACETS = ("type", "category", "target_group", "locality", *FLAG_FIELDS)
NONE, YES = frozenset(), frozenset({True})  # A facet's values when it has none, a flag's when it is set.
# Kinds that go stale when nobody updates the association (SEARCH_STALE_AFTER_DAYS).
STALE_KINDS = (SearchDocument.ASSOCIATION, SearchDocument.ACTIVITY, SearchDocument.TASK)


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    param: str
    label: str
    options: list


def stale_before():
    """Associations (and their activities and tasks) last published before this are no longer offered."""
    days = settings.SEARCH_STALE_AFTER_DAYS
    return timezone.now() - datetime.timedelta(days=days) if days else None


def is_current(kind, open_until, updated_at, today, stale_before):
    """Whether a citizen should still find a document: not a task past its last day, nor an association (or its
    activity or task) nobody has updated since ``stale_before``."""
    if open_until and open_until < today:
        return False
    return not (stale_before and updated_at and updated_at < stale_before and kind in STALE_KINDS)


def current(rows, today=None, stale_before=None):
    """The rows ``is_current`` keeps, for rows with ``kind``, ``open_until`` and ``updated_at`` already read (the
    suggestions)."""
    today = today or timezone.localdate()
    for row in rows:
        if is_current(row["kind"], row["open_until"], row["updated_at"], today, stale_before):
            yield row


class EqualsAny(Lookup):
    """``column = ANY(%s)`` with the values as one PostgreSQL array parameter, however many there are."""

    lookup_name = "equals_any"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        return "%s", [list(value)]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]


def _by_ids_or_locale(queryset, ids, locale, locale_lookup, ids_lookup):
    """``queryset`` narrowed to ``ids``, or to the rows of the locales searched when there are too many ids to list."""
    if connections[router.db_for_read(queryset.model)].vendor == "postgresql":
        return queryset.filter(EqualsAny(F(ids_lookup.removesuffix("__in")), ids))
    if len(ids) <= IN_LIST_LIMIT:
        return queryset.filter(**{ids_lookup: ids})
    return queryset.filter(**{f"{locale_lookup}__in": locale_ids(locale)})


def _terms_of(relation, ids, locale):
    """{document id: frozenset of term ids} for one of SearchDocument's many-to-many facet relations."""
    field = SearchDocument._meta.get_field(relation)
    source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    pairs = _by_ids_or_locale(
        field.remote_field.through.objects.all(), ids, locale, f"{field.m2m_field_name()}__locale_id", f"{source}__in"
    )
    wanted = set(ids)
    terms = defaultdict(set)
    for doc_id, term_id in pairs.values_list(source, target):
        if doc_id in wanted:
            terms[doc_id].add(term_id)
    return {doc_id: frozenset(term_ids) for doc_id, term_ids in terms.items()}


def read_facts(ids, locale):
    """{id: facts} of the documents among ``ids`` that exist, current or not, in three queries.

    A document's facts are ``ROW_FIELDS``' values, then its facet values ({facet parameter: set of values}),
    then its last day and its last update (``current`` decides with them). Documents with the same facet
    values share one dict of them: a broad search's thousands of rows have a few hundred combinations."""
    wanted = set(ids)
    documents = _by_ids_or_locale(SearchDocument.objects.all(), ids, locale, "locale_id", "pk__in")
    found = [row for row in documents.values_list(*ROW_FIELDS, "open_until", "updated_at") if row[0] in wanted]
    found_ids = [row[0] for row in found]
    categories, groups = _terms_of("categories", found_ids, locale), _terms_of("target_groups", found_ids, locale)
    flags = [ROW_FIELDS.index(attribute) for attribute in FLAG_FIELDS.values()]
    shared, facts = {}, {}
    for row in found:
        pk, kind, locality = row[0], row[2], row[3]
        key = (kind, categories.get(pk, NONE), groups.get(pk, NONE), locality, *(bool(row[i]) for i in flags))
        values = shared.get(key)
        if values is None:
            values = shared[key] = {
                "type": {kind},
                "category": key[1],
                "target_group": key[2],
                "locality": {locality} if locality else NONE,
                **{param: YES if flag else NONE for param, flag in zip(FLAG_FIELDS, key[4:], strict=True)},
            }
        facts[pk] = (*row[: len(ROW_FIELDS)], values, *row[len(ROW_FIELDS) :])
    return facts


def load_rows(ids, locale, today=None):
    """The matched documents that exist and are current, in the order of ``ids``, with their facet values.

    Each row is a dict of ``ROW_FIELDS`` and ``values``: {facet parameter: set of values}, a dict that rows
    share and nobody changes. The facts of documents read for an earlier search under the vocabulary's
    token are not read again (``vocabulary.facts``, search/memo.py); what is current is decided here, now."""
    token = vocabulary.version
    kept = vocabulary.facts.get_many(token, ids)
    missing = [pk for pk in dict.fromkeys(ids) if pk not in kept]
    if missing:
        read = read_facts(missing, locale)
        vocabulary.facts.put_many(token, read)
        kept.update(read)
    today, before = today or timezone.localdate(), stale_before()
    width = len(ROW_FIELDS)
    rows, seen = [], set()
    for pk in ids:
        facts = kept.get(pk)
        if facts is None or pk in seen:
            continue
        seen.add(pk)
        if not is_current(facts[2], facts[width + 1], facts[width + 2], today, before):
            continue
        row = dict(zip(ROW_FIELDS, facts, strict=False))
        row["values"] = facts[width]
        rows.append(row)
    return rows


def select(rows, selection):
    """The rows that pass the chosen filters; every row notes the facets it fails (``failing``) for the counts."""
    for row in rows:
        row["failing"] = selection.failing(row["values"])
    return [row for row in rows if not row["failing"]]


def collapse(rows):
    """One entry per association: its matching activities go with it rather than beside it.

    Returns ``(row, [activity rows])`` in order; an activity whose association did not match
    (or was filtered away) stays an entry of its own."""
    associations = {row["page_id"]: row for row in rows if row["kind"] == SearchDocument.ASSOCIATION}
    nested = {}
    entries = []
    for row in rows:
        owner = associations.get(row["page_id"]) if row["kind"] == SearchDocument.ACTIVITY else None
        if owner is not None:
            if owner["id"] not in nested:  # The activity ranked higher: the association takes its place.
                nested[owner["id"]] = []
                entries.append(owner)
            nested[owner["id"]].append(row)
        elif row["kind"] != SearchDocument.ASSOCIATION or row["id"] not in nested:
            nested.setdefault(row["id"], [])
            entries.append(row)
    return [(row, nested[row["id"]]) for row in entries]


def count_options(rows):
    """{facet parameter: Counter(value: results)}: how many results each option gives, the others as chosen.

    An option of a facet counts the rows that pass every other chosen filter (``select`` noted which
    they fail) and have the value, folded as the results list folds them: an activity whose
    association is counted with the same value adds nothing. One pass, whatever the number of rows."""
    counts = defaultdict(Counter)
    associations = {row["page_id"]: row for row in rows if row["kind"] == SearchDocument.ASSOCIATION}
    for row in rows:
        failing = row["failing"]
        if len(failing) > 1:
            continue  # Ticking one option more cannot bring it back.
        owner = associations.get(row["page_id"]) if row["kind"] == SearchDocument.ACTIVITY else None
        for param in failing or FACETS:
            folded = set()
            if owner is not None and (not owner["failing"] or owner["failing"] == [param]):
                folded = owner["values"][param]
            for value in row["values"][param]:
                if value not in folded:
                    counts[param][value] += 1
    return counts


def facets(rows, filters, vocab, counts=None):
    """The facets to show: each option with the results ticking it gives, and every chosen option.

    ``counts``: ``count_options(rows)`` if already counted (search/service.py keeps them for a repeated search)."""
    counts = count_options(rows) if counts is None else counts
    kind_labels = SearchDocument.KIND_LABELS
    specs = [("type", _("Type"), [(code, kind_labels[code], code) for code, _label in SearchDocument.KIND_CHOICES])]
    specs += [
        (param, label, [(term.slug, term.localized.name, term.pk) for term in vocab[name]])
        for param, _attribute, name, label in TERM_FACETS
    ]
    shown = []
    for param, label, options in specs:
        chosen = filters.chosen(param)
        facet_options = [
            Option(slug, name, counts[param][key], slug in chosen)
            for slug, name, key in options
            if counts[param][key] or slug in chosen
        ]
        if facet_options:
            shown.append(Facet(param, label, facet_options))
    flag_options = []
    for param, _attribute, label in FLAGS:
        count = counts[param][True]
        if count or param in filters.flags:
            flag_options.append(Option(param, label, count, param in filters.flags))
    if flag_options:
        shown.append(Facet("flags", _("Inclusion"), flag_options))
    return shown

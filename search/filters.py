"""Filters: the facets a citizen chose, read from the address, and whether a document passes them.

Every filter is a GET parameter: ``type`` (a document kind), ``category``, ``target_group``,
``locality`` (slugs of vocabulary terms, any of the chosen ones) and the inclusion flags ``free``,
``no_danish`` and ``accessible`` (all of the ticked ones). Values that mean nothing here are
kept aside and reported, never searched.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from core import cachegen
from core.listing import MAX_VALUES_PER_PARAM, read_flag
from core.models import source_language

from .models import SearchDocument

# (parameter, SearchDocument field, label)
FLAGS = [
    ("free", "is_free", _("Free")),
    ("no_danish", "no_danish_needed", _("No Danish needed")),
    ("accessible", "accessible_venue", _("Accessible venue")),
]
FLAG_FIELDS = {param: attribute for param, attribute, _label in FLAGS}

# The facets' vocabularies: the models SearchDocument's own relations point to, whichever app keeps them.
VOCABULARY_FIELDS = {"categories": "categories", "target_groups": "target_groups", "localities": "locality"}
# The term facets: (parameter, Filters attribute, vocabulary, label).
TERM_FACETS = [
    ("category", "categories", "categories", _("Category")),
    ("target_group", "target_groups", "target_groups", _("Target group")),
    ("locality", "localities", "localities", _("Locality")),
]


def vocabularies(site=None):
    """The terms of each facet, in their own order (from the cache, or one query each).

    A vocabulary whose terms may belong to one site (the localities: ``for_site``) gives that site's and
    the shared ones, so another kommune's town is neither offered nor accepted as a filter."""
    terms = {}
    for name, field_name in VOCABULARY_FIELDS.items():
        manager = SearchDocument._meta.get_field(field_name).related_model._default_manager
        scoped = site is not None and hasattr(manager, "for_site")
        # The Danish terms only: documents in every language point at them, and the address carries their slugs.
        found = (manager.for_site(site) if scoped else manager.all()).sources()
        # Terms are snippets: a change bumps the pages generation they are cached under (core/cachegen.py).
        terms[name] = cachegen.cached(
            _terms_key(field_name, site if scoped else None, found), lambda found=found: list(found)
        )
    return terms


# The cache key of each vocabulary's query by (field, site id, source language), which make its SQL: compiling the
# SQL for the key (~0.3 ms) on every search cost more than reading the terms from the cache.
_TERMS_KEYS = {}


def _terms_key(field_name, site, queryset):
    key = (field_name, getattr(site, "pk", None), source_language())
    if key not in _TERMS_KEYS:
        _TERMS_KEYS[key] = f"search-terms:{cachegen.queryset_key(queryset)}"
    return _TERMS_KEYS[key]


@dataclass
class Filters:
    """The facets a citizen chose. Values are slugs (kinds are their codes); unknown ones are reported."""

    types: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    target_groups: list = field(default_factory=list)
    localities: list = field(default_factory=list)
    flags: list = field(default_factory=list)
    unknown: dict = field(default_factory=dict)

    PARAMS = {"type": "types", "category": "categories", "target_group": "target_groups", "locality": "localities"}

    @classmethod
    def from_params(cls, params, vocabularies):
        filters = cls()
        allowed = {
            "types": {code for code, _label in SearchDocument.KIND_CHOICES},
            "categories": {term.slug for term in vocabularies["categories"]},
            "target_groups": {term.slug for term in vocabularies["target_groups"]},
            "localities": {term.slug for term in vocabularies["localities"]},
        }
        for param, attribute in cls.PARAMS.items():
            values = [value.strip() for value in params.getlist(param) if value.strip()][:MAX_VALUES_PER_PARAM]
            chosen = getattr(filters, attribute)
            for value in values:
                if value in allowed[attribute]:
                    if value not in chosen:
                        chosen.append(value)
                else:
                    filters.unknown.setdefault(param, []).append(value[:80])
        # The same words as the directory's listings: ?free=ja and ?gratis=ja both tick the box.
        for param, _attribute, _label in FLAGS:
            value = params.get(param, "")
            ticked = read_flag(value)
            if ticked:
                filters.flags.append(param)
            elif ticked is None:
                filters.unknown.setdefault(param, []).append(value[:80])
        return filters

    @property
    def active(self):
        return bool(self.types or self.categories or self.target_groups or self.localities or self.flags)

    def chosen(self, param):
        """The values chosen for a facet parameter ("type", "category", … or a flag's own parameter)."""
        if param in FLAG_FIELDS:
            return [param] if param in self.flags else []
        return getattr(self, self.PARAMS[param])

    def selection(self, vocab):
        """What a document's facet values must meet, with terms as the ids the documents hold."""
        ids = {name: {term.slug: term.pk for term in terms} for name, terms in vocab.items()}
        wanted = {"type": set(self.types)}
        for param, attribute, name, _label in TERM_FACETS:
            wanted[param] = {ids[name][slug] for slug in getattr(self, attribute)}
        return Selection(wanted, list(self.flags))


@dataclass
class Selection:
    """The chosen facet values: a document passes with one of the chosen values of each facet and every flag."""

    wanted: dict  # facet parameter: the chosen values (kind codes, term ids); empty means any
    flags: list  # the ticked flags' parameters

    def failing(self, values):
        """The facets a document with these ``values`` (facet parameter: set of values) does not meet."""
        failed = [facet for facet, chosen in self.wanted.items() if chosen and not values.get(facet, set()) & chosen]
        return failed + [flag for flag in self.flags if not values.get(flag)]

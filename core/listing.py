"""The faceted-listing kit: filters in the address, counted options, chips, sorting and pages.

Every listing of the portal (associations, volunteer tasks, guides) and the search keep their
filters in the address as GET parameters with the vocabularies' slugs, so a filtered list can
be bookmarked and shared, for example ``/foreninger/?kategori=spejder&sted=egebjerg&gratis=ja``.
Several values of one filter widen the result (OR); different filters narrow it (AND). An
unknown value is ignored rather than emptying the list.

Next to each option is the number of results the citizen gets by ticking it, given the *other*
active filters (standard faceting): a ``Facet`` counts its options on the list narrowed by every
filter but itself, with one aggregate query however many options it has, so a listing costs the
same number of queries with 10 or 1,000 results. ``FacetedListing`` does the narrowing and the
counting; a listing says what its facets and flags are.

A yes/no flag is read by ``read_flag`` everywhere, so ``?gratis=ja`` and ``?gratis=1`` mean the
same wherever they are used.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Q, Value
from django.db.models.functions import Lower, Replace

from core import cachegen
from core.models import TERM_FIELDS

PER_PAGE = 12
# More values than this for one parameter are not a citizen ticking boxes; the rest are ignored.
MAX_VALUES_PER_PARAM = 50
PARAM_PAGE = "page"  # includes/pagination.html links with ?page=
PARAM_SORT = "sortering"  # Danish: it ends up in addresses citizens share

# The words a yes/no flag in the address may be, in either case and with spaces around.
TRUE_WORDS = frozenset({"1", "on", "true", "yes", "ja"})
FALSE_WORDS = frozenset({"", "0", "off", "false", "no", "nej"})


def read_flag(value):
    """A yes/no flag from the address: True, False, or None when the value means neither.

    True for 1, on, true, yes and ja; False for nothing (a missing parameter), 0, off, false, no
    and nej; case and surrounding spaces do not matter. What to do with None is the caller's
    choice: a listing ignores it (the flag is off), the search reports it as an unknown filter.
    """
    word = ("" if value is None else str(value)).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def flag(request, param):
    """Whether the flag ``param`` is on in the request's address; a value that means neither is off."""
    return read_flag(request.GET.get(param)) is True


def picked(request, param, allowed):
    """The values of a GET parameter that are known options, each once, in the order given."""
    values = request.GET.getlist(param)[:MAX_VALUES_PER_PARAM]
    return list(dict.fromkeys(value for value in values if value in allowed))


def m2m(model, name):
    """The through model of a many-to-many field and its two column names (source, target)."""
    m2m_field = model._meta.get_field(name)
    return (
        m2m_field.remote_field.through,
        f"{m2m_field.m2m_field_name()}_id",
        f"{m2m_field.m2m_reverse_field_name()}_id",
    )


def name_sort_key(field_name="title"):
    """Sort names the Danish way, Æ Ø Å after Z, the same on SQLite and PostgreSQL.

    Lower-casing makes the order ignore case; æ, ø and å (in either case, as SQLite only
    lower-cases ASCII) become the three characters that follow "z" in ASCII.
    """
    expression = Lower(field_name)
    for letters, key in (("æÆ", "{"), ("øØ", "|"), ("åÅ", "}")):
        for letter in letters:
            expression = Replace(expression, Value(letter), Value(key))
    return expression


def vocabulary(model):
    """The Danish terms of a vocabulary (core.models.VocabularyTerm) in their order, with one query.

    Only the source terms: pages point at them, so the English listing filters and counts by the
    Danish term's id and slug (``?kategori=idraet-og-motion``) and shows its English name.
    ``model`` may be a queryset of its terms instead: a site's localities (``Locality.objects.for_site``)."""
    terms = (model.objects.all() if isinstance(model, type) else model).sources().only(*TERM_FIELDS)
    # Terms are snippets, so a change to one bumps the generation: from the cache, no query.
    return cachegen.cached(f"vocabulary:{cachegen.queryset_key(terms)}", lambda: list(terms))


def term_choices(terms):
    """A facet's choices from terms: the slug in the address, the term's id, its name in the visitor's language."""
    return [Choice(term.slug, term.pk, term.localized.name) for term in terms]


# The filter panel ---------------------------------------------------------------------------------------------------


@dataclass
class FilterOption:
    param: str
    value: str
    label: str
    count: int = 0
    checked: bool = False

    @property
    def input_id(self):
        return f"filter-{self.param}-{self.value}"


@dataclass
class FilterGroup:
    """One fieldset of the filter panel. The group with the key "flags" holds yes/no flags, each its own parameter."""

    key: str
    legend: str
    options: list = field(default_factory=list)


def listing_url(base_url, params):
    """The address of a listing with the given GET parameters (a QueryDict), repeated ones repeated."""
    query = urlencode([(key, value) for key in params for value in params.getlist(key)])
    return f"{base_url}?{query}" if query else base_url


def active_filters(request, base_url, groups):
    """The ticked options, each with the address of the list without it (the page number dropped)."""
    active = []
    for group in groups:
        for option in group.options:
            if option.checked:
                params = request.GET.copy()
                params.pop(PARAM_PAGE, None)
                if group.key == "flags":
                    params.pop(option.param, None)
                else:
                    params.setlist(option.param, [v for v in params.getlist(option.param) if v != option.value])
                active.append({"label": option.label, "remove_url": listing_url(base_url, params)})
    return active


def filter_context(request, base_url, groups):
    """What includes/filter_panel.html and includes/active_filters.html show."""
    active = active_filters(request, base_url, groups)
    return {
        "filter_groups": groups,
        "active_filters": active,
        "filters_active": bool(active),
        "clear_filters_url": base_url,
    }


def chosen_sort(request, sorts):
    """The order the citizen chose of ``sorts`` ({key: (label, function giving the order_by terms)}).

    Returns the key, the order_by terms and the options for the select; the first sort is the default.
    """
    key = request.GET.get(PARAM_SORT, "")
    if key not in sorts:
        key = next(iter(sorts))
    options = [{"value": value, "label": label, "selected": value == key} for value, (label, _order) in sorts.items()]
    return key, sorts[key][1](), options


def paginate(request, queryset, count, per_page=PER_PAGE):
    """A page of results; a missing, broken or too large page number gives the first or last page."""
    paginator = Paginator(queryset, per_page)
    paginator.count = count  # known from the aggregate query; saves Paginator a COUNT(*)
    page_obj = paginator.get_page(request.GET.get(PARAM_PAGE))
    page_obj.object_list = list(page_obj.object_list)
    return page_obj


def listing_context(request, base_url, groups, page_obj, total, sort_options=()):
    """The context of a paginated, filtered listing: the filter panel, the chips, the sort and the page."""
    return {
        **filter_context(request, base_url, groups),
        "sort_options": sort_options,
        "page_obj": page_obj,
        "results": page_obj.object_list,
        "result_count": total,
    }


# Facets: narrowing and counting ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """An option of a facet: its slug in the address, the key the queries use, and its label."""

    slug: str
    key: object
    label: str


@dataclass
class Facet:
    """A filter of checkboxes: one GET parameter, its choices, and how it narrows and counts a queryset.

    ``narrow(queryset, keys)`` keeps what has any of the keys (OR); ``count(queryset)`` gives
    {key: number} for the queryset, in one query.
    """

    param: str
    legend: str
    choices: list
    narrow: Callable
    count: Callable

    @classmethod
    def on_field(cls, param, legend, choices, field_name):
        """A facet on a column (a foreign key's ``…_id``, a choice field or an annotation)."""
        return cls(
            param,
            legend,
            choices,
            narrow=lambda queryset, keys: queryset.filter(**{f"{field_name}__in": keys}),
            count=lambda queryset: dict(queryset.values_list(field_name).annotate(n=Count("pk")).order_by()),
        )

    @classmethod
    def on_m2m(cls, param, legend, choices, model, name):
        """A facet on the many-to-many field ``name`` of ``model``, narrowed and counted on its through table."""
        through, source, target = m2m(model, name)

        def count(queryset):
            rows = through.objects.filter(**{f"{source}__in": queryset.values("pk")}).order_by().values_list(target)
            return dict(rows.annotate(n=Count(source)))

        return cls(
            param,
            legend,
            choices,
            narrow=lambda queryset, keys: queryset.filter(
                pk__in=through.objects.filter(**{f"{target}__in": keys}).values(source)
            ),
            count=count,
        )

    def chosen(self, request):
        """The keys of the choices ticked in the request's address, each once, in the order given."""
        keys = {choice.slug: choice.key for choice in self.choices}
        return [keys[slug] for slug in picked(request, self.param, keys)]


@dataclass
class Flag:
    """A yes/no filter on a boolean column (``?gratis=ja``); the flags of a listing are all AND-ed."""

    param: str
    field_name: str
    label: str


class FacetedListing:
    """A queryset narrowed by the facets and flags chosen in the address, and the filter panel with its counts.

    ``narrowed(skip=param)`` is the result with every filter but ``param``: what that facet's
    counts are taken on. The flags are all AND-ed, so a flag's count given the others is simply
    the current result with it; they are counted with the total in one aggregate query.
    """

    def __init__(self, request, base, facets, flags=(), flags_legend="", keep=None, keep_seconds=cachegen.TIMEOUT):
        self.base = base
        self.facets = list(facets)
        self.flags = list(flags)
        self.flags_legend = flags_legend
        self.chosen = {facet.param: facet.chosen(request) for facet in self.facets}
        self.flags_on = {each.param: flag(request, each.param) for each in self.flags}
        # ``keep``: a name for this listing's counts (``directory:<page id>``) when its base changes only with
        # the pages generation, never with the clock; the counts are then kept under the generation, per choice
        # of filters. At 5,000 associations the four count queries took most of the directory's ~180 ms.
        self.keep = keep
        self.keep_seconds = keep_seconds  # the events listing's keys name a minute: kept no longer than that

    def narrowed(self, skip=None):
        """The base queryset matching every active filter except the facet ``skip``."""
        queryset = self.base
        for facet in self.facets:
            keys = self.chosen[facet.param]
            if keys and facet.param != skip:
                queryset = facet.narrow(queryset, keys)
        for each in self.flags:
            if self.flags_on[each.param]:
                queryset = queryset.filter(**{each.field_name: True})
        return queryset

    @cached_property
    def _kept_prefix(self):
        """The key of this choice of filters, made once for the total and every facet's counts."""
        chosen = ";".join(f"{param}={sorted(keys)}" for param, keys in sorted(self.chosen.items()))
        flags = ",".join(param for param, on in sorted(self.flags_on.items()) if on)
        return f"facets:{self.keep}:{chosen}:{flags}"

    def _kept(self, what, build):
        """``build()``, kept under the generation per choice of filters when the listing says ``keep``."""
        if self.keep is None:
            return build()
        return cachegen.cached(f"{self._kept_prefix}:{what}", build, timeout=self.keep_seconds)

    @cached_property
    def totals(self):
        """{"total": the number of results, and per flag's column: the results with it}, in one query."""
        return self._kept(
            "totals",
            lambda: self.narrowed().aggregate(
                total=Count("pk"),
                **{each.field_name: Count("pk", filter=Q(**{each.field_name: True})) for each in self.flags},
            ),
        )

    @property
    def total(self):
        return self.totals["total"]

    def groups(self):
        """The filter panel: a group per facet (one count query each), then the flags; empty groups left out."""
        groups = []
        for facet in self.facets:
            counts = self._kept(facet.param, lambda facet=facet: facet.count(self.narrowed(skip=facet.param)))
            chosen = self.chosen[facet.param]
            options = [
                FilterOption(facet.param, choice.slug, choice.label, counts.get(choice.key, 0), choice.key in chosen)
                for choice in facet.choices
            ]
            groups.append(FilterGroup(facet.param, facet.legend, options))
        if self.flags:
            options = [
                FilterOption(each.param, "1", each.label, self.totals[each.field_name], self.flags_on[each.param])
                for each in self.flags
            ]
            groups.append(FilterGroup("flags", self.flags_legend, options))
        return [group for group in groups if group.options]

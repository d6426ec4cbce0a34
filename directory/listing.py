"""What citizens see of the directory: the association and task listings, and the context of an
association page and a task page.

Filters live in the address as GET parameters with the vocabularies' slugs, so a filtered list can
be bookmarked and shared, for example
``/foreninger/?kategori=idraet-og-motion&kategori=spejder&sted=egebjerg&gratis=1``.
Several values of one filter widen the result (OR); different filters narrow it (AND). An unknown
value is ignored rather than emptying the list.

Next to each option is the number of results the citizen gets by ticking it, given the *other*
active filters (standard faceting). Each filter is counted with one aggregate query however many
options it has, so a listing costs the same number of queries with 10 or 1,000 associations.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import BigIntegerField, Count, F, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce, Lower, Replace, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .models import AssociationPage, Category, Locality, TargetGroup, VolunteerTaskPage

PER_PAGE = 12
# More values than this for one parameter are not a citizen ticking boxes; the rest are ignored.
MAX_VALUES_PER_PARAM = 50
TRUE_VALUES = {"1", "on", "true", "ja"}

# Parameter names are Danish: they end up in addresses citizens share.
PARAM_CATEGORY = "kategori"
PARAM_TARGET_GROUP = "maalgruppe"
PARAM_LOCALITY = "sted"
PARAM_TIME = "tid"
PARAM_FREE = "gratis"
PARAM_NO_DANISH = "uden-dansk"
PARAM_ACCESSIBLE = "tilgaengelig"
PARAM_SORT = "sortering"
PARAM_PAGE = "page"  # includes/pagination.html links with ?page=
PARAM_SENT = "sendt"

# The inclusion flags of an association, denormalized from its activities.
ASSOCIATION_FLAGS = [
    (PARAM_FREE, "has_free_offer", _("Free offer")),
    (PARAM_NO_DANISH, "has_no_danish_needed", _("No Danish needed")),
    (PARAM_ACCESSIBLE, "has_accessible_venue", _("Accessible venue")),
]
# Time commitments by the words used in addresses.
TIME_COMMITMENTS = [
    ("engangsopgave", VolunteerTaskPage.ONE_OFF),
    ("ugentlig", VolunteerTaskPage.WEEKLY),
    ("fleksibel", VolunteerTaskPage.FLEXIBLE),
]


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


ASSOCIATION_SORTS = {
    "navn": (_("Name (A–Å)"), lambda: [name_sort_key().asc(), "pk"]),
    "nyeste": (_("Newest first"), lambda: [F("first_published_at").desc(nulls_last=True), "-pk"]),
}
TASK_SORTS = {
    "nyeste": (_("Newest first"), lambda: [F("first_published_at").desc(nulls_last=True), "-pk"]),
    "frist": (_("Deadline (soonest first)"), lambda: [F("deadline").asc(nulls_last=True), name_sort_key(), "pk"]),
    "titel": (_("Title (A–Å)"), lambda: [name_sort_key().asc(), "pk"]),
}


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
    key: str
    legend: str
    options: list = field(default_factory=list)


def _picked(request, param, allowed):
    """The values of a GET parameter that are known options, each once, in the order given."""
    values = request.GET.getlist(param)[:MAX_VALUES_PER_PARAM]
    return list(dict.fromkeys(value for value in values if value in allowed))


def _flag(request, param):
    return request.GET.get(param, "").strip().lower() in TRUE_VALUES


def _m2m(model, name):
    """The through model of a many-to-many field and its two column names (source, target)."""
    m2m_field = model._meta.get_field(name)
    return (
        m2m_field.remote_field.through,
        f"{m2m_field.m2m_field_name()}_id",
        f"{m2m_field.m2m_reverse_field_name()}_id",
    )


def _associations_with(name, ids):
    """AssociationPage ids that have any of the terms ``ids`` in their many-to-many field ``name``."""
    through, source, target = _m2m(AssociationPage, name)
    return through.objects.filter(**{f"{target}__in": ids}).values(source)


def _m2m_counts(name, association_ids):
    """{term id: number of associations} for the associations in the subquery ``association_ids``."""
    through, source, target = _m2m(AssociationPage, name)
    rows = through.objects.filter(**{f"{source}__in": association_ids}).order_by().values_list(target)
    return dict(rows.annotate(n=Count(source)))


def _url(base_url, params):
    query = urlencode([(key, value) for key in params for value in params.getlist(key)])
    return f"{base_url}?{query}" if query else base_url


def _active_filters(request, base_url, groups):
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
                active.append({"label": option.label, "remove_url": _url(base_url, params)})
    return active


def _sort(request, sorts):
    key = request.GET.get(PARAM_SORT, "")
    if key not in sorts:
        key = next(iter(sorts))
    options = [{"value": value, "label": label, "selected": value == key} for value, (label, _order) in sorts.items()]
    return key, sorts[key][1](), options


def _paginate(request, queryset, count):
    """A page of results; a missing, broken or too large page number gives the first or last page."""
    paginator = Paginator(queryset, PER_PAGE)
    paginator.count = count  # known from the aggregate query; saves Paginator a COUNT(*)
    page_obj = paginator.get_page(request.GET.get(PARAM_PAGE))
    page_obj.object_list = list(page_obj.object_list)
    return page_obj


def _term_options(param, terms, counts, picked):
    """Checkbox options for vocabulary terms: slug, name, count and whether the citizen ticked it."""
    return [
        FilterOption(param, term.slug, term.name, counts.get(term.pk, 0), term.pk in picked[param]) for term in terms
    ]


def _vocabulary(model):
    terms = list(model.objects.only("id", "name", "slug", "sort_order"))
    return terms, {term.slug: term for term in terms}


def _listing_context(request, page, groups, sort_options, page_obj, total):
    base_url = page.get_url(request) or ""
    active = _active_filters(request, base_url, groups)
    return {
        "filter_groups": groups,
        "active_filters": active,
        "filters_active": bool(active),
        "clear_filters_url": base_url,
        "sort_options": sort_options,
        "page_obj": page_obj,
        "results": page_obj.object_list,
        "result_count": total,
    }


def association_listing(request, page):
    """Context of the directory index: live associations under it, filtered, counted, paginated."""
    categories, categories_by_slug = _vocabulary(Category)
    target_groups, target_groups_by_slug = _vocabulary(TargetGroup)
    localities, localities_by_slug = _vocabulary(Locality)
    picked = {
        PARAM_CATEGORY: [categories_by_slug[s].pk for s in _picked(request, PARAM_CATEGORY, categories_by_slug)],
        PARAM_TARGET_GROUP: [
            target_groups_by_slug[s].pk for s in _picked(request, PARAM_TARGET_GROUP, target_groups_by_slug)
        ],
        PARAM_LOCALITY: [localities_by_slug[s].pk for s in _picked(request, PARAM_LOCALITY, localities_by_slug)],
    }
    flags = {param: _flag(request, param) for param, _field, _label in ASSOCIATION_FLAGS}

    base = AssociationPage.objects.child_of(page).live().public().filter(locale_id=page.locale_id).order_by()

    def narrowed(skip=None):
        """The associations matching every active filter except ``skip``."""
        queryset = base
        if picked[PARAM_CATEGORY] and skip != PARAM_CATEGORY:
            queryset = queryset.filter(pk__in=_associations_with("categories", picked[PARAM_CATEGORY]))
        if picked[PARAM_TARGET_GROUP] and skip != PARAM_TARGET_GROUP:
            queryset = queryset.filter(pk__in=_associations_with("target_groups", picked[PARAM_TARGET_GROUP]))
        if picked[PARAM_LOCALITY] and skip != PARAM_LOCALITY:
            queryset = queryset.filter(locality_id__in=picked[PARAM_LOCALITY])
        for param, flag_field, _label in ASSOCIATION_FLAGS:
            if flags[param]:
                queryset = queryset.filter(**{flag_field: True})
        return queryset

    category_counts = _m2m_counts("categories", narrowed(skip=PARAM_CATEGORY).values("pk"))
    target_group_counts = _m2m_counts("target_groups", narrowed(skip=PARAM_TARGET_GROUP).values("pk"))
    locality_counts = dict(narrowed(skip=PARAM_LOCALITY).values_list("locality_id").annotate(n=Count("pk")).order_by())
    # Flags are all AND-ed, so a flag's count given the others is simply the current result with it.
    totals = narrowed().aggregate(
        total=Count("pk"),
        **{flag_field: Count("pk", filter=Q(**{flag_field: True})) for _p, flag_field, _l in ASSOCIATION_FLAGS},
    )

    groups = [
        FilterGroup(PARAM_CATEGORY, _("Category"), _term_options(PARAM_CATEGORY, categories, category_counts, picked)),
        FilterGroup(
            PARAM_TARGET_GROUP,
            _("Target group"),
            _term_options(PARAM_TARGET_GROUP, target_groups, target_group_counts, picked),
        ),
        FilterGroup(PARAM_LOCALITY, _("Where"), _term_options(PARAM_LOCALITY, localities, locality_counts, picked)),
        FilterGroup(
            "flags",
            _("Inclusion"),
            [
                FilterOption(param, "1", label, totals[flag_field], flags[param])
                for param, flag_field, label in ASSOCIATION_FLAGS
            ],
        ),
    ]
    groups = [group for group in groups if group.options]

    _key, ordering, sort_options = _sort(request, ASSOCIATION_SORTS)
    results = (
        narrowed()
        .select_related("locality", "locale")
        .prefetch_related(Prefetch("categories", queryset=Category.objects.only("id", "name", "slug", "sort_order")))
        .defer("description")
        .order_by(*ordering)
    )
    page_obj = _paginate(request, results, totals["total"])
    return _listing_context(request, page, groups, sort_options, page_obj, totals["total"])


def _parent_path():
    """The tree path of a page's parent, as an SQL expression (Wagtail paths are 4 characters a level)."""
    return Substr("path", 1, (F("depth") - 1) * Page.steplen)


def task_listing(request, page):
    """Context of "Bliv frivillig": every open task of the site's live associations, filtered and counted."""
    categories, categories_by_slug = _vocabulary(Category)
    localities, localities_by_slug = _vocabulary(Locality)
    commitments = dict(TIME_COMMITMENTS)
    picked = {
        PARAM_CATEGORY: [categories_by_slug[s].pk for s in _picked(request, PARAM_CATEGORY, categories_by_slug)],
        PARAM_TIME: [commitments[s] for s in _picked(request, PARAM_TIME, commitments)],
        PARAM_LOCALITY: [localities_by_slug[s].pk for s in _picked(request, PARAM_LOCALITY, localities_by_slug)],
    }
    no_danish = _flag(request, PARAM_NO_DANISH)

    site_root_path = page.path[: -Page.steplen]  # the home page this listing sits under
    private = Page.objects.private_q()  # one look at the view restrictions, for tasks and associations
    live_associations = AssociationPage.objects.live().exclude(private).filter(path__startswith=site_root_path)
    base = (
        VolunteerTaskPage.objects.live()
        .exclude(private)
        .open_on()
        .filter(path__startswith=site_root_path, locale_id=page.locale_id)
        .annotate(parent_path=_parent_path())
        .filter(parent_path__in=live_associations.values("path"))
        .annotate(
            place_id=Coalesce(
                "locality_id",
                Subquery(AssociationPage.objects.filter(path=OuterRef("parent_path")).values("locality_id")[:1]),
                output_field=BigIntegerField(),
            )
        )
        .order_by()
    )

    def narrowed(skip=None):
        queryset = base
        if picked[PARAM_CATEGORY] and skip != PARAM_CATEGORY:
            with_category = AssociationPage.objects.filter(
                pk__in=_associations_with("categories", picked[PARAM_CATEGORY])
            ).values("path")
            queryset = queryset.filter(parent_path__in=with_category)
        if picked[PARAM_TIME] and skip != PARAM_TIME:
            queryset = queryset.filter(time_commitment__in=picked[PARAM_TIME])
        if picked[PARAM_LOCALITY] and skip != PARAM_LOCALITY:
            queryset = queryset.filter(place_id__in=picked[PARAM_LOCALITY])
        if no_danish:
            queryset = queryset.filter(no_danish_needed=True)
        return queryset

    # Categories belong to the association: count tasks per association, then add up per category.
    tasks_per_association = dict(
        narrowed(skip=PARAM_CATEGORY).values_list("parent_path").annotate(n=Count("pk")).order_by()
    )
    through, source, target = _m2m(AssociationPage, "categories")
    category_counts = {}
    with_tasks = AssociationPage.objects.filter(path__in=narrowed(skip=PARAM_CATEGORY).values("parent_path"))
    category_links = through.objects.filter(**{f"{source}__in": with_tasks}).values_list(
        target, "associationpage__path"
    )
    for category_id, path in category_links:
        category_counts[category_id] = category_counts.get(category_id, 0) + tasks_per_association.get(path, 0)
    time_counts = dict(narrowed(skip=PARAM_TIME).values_list("time_commitment").annotate(n=Count("pk")).order_by())
    locality_counts = dict(narrowed(skip=PARAM_LOCALITY).values_list("place_id").annotate(n=Count("pk")).order_by())
    totals = narrowed().aggregate(total=Count("pk"), no_danish=Count("pk", filter=Q(no_danish_needed=True)))

    labels = dict(VolunteerTaskPage.COMMITMENT_CHOICES)
    groups = [
        FilterGroup(PARAM_CATEGORY, _("Category"), _term_options(PARAM_CATEGORY, categories, category_counts, picked)),
        FilterGroup(
            PARAM_TIME,
            _("Time commitment"),
            [
                FilterOption(PARAM_TIME, slug, labels[value], time_counts.get(value, 0), value in picked[PARAM_TIME])
                for slug, value in TIME_COMMITMENTS
            ],
        ),
        FilterGroup(PARAM_LOCALITY, _("Where"), _term_options(PARAM_LOCALITY, localities, locality_counts, picked)),
        FilterGroup(
            "flags",
            _("Language"),
            [FilterOption(PARAM_NO_DANISH, "1", _("No Danish needed"), totals["no_danish"], no_danish)],
        ),
    ]
    groups = [group for group in groups if group.options]

    _key, ordering, sort_options = _sort(request, TASK_SORTS)
    results = narrowed().select_related("locality", "locale").defer("what_you_do").order_by(*ordering)
    page_obj = _paginate(request, results, totals["total"])
    _attach_associations(page_obj.object_list)
    return _listing_context(request, page, groups, sort_options, page_obj, totals["total"])


def _attach_associations(tasks):
    """Give each task in a list its association (and the place to show) with one query for them all."""
    paths = {task.parent_path for task in tasks}
    associations = {
        association.path: association
        for association in AssociationPage.objects.filter(path__in=paths)
        .select_related("locality", "locale")
        .defer("description")
    }
    for task in tasks:
        task.association = associations.get(task.parent_path)
        task.place = task.locality or (task.association.locality if task.association else None)


def open_tasks(association):
    """The association's open volunteer tasks, soonest deadline first."""
    return list(
        VolunteerTaskPage.objects.child_of(association)
        .live()
        .public()
        .open_on()
        .select_related("locality", "locale")
        .defer("what_you_do")
        .order_by(F("deadline").asc(nulls_last=True), name_sort_key(), "pk")
    )


def association_context(request, page):
    """Everything an association page shows, each kind of thing fetched in one query."""
    from .forms import ContactForm

    return {
        "categories": list(page.categories.all()),
        "target_groups": list(page.target_groups.all()),
        "activities": list(page.activities.select_related("target_group")),
        "contacts": list(page.contacts.all()),
        "social_links": list(page.social_links.all()),
        "open_tasks": open_tasks(page),
        "contact_form": ContactForm() if page.contact_form_enabled else None,
        "message_sent": request.GET.get(PARAM_SENT) == "1",
    }


def task_context(request, page):
    """A task page: the task and its association, with how to get in touch."""
    parent = page.get_parent()  # routing has already fetched the association; no query here
    association = parent if isinstance(parent, AssociationPage) else getattr(parent, "specific", None)
    if not isinstance(association, AssociationPage):
        association = None
    uses_form = bool(association and association.contact_form_enabled)
    return {
        "association": association,
        "place": page.locality or (association.locality if association else None),
        "contacts": list(association.contacts.all()) if association and not uses_form else [],
        "uses_contact_form": uses_form,
        "task_is_open": page.is_open,
    }

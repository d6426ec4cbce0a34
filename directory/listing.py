"""What citizens see of the directory: the association and task listings, and the context of an
association page and a task page.

The listings are core.listing's faceted listings: the filters live in the address as GET
parameters with the vocabularies' slugs, so a filtered list can be bookmarked and shared, for
example ``/foreninger/?kategori=idraet-og-motion&kategori=spejder&sted=egebjerg&gratis=ja``.
Several values of one filter widen the result (OR); different filters narrow it (AND). An unknown
value is ignored rather than emptying the list.

Next to each option is the number of results the citizen gets by ticking it, given the *other*
active filters (standard faceting). Each filter is counted with one aggregate query however many
options it has, so a listing costs the same number of queries with 10 or 1,000 associations.

The pages call these functions (directory.models imports this module), so imports go one way:
this module imports no directory model and looks the ones it queries up in Django's app registry
when a page is shown (``apps.get_model``), as migrations do.
"""

import datetime

from django.apps import apps
from django.db.models import F, Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from core import cachegen
from core.listing import (
    Choice,
    Facet,
    FacetedListing,
    FilterGroup,
    FilterOption,
    Flag,
    chosen_sort,
    flag,
    listing_context,
    name_sort_key,
    paginate,
    term_choices,
    vocabulary,
)
from core.models import TERM_FIELDS
from core.pages import private_q

from .forms import ContactForm

# Parameter names are Danish: they end up in addresses citizens share.
PARAM_CATEGORY = "kategori"
PARAM_TARGET_GROUP = "maalgruppe"
PARAM_LOCALITY = "sted"
PARAM_TIME = "tid"
PARAM_FREE = "gratis"
PARAM_NO_DANISH = "uden-dansk"
PARAM_ACCESSIBLE = "tilgaengelig"
PARAM_SENT = "sendt"

# The inclusion flags of an association, denormalized from its activities.
ASSOCIATION_FLAGS = [
    Flag(PARAM_FREE, "has_free_offer", _("Free offer")),
    Flag(PARAM_NO_DANISH, "has_no_danish_needed", _("No Danish needed")),
    Flag(PARAM_ACCESSIBLE, "has_accessible_venue", _("Accessible venue")),
]

ASSOCIATION_SORTS = {
    "navn": (_("Name (A–Å)"), lambda: [name_sort_key().asc(), "pk"]),
    "nyeste": (_("Newest first"), lambda: [F("first_published_at").desc(nulls_last=True), "-pk"]),
}
NEWEST = "nyeste"
EPOCH, MICROSECOND = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC), datetime.timedelta(microseconds=1)
TASK_SORTS = {
    NEWEST: (_("Newest first"), lambda: [F("first_published_at").desc(nulls_last=True), "-pk"]),
    "frist": (_("Deadline (soonest first)"), lambda: [F("deadline").asc(nulls_last=True), name_sort_key(), "pk"]),
    "titel": (_("Title (A–Å)"), lambda: [name_sort_key().asc(), "pk"]),
}


def _model(name):
    """A directory model, looked up in the app registry (directory.models imports this module)."""
    return apps.get_model("directory", name)


def site_localities(request):
    """The towns the site serving the request offers: its own and the shared ones (one query)."""
    return vocabulary(_model("Locality").objects.for_site(Site.find_for_request(request)))


def association_filters(request, page):
    """The live associations under the directory index ``page``, narrowed by the filters in the request's address.

    The listing below shows them a page at a time; the printable catalogue (catalogue/) prints them
    all, so both read the same filters the same way (an unknown value is ignored)."""
    AssociationPage, Category = _model("AssociationPage"), _model("Category")
    categories, target_groups = vocabulary(Category), vocabulary(_model("TargetGroup"))
    localities = site_localities(request)
    # An association that has gone "ikke bekræftet" (directory/freshness.py) is out of the list until confirmed.
    base = (
        AssociationPage.objects.child_of(page)
        .live()
        .exclude(private_q())
        .filter(locale_id=page.locale_id, unconfirmed=False)
        .order_by()
    )
    return FacetedListing(
        request,
        base,
        [
            Facet.on_m2m(PARAM_CATEGORY, _("Category"), term_choices(categories), AssociationPage, "categories"),
            Facet.on_m2m(
                PARAM_TARGET_GROUP, _("Target group"), term_choices(target_groups), AssociationPage, "target_groups"
            ),
            Facet.on_field(PARAM_LOCALITY, _("Where"), term_choices(localities), "locality_id"),
        ],
        flags=ASSOCIATION_FLAGS,
        flags_legend=_("Inclusion"),
        keep=f"directory:{page.pk}:{page.locale_id}",
    )


def association_listing(request, page):
    """Context of the directory index: live associations under it, filtered, counted, paginated."""
    Category = _model("Category")
    listing = association_filters(request, page)
    groups = listing.groups()
    _key, ordering, sort_options = chosen_sort(request, ASSOCIATION_SORTS)
    results = (
        listing.narrowed()
        .select_related("locality", "locale")
        .prefetch_related(Prefetch("categories", queryset=Category.objects.only(*TERM_FIELDS)))
        .defer("description")
        .order_by(*ordering)
    )
    page_obj = paginate(request, results, listing.total)
    return listing_context(request, page.get_url(request) or "", groups, page_obj, listing.total, sort_options)


# A task's organiser is the page it sits under: an association or a kommune unit (ORGANISER_MODELS).
# Both carry the categories and the town a task is filtered by, so each query below asks both
# tables at once (in one SQL statement) rather than once per kind of organiser.
ORGANISER_MODELS = ("AssociationPage", "KommuneUnitPage")


def visible_organisers(site_root_path, private):
    """The live, public organisers under a site's home page, each as a query of paths.

    An association that has gone "ikke bekræftet" (directory/freshness.py) is left out, and so
    are its tasks with it; a kommune unit is kept up to date by the kommune's staff."""
    found = []
    for name in ORGANISER_MODELS:
        pages = _model(name).objects.live().exclude(private).filter(path__startswith=site_root_path)
        if name == "AssociationPage":
            pages = pages.filter(unconfirmed=False)
        found.append(pages)
    return found


def _organisers_by_path(site_root_path, private):
    """{path: (town id, {category ids})} of the site's visible organisers of both kinds, in one query.

    The listing used to ask "is the task's organiser live?" as ``SUBSTRING(path, …) IN (subquery)`` in every one
    of its queries (the page, the total, each facet): an expression PostgreSQL can neither index nor estimate.
    Here the visible organisers are read once, with their towns and categories (an organiser without categories
    comes once, with None), and everything after is a lookup in this dictionary."""
    rows = [
        pages.values_list("path", "locality_id", "categories").order_by()
        for pages in visible_organisers(site_root_path, private)
    ]
    found = {}
    for path, town, category in rows[0].union(*rows[1:], all=True):
        _town, categories = found.setdefault(path, (town, set()))
        if category is not None:
            categories.add(category)
    return found


class _Task:
    """What the filters of one task look at: its organiser's categories, its commitment, its place, its flag."""

    __slots__ = ("pk", "parent_path", "categories", "time_commitment", "place_id", "no_danish_needed", "newest")

    def __init__(self, pk, path, own_town, time_commitment, no_danish_needed, organiser, first_published_at=None):
        self.pk = pk
        # The default order ("Newest first": first published, latest first, never-published last, then by id
        # downwards), so the listing can pick the page of twelve itself instead of sending 2,000 ids to the database.
        age = (first_published_at - EPOCH) // MICROSECOND if first_published_at else 0  # exact, unlike a float
        self.newest = (first_published_at is None, -age, -pk)
        self.parent_path = path[: -Page.steplen]
        organiser_town, self.categories = organiser
        self.place_id = own_town or organiser_town  # the task's own town, or else its organiser's
        self.time_commitment = time_commitment
        self.no_danish_needed = no_danish_needed


def _task_groups(request, tasks, categories, localities, commitments, labels):
    """The filter panel of the task listing and the tasks that match it, counted in memory.

    The same faceting as core.listing.FacetedListing (several values of a filter widen, filters narrow, each
    option counted given the other filters, an unknown value ignored), over the few thousand rows read once."""
    facets = [
        (Facet(PARAM_CATEGORY, _("Category"), term_choices(categories), None, None), lambda task: task.categories),
        (
            Facet(
                PARAM_TIME,
                _("Time commitment"),
                [Choice(slug, value, labels[value]) for slug, value in commitments],
                None,
                None,
            ),
            lambda task: {task.time_commitment},
        ),
        (Facet(PARAM_LOCALITY, _("Where"), term_choices(localities), None, None), lambda task: {task.place_id}),
    ]
    no_danish = Flag(PARAM_NO_DANISH, "no_danish_needed", _("No Danish needed"))
    no_danish_on = flag(request, no_danish.param)
    chosen = {facet.param: set(facet.chosen(request)) for facet, _keys in facets}

    def matches(task, skip=None):
        if no_danish_on and not task.no_danish_needed:
            return False
        return all(
            not chosen[facet.param] or facet.param == skip or keys(task) & chosen[facet.param] for facet, keys in facets
        )

    groups = []
    for facet, keys in facets:
        counts = {}
        for task in tasks:
            if matches(task, skip=facet.param):
                for key in keys(task):
                    counts[key] = counts.get(key, 0) + 1
        options = [
            FilterOption(
                facet.param, choice.slug, choice.label, counts.get(choice.key, 0), choice.key in chosen[facet.param]
            )
            for choice in facet.choices
        ]
        groups.append(FilterGroup(facet.param, facet.legend, options))
    found = [task for task in tasks if matches(task)]
    flagged = sum(1 for task in found if task.no_danish_needed)
    groups.append(
        FilterGroup(
            "flags", _("Language"), [FilterOption(no_danish.param, "1", no_danish.label, flagged, no_danish_on)]
        )
    )
    return [group for group in groups if group.options], found


def _open_tasks(site_root_path, locale_id, today):
    """Every open task of the site's visible organisers, as the filters see it (``_Task``): two queries."""
    VolunteerTaskPage = _model("VolunteerTaskPage")
    private = private_q()  # one look at the view restrictions, for tasks and organisers
    organisers = _organisers_by_path(site_root_path, private)
    rows = (
        VolunteerTaskPage.objects.live()
        .exclude(private)
        .open_on(today)
        .filter(path__startswith=site_root_path, locale_id=locale_id)
        .values_list("pk", "path", "locality_id", "time_commitment", "no_danish_needed", "first_published_at")
        .order_by()
    )
    return [
        _Task(pk, path, town, commitment, no_danish, organisers[path[: -Page.steplen]], published)
        for pk, path, town, commitment, no_danish, published in rows
        if path[: -Page.steplen] in organisers
    ]


def task_listing(request, page):
    """Context of "Bliv frivillig": every open task of the site's live organisers, filtered and counted.

    Four queries whatever the number of tasks: the visible organisers (with towns and categories), the open tasks'
    few filter columns, the page of results, and those tasks' organisers for the cards; the facets are counted
    in memory from the first two."""
    VolunteerTaskPage = _model("VolunteerTaskPage")
    categories, localities = vocabulary(_model("Category")), site_localities(request)

    site_root_path = page.path[: -Page.steplen]  # the home page this listing sits under
    today = timezone.localdate()
    # What the filters count, the same for every visitor until a change bumps the pages generation or the day
    # turns (a deadline passes): 2,000 open tasks of 5,000 organisers took ~75 of the listing's ~180 ms to read.
    tasks = cachegen.cached(
        f"task-listing:2:{site_root_path}:{page.locale_id}:{today.isoformat()}",  # 2: _Task.newest
        lambda: _open_tasks(site_root_path, page.locale_id, today),
    )
    labels = dict(VolunteerTaskPage.COMMITMENT_CHOICES)
    # Time commitments by the words used in addresses.
    commitments = [
        ("engangsopgave", VolunteerTaskPage.ONE_OFF),
        ("ugentlig", VolunteerTaskPage.WEEKLY),
        ("fleksibel", VolunteerTaskPage.FLEXIBLE),
    ]
    groups, found = _task_groups(request, tasks, categories, localities, commitments, labels)
    sort, ordering, sort_options = chosen_sort(request, TASK_SORTS)
    shown = VolunteerTaskPage.objects.select_related("locality", "locale").defer("what_you_do")
    if sort == NEWEST:
        # The default order is known from the rows already read: page here, fetch the twelve shown by id.
        page_obj = paginate(request, sorted(found, key=lambda task: task.newest), len(found))
        by_id = shown.in_bulk([task.pk for task in page_obj.object_list])
        page_obj.object_list = [by_id[task.pk] for task in page_obj.object_list if task.pk in by_id]
    else:
        # By deadline or title the database orders, with its collation, as it always has.
        page_obj = paginate(request, shown.filter(pk__in=[task.pk for task in found]).order_by(*ordering), len(found))
    by_pk = {task.pk: task for task in found}
    for task in page_obj.object_list:
        task.parent_path, task.place_id = by_pk[task.pk].parent_path, by_pk[task.pk].place_id
    _attach_organisers(page_obj.object_list, localities)
    return listing_context(request, page.get_url(request) or "", groups, page_obj, len(found), sort_options)


def _attach_organisers(tasks, localities):
    """Give each task in a list its organiser and the place to show, with one query for them all.

    The organisers are read as plain pages (title, address and type are all a card shows), so
    associations and kommune units come in the same query; the place is the town the listing
    already worked out (``place_id``), looked up among the towns it has already read.
    ``task.association`` is the organiser when it is an association (None for a unit)."""
    AssociationPage = _model("AssociationPage")
    towns = {town.pk: town for town in localities}
    paths = {task.parent_path for task in tasks}
    organisers = {
        organiser.path: organiser
        for organiser in Page.objects.filter(path__in=paths)
        .select_related("locale")
        .only("id", "path", "depth", "title", "url_path", "content_type_id", "locale")
    }
    for task in tasks:
        task.organiser = organisers.get(task.parent_path)
        is_association = task.organiser is not None and task.organiser.specific_class is AssociationPage
        task.association = task.organiser if is_association else None
        task.place = towns.get(task.place_id)


def open_tasks(organiser):
    """The organiser's (an association's or a kommune unit's) open volunteer tasks, soonest deadline first."""
    return list(
        _model("VolunteerTaskPage")
        .objects.child_of(organiser)
        .live()
        .exclude(private_q())
        .open_on()
        .select_related("locality", "locale")
        .defer("what_you_do")
        .order_by(F("deadline").asc(nulls_last=True), name_sort_key(), "pk")
    )


def association_context(request, page):
    """Everything an association page shows, each kind of thing fetched in one query.

    Its contacts and links are prefetched on the page, so its JSON-LD (directory/structured_data.py)
    reads the same rows."""
    prefetch_related_objects([page], "contacts", "social_links")
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


def unit_context(request, page):
    """A kommune unit's page: its vocabularies and its open projects, each fetched in one query."""
    return {
        "categories": list(page.categories.all()),
        "target_groups": list(page.target_groups.all()),
        "open_tasks": open_tasks(page),
    }


def task_context(request, page):
    """A task page: the task and its organiser (an association or a kommune unit), with how to get in touch.

    ``association`` is the organiser when it is an association (templates and other apps that
    only know associations keep working); ``unit`` when it is a kommune unit."""
    AssociationPage, KommuneUnitPage = _model("AssociationPage"), _model("KommuneUnitPage")
    parent = page.get_parent()  # routing has already fetched the organiser; no query here
    organiser = parent if isinstance(parent, (AssociationPage, KommuneUnitPage)) else getattr(parent, "specific", None)
    if not isinstance(organiser, (AssociationPage, KommuneUnitPage)):
        organiser = None
    association = organiser if isinstance(organiser, AssociationPage) else None
    unit = organiser if isinstance(organiser, KommuneUnitPage) else None
    uses_form = bool(association and association.contact_form_enabled)
    return {
        "organiser": organiser,
        "association": association,
        "unit": unit,
        "place": page.locality or (organiser.locality if organiser else None),
        "contacts": list(association.contacts.all()) if association and not uses_form else [],
        "uses_contact_form": uses_form,
        "task_is_open": page.is_open,
    }

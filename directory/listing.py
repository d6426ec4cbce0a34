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

from django.apps import apps
from django.db.models import BigIntegerField, Count, F, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.listing import (
    Choice,
    Facet,
    FacetedListing,
    Flag,
    chosen_sort,
    listing_context,
    m2m,
    name_sort_key,
    paginate,
    term_choices,
    vocabulary,
)

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
TASK_SORTS = {
    "nyeste": (_("Newest first"), lambda: [F("first_published_at").desc(nulls_last=True), "-pk"]),
    "frist": (_("Deadline (soonest first)"), lambda: [F("deadline").asc(nulls_last=True), name_sort_key(), "pk"]),
    "titel": (_("Title (A–Å)"), lambda: [name_sort_key().asc(), "pk"]),
}


def _model(name):
    """A directory model, looked up in the app registry (directory.models imports this module)."""
    return apps.get_model("directory", name)


def association_listing(request, page):
    """Context of the directory index: live associations under it, filtered, counted, paginated."""
    AssociationPage, Category = _model("AssociationPage"), _model("Category")
    categories, target_groups = vocabulary(Category), vocabulary(_model("TargetGroup"))
    localities = vocabulary(_model("Locality"))
    base = AssociationPage.objects.child_of(page).live().public().filter(locale_id=page.locale_id).order_by()
    listing = FacetedListing(
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
    )
    groups = listing.groups()
    _key, ordering, sort_options = chosen_sort(request, ASSOCIATION_SORTS)
    results = (
        listing.narrowed()
        .select_related("locality", "locale")
        .prefetch_related(Prefetch("categories", queryset=Category.objects.only("id", "name", "slug", "sort_order")))
        .defer("description")
        .order_by(*ordering)
    )
    page_obj = paginate(request, results, listing.total)
    return listing_context(request, page.get_url(request) or "", groups, page_obj, listing.total, sort_options)


def _parent_path():
    """The tree path of a page's parent, as an SQL expression (Wagtail paths are 4 characters a level)."""
    return Substr("path", 1, (F("depth") - 1) * Page.steplen)


def _task_category_facet(categories):
    """Categories belong to the association: a task has the categories of the association it is under."""
    AssociationPage = _model("AssociationPage")
    through, source, target = m2m(AssociationPage, "categories")

    def narrow(tasks, category_ids):
        with_category = AssociationPage.objects.filter(
            pk__in=through.objects.filter(**{f"{target}__in": category_ids}).values(source)
        ).values("path")
        return tasks.filter(parent_path__in=with_category)

    def count(tasks):
        """Count the tasks per association, then add them up per category of the association."""
        tasks_per_association = dict(tasks.values_list("parent_path").annotate(n=Count("pk")).order_by())
        with_tasks = AssociationPage.objects.filter(path__in=tasks.values("parent_path"))
        category_links = through.objects.filter(**{f"{source}__in": with_tasks}).values_list(
            target, "associationpage__path"
        )
        counts = {}
        for category_id, path in category_links:
            counts[category_id] = counts.get(category_id, 0) + tasks_per_association.get(path, 0)
        return counts

    return Facet(PARAM_CATEGORY, _("Category"), term_choices(categories), narrow, count)


def task_listing(request, page):
    """Context of "Bliv frivillig": every open task of the site's live associations, filtered and counted."""
    AssociationPage, VolunteerTaskPage = _model("AssociationPage"), _model("VolunteerTaskPage")
    categories, localities = vocabulary(_model("Category")), vocabulary(_model("Locality"))

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
    labels = dict(VolunteerTaskPage.COMMITMENT_CHOICES)
    # Time commitments by the words used in addresses.
    commitments = [
        ("engangsopgave", VolunteerTaskPage.ONE_OFF),
        ("ugentlig", VolunteerTaskPage.WEEKLY),
        ("fleksibel", VolunteerTaskPage.FLEXIBLE),
    ]
    listing = FacetedListing(
        request,
        base,
        [
            _task_category_facet(categories),
            Facet.on_field(
                PARAM_TIME,
                _("Time commitment"),
                [Choice(slug, value, labels[value]) for slug, value in commitments],
                "time_commitment",
            ),
            Facet.on_field(PARAM_LOCALITY, _("Where"), term_choices(localities), "place_id"),
        ],
        flags=[Flag(PARAM_NO_DANISH, "no_danish_needed", _("No Danish needed"))],
        flags_legend=_("Language"),
    )
    groups = listing.groups()
    _key, ordering, sort_options = chosen_sort(request, TASK_SORTS)
    results = listing.narrowed().select_related("locality", "locale").defer("what_you_do").order_by(*ordering)
    page_obj = paginate(request, results, listing.total)
    _attach_associations(page_obj.object_list)
    return listing_context(request, page.get_url(request) or "", groups, page_obj, listing.total, sort_options)


def _attach_associations(tasks):
    """Give each task in a list its association (and the place to show) with one query for them all."""
    paths = {task.parent_path for task in tasks}
    associations = {
        association.path: association
        for association in _model("AssociationPage")
        .objects.filter(path__in=paths)
        .select_related("locality", "locale")
        .defer("description")
    }
    for task in tasks:
        task.association = associations.get(task.parent_path)
        task.place = task.locality or (task.association.locality if task.association else None)


def open_tasks(association):
    """The association's open volunteer tasks, soonest deadline first."""
    return list(
        _model("VolunteerTaskPage")
        .objects.child_of(association)
        .live()
        .public()
        .open_on()
        .select_related("locality", "locale")
        .defer("what_you_do")
        .order_by(F("deadline").asc(nulls_last=True), name_sort_key(), "pk")
    )


def association_context(request, page):
    """Everything an association page shows, each kind of thing fetched in one query."""
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
    AssociationPage = _model("AssociationPage")
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

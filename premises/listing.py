"""What citizens and associations see of the premises: the filtered list and one place's page.

The list is core.listing's faceted listing: the town (``sted``) and the facilities (``facilitet``,
several ticked: any of them), the flags "free" (``gratis``) and "step-free" (``trinfri``), and a
minimum number of people (``personer``, a whole number). An unknown town or facility is ignored, as
everywhere; a minimum that is not a whole number is named next to its field and the answer is 400,
with the rest of the list as it would be without it. The list costs the same queries however many
premises there are. The pages call these functions (premises.models imports this module), so the
models are looked up in the app registry.
"""

from django.apps import apps
from django.db.models import Prefetch
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core.listing import (
    Facet,
    FacetedListing,
    Flag,
    chosen_sort,
    listing_context,
    name_sort_key,
    paginate,
    term_choices,
    vocabulary,
)
from core.pages import private_q

PARAM_LOCALITY = "sted"
PARAM_FACILITY = "facilitet"
PARAM_CAPACITY = "personer"
PARAM_FREE = "gratis"
PARAM_STEP_FREE = "trinfri"
CAPACITY_ERROR = "capacity_error"
MAX_CAPACITY_DIGITS = 6

SORTS = {
    "navn": (_("Name (A–Å)"), lambda: [name_sort_key().asc(), "pk"]),
    "stoerst": (_("Largest first"), lambda: ["-capacity", name_sort_key().asc(), "pk"]),
}


def _model(app, name):
    return apps.get_model(app, name)


def read_capacity(request):
    """The minimum number of people asked for: (number or None, what was typed, an error message or "")."""
    typed = request.GET.get(PARAM_CAPACITY, "").strip()[:20]
    if not typed:
        return None, "", ""
    if typed.isdigit() and len(typed) <= MAX_CAPACITY_DIGITS:
        return int(typed), typed, ""
    return None, typed, gettext("Write the number of people as a whole number, for example 20.")


def premises_listing(request, page):
    """Context of "Lokaler": live premises under it, filtered, counted and paginated."""
    PremisesPage = _model("premises", "PremisesPage")
    # The towns of the site serving the request and the shared ones (several kommuner on one installation).
    localities = vocabulary(_model("directory", "Locality").objects.for_site(Site.find_for_request(request)))
    facilities = vocabulary(_model("premises", "Facility"))
    capacity, typed, error = read_capacity(request)
    base = PremisesPage.objects.child_of(page).live().exclude(private_q()).filter(locale_id=page.locale_id).order_by()
    if capacity:
        base = base.filter(capacity__gte=capacity)
    listing = FacetedListing(
        request,
        base,
        [
            Facet.on_field(PARAM_LOCALITY, _("Where"), term_choices(localities), "locality_id"),
            Facet.on_m2m(PARAM_FACILITY, _("Facilities"), term_choices(facilities), PremisesPage, "facilities"),
        ],
        flags=[
            Flag(PARAM_FREE, "is_free", _("Free to borrow")),
            Flag(PARAM_STEP_FREE, "step_free", _("Step-free access")),
        ],
        flags_legend=_("Price and access"),
    )
    groups = listing.groups()
    _key, ordering, sort_options = chosen_sort(request, SORTS)
    results = (
        listing.narrowed()
        .select_related("locality", "locale")
        .prefetch_related(Prefetch("facilities", queryset=_model("premises", "Facility").objects.all()))
        .defer("description")
        .order_by(*ordering)
    )
    page_obj = paginate(request, results, listing.total)
    context = listing_context(request, page.get_url(request) or "", groups, page_obj, listing.total, sort_options)
    context.update({"capacity_typed": typed, CAPACITY_ERROR: error})
    if capacity:
        label = gettext("At least %(count)s people") % {"count": capacity}
        context["active_filters"].insert(0, {"label": label, "remove_url": _without(request, page)})
        context["filters_active"] = True
    return context


def _without(request, page):
    params = request.GET.copy()
    params.pop(PARAM_CAPACITY, None)
    params.pop("page", None)
    query = params.urlencode()
    base = page.get_url(request) or ""
    return f"{base}?{query}" if query else base


def premises_context(request, page):
    """A place's page: its rooms, facilities and photos, each fetched in one query."""
    return {
        "rooms": list(page.rooms.all()),
        "facilities": list(page.facilities.all()),
        "photos": list(page.photos.select_related("image").prefetch_related("image__renditions")),
    }

"""What citizens see of the events: the calendar with its filters, the archive, and an event page's context.

The calendar is core.listing's faceted listing: the filters live in the address as GET
parameters (Danish names, the vocabularies' slugs), so a filtered calendar can be bookmarked
and shared, for example ``/arrangementer/?type=kursus&maaned=2026-12&sted=egebjerg&gratis=ja``.
Several values of one filter widen the result (OR); different filters narrow it (AND); an
unknown value is ignored. Every filter is counted with one aggregate query, so the calendar
costs the same number of queries with 10 or 1,000 events.

The calendar lists the events of its site (under the calendar page and under the associations)
that have not ended yet, the next date first; a cancelled one stays, marked, until its date has
passed. The archive lists the events that have ended, the latest first, without the cancelled ones.

The page models call these functions (events.models imports this module), so this module
imports no events model: it looks them up in Django's app registry when a page is shown.
"""

from datetime import datetime

from django.apps import apps
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear, Substr
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from core import pagecache
from core.listing import Choice, Facet, FacetedListing, Flag, listing_context, paginate, term_choices, vocabulary
from core.pages import private_q

# Parameter names are Danish: they end up in addresses citizens share.
PARAM_TYPE = "type"
PARAM_MONTH = "maaned"
PARAM_CATEGORY = "kategori"
PARAM_LOCALITY = "sted"
PARAM_FREE = "gratis"
PARAM_NO_DANISH = "uden-dansk"

MONTHS_SHOWN = 12

EVENT_FLAGS = [
    Flag(PARAM_FREE, "is_free", _("Free")),
    Flag(PARAM_NO_DANISH, "no_danish_needed", _("No Danish needed")),
]


def _model(name, app="events"):
    return apps.get_model(app, name)


def month_start(year, month):
    """The first moment of a month, in the kommune's time zone."""
    return timezone.make_aware(datetime(year, month, 1))


def add_months(year, month, count):
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def month_choices(today, forward=True):
    """The months a citizen can pick: this one and the next eleven (the archive: the last twelve, newest first)."""
    steps = range(MONTHS_SHOWN) if forward else range(0, -MONTHS_SHOWN, -1)
    choices = []
    for step in steps:
        year, month = add_months(today.year, today.month, step)
        label = date_format(datetime(year, month, 1), "F Y")
        choices.append(Choice(f"{year:04d}-{month:02d}", year * 100 + month, label[:1].upper() + label[1:]))
    return choices


def month_facet(choices):
    """Events with a date in any of the chosen months; counted per month from the dates, each event once a month."""
    EventDate = _model("EventDate")
    tz = timezone.get_current_timezone()

    def narrow(events, keys):
        condition = Q(pk__in=[])
        for key in keys:
            year, month = divmod(key, 100)
            next_year, next_month = add_months(year, month, 1)
            condition |= Q(start__gte=month_start(year, month), start__lt=month_start(next_year, next_month))
        return events.filter(pk__in=EventDate.objects.filter(condition).values("event_id"))

    def count(events):
        rows = (
            EventDate.objects.filter(event_id__in=events.values("pk"))
            .annotate(year=ExtractYear("start", tzinfo=tz), month=ExtractMonth("start", tzinfo=tz))
            .values_list("year", "month")
            .annotate(n=Count("event_id", distinct=True))
            .order_by()
        )
        return {year * 100 + month: n for year, month, n in rows}

    return Facet(PARAM_MONTH, _("Month"), choices, narrow, count)


def type_choices():
    EventPage = _model("EventPage")
    labels = dict(EventPage.TYPE_CHOICES)
    return [Choice(slug, value, labels[value]) for value, slug in EventPage.TYPE_SLUGS.items()]


def site_events(page, now=None):
    """The live, public events of the site a page belongs to (the home page is the calendar's parent)."""
    EventPage = _model("EventPage")
    site_root_path = page.path[: -Page.steplen] if page.depth > 2 else page.path
    return (
        EventPage.objects.live().exclude(private_q()).filter(path__startswith=site_root_path, locale_id=page.locale_id)
    )


def _parent_path():
    """The tree path of a page's parent, as an SQL expression (Wagtail paths are 4 characters a level)."""
    return Substr("path", 1, (F("depth") - 1) * Page.steplen)


def with_next_start(events, now):
    """Each event's next date still ahead (or its first, when all have begun), for sorting and for its card."""
    EventDate = _model("EventDate")
    upcoming = EventDate.objects.filter(event_id=OuterRef("pk"), start__gte=now).order_by("start").values("start")[:1]
    return events.annotate(next_start=Coalesce(Subquery(upcoming), "starts_at"))


def event_listing(request, page, archive=False):
    """Context of the calendar (or its archive): the site's events, filtered, counted and paginated."""
    EventPage = _model("EventPage")
    Category, Locality = _model("Category", "directory"), _model("Locality", "directory")
    now = timezone.now()
    # The towns of the site serving the request and the shared ones (several kommuner on one installation).
    categories, localities = vocabulary(Category), vocabulary(Locality.objects.for_site(Site.find_for_request(request)))
    events = site_events(page, now)
    # The archive leaves out what was cancelled: it did not take place.
    base = events.past(now).filter(is_cancelled=False) if archive else events.upcoming(now)
    base = base.order_by()
    months = month_choices(timezone.localdate(), forward=not archive)
    listing = FacetedListing(
        request,
        base,
        [
            Facet.on_field(PARAM_TYPE, _("Type"), type_choices(), "event_type"),
            month_facet(months),
            Facet.on_m2m(PARAM_CATEGORY, _("Category"), term_choices(categories), EventPage, "categories"),
            Facet.on_field(PARAM_LOCALITY, _("Where"), term_choices(localities), "locality_id"),
        ],
        flags=EVENT_FLAGS,
        flags_legend=_("Price and language"),
        # What is upcoming moves on by itself: the counts are kept for the minute (and until a change), so an
        # event that has just begun may be counted for up to a minute, as the front page's sections are.
        keep=f"events:{page.pk}:{'archive' if archive else 'upcoming'}:{int(now.timestamp() // 60)}",
        keep_seconds=60,
    )
    groups = listing.groups()
    for group in groups:
        if group.key in (PARAM_MONTH, PARAM_TYPE):  # months and types nobody uses are just noise
            group.options = [option for option in group.options if option.count or option.checked]
    groups = [group for group in groups if group.options]
    results = listing.narrowed().select_related("locality", "locale").defer("body")
    if archive:
        results = results.order_by(F("ends_at").desc(nulls_last=True), "-pk")
    else:
        results = with_next_start(results, now).order_by(F("next_start").asc(nulls_last=True), "pk")
    page_obj = paginate(request, results, listing.total)
    attach_card_details(page_obj.object_list, now)
    context = listing_context(request, page.get_url(request) or "", groups, page_obj, listing.total)
    context["archive"] = archive
    return context


def attach_card_details(events, now=None):
    """Give each event of a list its organiser and its dates, with one query each for the whole list."""
    now = now or timezone.now()
    AssociationPage, EventDate = _model("AssociationPage", "directory"), _model("EventDate")
    events = list(events)
    if not events:
        return events
    parents = {event.path[: -Page.steplen] for event in events}
    organisers = {
        organiser.path: organiser
        for organiser in Page.objects.filter(path__in=parents)
        .select_related("locale")
        .only("id", "path", "depth", "title", "url_path", "content_type_id", "locale")
    }
    dates = {}
    for date in EventDate.objects.filter(event_id__in=[event.pk for event in events]).order_by("start"):
        dates.setdefault(date.event_id, []).append(date)
    for event in events:
        organiser = organisers.get(event.path[: -Page.steplen])
        event.association = organiser if organiser and organiser.specific_class is AssociationPage else None
        event.card_dates = dates.get(event.pk, [])
        ahead = [date for date in event.card_dates if (date.end or date.start) >= now]
        event.shown_date = ahead[0] if ahead else (event.card_dates[-1] if event.card_dates else None)
        event.more_dates = max(len(ahead) - 1, 0)
    return events


def upcoming_events(page, request=None, limit=3, organiser=None):
    """The next few events of the site (or of one association, ``organiser``), soonest first, for a section.

    The home page leaves cancelled events out (its three places are for what happens); an
    association's own list keeps them, marked, until their date, as the calendar does."""
    now = timezone.now()
    if organiser is not None:
        events = _model("EventPage").objects.child_of(organiser).live().exclude(private_q()).upcoming(now)
    else:
        events = site_events(page, now).upcoming(now).filter(is_cancelled=False)
    events = with_next_start(events, now)
    events = events.select_related("locality").defer("body").order_by("next_start", "pk")[:limit]
    return attach_card_details(events, now)


def event_context(request, page):
    """Everything an event page shows, each kind of thing fetched in one query."""
    AssociationPage = _model("AssociationPage", "directory")
    parent = page.get_parent()  # routing has already fetched it
    parent = parent.specific if not isinstance(parent, AssociationPage) else parent
    association = parent if isinstance(parent, AssociationPage) else None
    organiser = association or page.organiser_unit
    now = timezone.now()
    dates = list(page.dates.order_by("start"))
    # The page changes by itself when a date has passed or sign-up closes: the page cache keeps it no longer.
    for moment in [page.signup_deadline, *(date.end or date.start for date in dates)]:
        pagecache.until(request, moment)
    return {
        "association": association,
        "organiser": organiser,
        "unit": page.organiser_unit if association is None else None,
        "dates": dates,
        "upcoming_dates": [date for date in dates if (date.end or date.start) >= now],
        "event_is_past": bool(page.ends_at and page.ends_at < now),
        "categories": list(page.categories.all()),
        "target_groups": list(page.target_groups.all()),
    }

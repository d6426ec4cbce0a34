"""Puts the events' demo content in place for ``manage.py load_demo``: the calendar and its events.

Like the rest of the demo it only creates what is missing (pages found by slug under their
parent), so a second run changes nothing and never overwrites an editor's changes. Dates are
relative to the day the demo is loaded, so there are always past and upcoming events.
"""

import uuid
from datetime import datetime, timedelta

from django.utils import timezone
from wagtail.models import Page

from directory.demo.content import LOCALITIES
from directory.models import AssociationPage, Category, KommuneUnitPage, Locality, TargetGroup
from policy.models import FocusAreaPage

from ..models import EventDate, EventIndexPage, EventPage
from . import content


def load(command, home, pages):
    calendar = Page.objects.child_of(home).filter(slug=content.CALENDAR["slug"]).specific().first()
    if calendar is not None and not isinstance(calendar, EventIndexPage):
        command.stderr.write(f"Skipped the events' demo: /{content.CALENDAR['slug']}/ is not an event calendar.")
        return
    if calendar is None:
        spec = content.CALENDAR
        calendar = EventIndexPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            search_description=spec["search_description"],
            show_in_menus=True,
            live=False,
        )
        home.add_child(instance=calendar)
        calendar.save_revision().publish()
        command.report(f"Created the page {calendar.title!r}")
    pages[content.CALENDAR["key"]] = calendar

    slugs = {spec["parent"] for spec in content.EVENTS} - {"kommune"}
    parents = {page.slug: page for page in AssociationPage.objects.filter(slug__in=slugs)}
    parents["kommune"] = calendar
    units = {page.slug: page for page in KommuneUnitPage.objects.all()}
    towns = {town.slug: town for town in Locality.objects.sources()}
    postcodes = {spec["slug"]: spec for spec in LOCALITIES}
    categories = {term.name: term for term in Category.objects.sources()}
    groups = {term.name: term for term in TargetGroup.objects.sources()}
    existing = {
        (page.path[: -Page.steplen], page.slug)
        for page in EventPage.objects.filter(slug__in=[spec["slug"] for spec in content.EVENTS])
    }
    created = []
    for spec in content.EVENTS:
        parent = parents.get(spec["parent"])
        if parent is None or (parent.path, spec["slug"]) in existing:
            continue
        town = postcodes.get(spec["town"], {})
        contact = spec.get("contact", ("", "", ""))
        page = EventPage(
            title=spec["title"],
            slug=spec["slug"],
            event_type=spec["type"],
            summary=spec["summary"],
            body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in spec["body"]],
            place_name=spec["place"],
            street=spec["street"],
            postcode=town.get("postcode", ""),
            city=town.get("name", ""),
            locality=towns.get(spec["town"]),
            accessible_venue=spec.get("accessible", False),
            accessibility_note=spec.get("accessibility_note", ""),
            is_free=spec["free"],
            price=spec.get("price", ""),
            no_danish_needed=spec.get("no_danish", False),
            organiser_unit=units.get(spec.get("unit", "")),
            contact_name=contact[0],
            contact_email=contact[1],
            contact_phone=contact[2],
            signup_method=spec.get("signup", EventPage.NONE),
            signup_url=spec.get("signup_url", ""),
            signup_capacity=spec.get("capacity"),
            is_cancelled=spec.get("cancelled", False),
            cancellation_note=spec.get("cancellation_note", ""),
            live=False,
        )
        page.dates = [
            EventDate(start=moment(days, start), end=moment(days, end), sort_order=order)
            for order, (days, start, end) in enumerate(spec["dates"])
        ]
        parent.add_child(instance=page)
        page.categories.set([categories[name] for name in spec.get("categories", [])])
        page.target_groups.set([groups[name] for name in spec.get("groups", [])])
        page.save_revision().publish()
        created.append(page)
    if created:
        command.report(f"Created {len(created)} events")


def link_initiatives(command):
    """Name the demo's events under "Carried out by" of the policy initiatives they serve (after the policy's demo).

    A link already there is left alone, so a second run changes nothing."""
    links = content.INITIATIVE_LINKS
    events = {page.slug: page for page in EventPage.objects.live().filter(slug__in=[slug for *_, slug in links])}
    areas = {page.slug: page for page in FocusAreaPage.objects.live().filter(slug__in=[slug for slug, *_ in links])}
    raw = {}  # focus area slug: its initiatives as stored, with the new links added
    for area_slug, title, event_slug in links:
        area, event = areas.get(area_slug), events.get(event_slug)
        if area is None or event is None:
            continue
        blocks = raw.setdefault(area_slug, list(area.initiatives.raw_data))
        for block in blocks:
            value = block.get("value", {})
            if block.get("type") != "initiative" or value.get("title") != title:
                continue
            chosen = value.setdefault("carried_out_by", [])
            if all(item.get("value") != event.pk for item in chosen):
                chosen.append({"type": "item", "value": event.pk, "id": str(uuid.uuid4())})
                area.events_linked = True
    changed = [area for area in areas.values() if getattr(area, "events_linked", False)]
    for area in changed:
        area.initiatives = raw[area.slug]
        area.save_revision().publish()
    if changed:
        command.report(f"Linked events to the initiatives of {len(changed)} focus areas")


def moment(days, clock):
    """An aware datetime ``days`` from today at ``clock`` ("18:30"), local time."""
    day = timezone.localdate() + timedelta(days=days)
    hour, minute = (int(part) for part in clock.split(":"))
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour, minute))

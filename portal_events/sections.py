"""Upcoming events on the home page and on an association's page (the hooks of core/sections.py)."""

from django.utils.translation import gettext as _
from wagtail import hooks

from core.pages import first_of
from core.sections import ASSOCIATION_SECTIONS_HOOK, HOME_SECTIONS_HOOK

from .listing import upcoming_events
from .models import EventIndexPage


def _items(events, request):
    items = []
    for event in events:
        meta = event.date_text
        if event.shown_date is not None:
            meta = event.shown_date.when
        if event.is_cancelled:
            meta = f"{_('Cancelled')}: {meta}"
        if event.association is not None:
            meta = f"{meta} · {event.association.title}"
        items.append({"title": event.title, "url": event.get_url(request), "text": event.summary, "meta": meta})
    return items


@hooks.register(HOME_SECTIONS_HOOK)
def upcoming_events_on_home(request, page):
    events = upcoming_events(page, request, limit=3)
    calendar = first_of(EventIndexPage.objects.child_of(page).live()) if events else None
    return {
        "key": "events",
        "heading": _("Upcoming events"),
        "items": _items(events, request),
        "order": 30,
        "more_url": calendar.get_url(request) if calendar else None,
        "more_text": _("All events"),
    }


@hooks.register(ASSOCIATION_SECTIONS_HOOK)
def association_events(request, page):
    events = upcoming_events(page, request, limit=5, organiser=page)
    return {"key": "events", "heading": _("Upcoming events"), "items": _items(events, request), "order": 30}

"""iCalendar feeds of the events: all of a site, one association's, one type's, and one event ("add to calendar").

Each date of an event is one VEVENT (a course of four evenings is four), with a UID that stays
the same for that date, so a calendar that subscribes to a feed updates rather than duplicates.
A cancelled event keeps its entries with STATUS:CANCELLED, so subscribed calendars strike it out.
The feeds hold the upcoming events and those of the last 90 days, so a calendar keeps recent history.
"""

from datetime import UTC, timedelta

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar
from icalendar import Event as CalendarEvent

FEED_HISTORY_DAYS = 90
DEFAULT_DURATION = timedelta(hours=2)


def feed_events(events, history=True):
    """Events for a feed, with their dates read at once; unless ``history``, none ended FEED_HISTORY_DAYS ago."""
    if history:
        events = events.filter(ends_at__gte=timezone.now() - timedelta(days=FEED_HISTORY_DAYS))
    return list(events.prefetch_related("dates").defer("body").order_by("starts_at", "pk"))


def calendar_for(events, name, request=None):
    """An icalendar Calendar of the events' dates."""
    calendar = Calendar()
    calendar.add("prodid", "-//Frivilligportal//Arrangementer//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    host = request.get_host().split(":")[0] if request is not None else "frivilligportal"
    stamp = timezone.now()
    for event in events:
        url = event.get_full_url(request)
        location = ", ".join(part for part in [event.place_name, *event.address_lines] if part)
        note = event.cancellation_note if event.is_cancelled else ""
        description = "\n\n".join(part for part in [event.summary, note, url or ""] if part)
        for date in sorted(event.dates.all(), key=lambda d: d.start):
            entry = CalendarEvent()
            entry.add("uid", f"event-{event.pk}-date-{date.pk}@{host}")
            entry.add("dtstamp", stamp)
            # In UTC ("…Z"): every calendar reads it the same way, with no VTIMEZONE to carry along.
            entry.add("dtstart", date.start.astimezone(UTC))
            entry.add("dtend", (date.end or date.start + DEFAULT_DURATION).astimezone(UTC))
            entry.add("summary", event.title)
            entry.add("description", description)
            if location:
                entry.add("location", location)
            if url:
                entry.add("url", url)
            entry.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
            if event.last_published_at:
                entry.add("last-modified", event.last_published_at)
            calendar.add_component(entry)
    return calendar


def ics_response(events, name, request=None, filename="kalender", history=True):
    """The feed as a text/calendar download."""
    calendar = calendar_for(feed_events(events, history), name, request)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slugify(filename) or "kalender"}.ics"'
    return response

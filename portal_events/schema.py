"""An event as schema.org JSON-LD (``Event``), for the template tag that renders every page's structured data.

Search engines read ``eventStatus`` (EventScheduled or EventCancelled) and ``eventAttendanceMode``
(the portal's events meet in person: OfflineEventAttendanceMode); ``location`` is a ``Place`` with
a ``PostalAddress``; ``offers`` says the price (0 when free); ``organizer`` is the association or
the kommune unit, or the kommune itself.
"""

import re
from decimal import Decimal, InvalidOperation

from django.utils import timezone
from wagtail.models import Site

from home.models import PortalSettings

SCHEMA = "https://schema.org"


def price_amount(text):
    """The first amount in a price like "50 kr. inkl. kaffe" (None when there is none)."""
    match = re.search(r"\d+(?:[.,]\d{1,2})?", text or "")
    if not match:
        return None
    try:
        return str(Decimal(match[0].replace(",", ".")))
    except InvalidOperation:
        return None


def _organiser(page, request):
    organiser = page.organiser_page()
    if organiser is not None:
        kind = "NGO" if organiser._meta.model_name == "associationpage" else "GovernmentOrganization"
        return {"@type": kind, "name": organiser.title, "url": organiser.get_full_url(request)}
    site = Site.find_for_request(request) if request is not None else Site.objects.filter(is_default_site=True).first()
    portal = PortalSettings.for_site(site) if site else None
    name = portal.kommune_name if portal else ""
    return {"@type": "GovernmentOrganization", "name": name, "url": site.root_url if site else None}


def event_schema(page, request=None):
    dates = sorted(page.dates.all(), key=lambda date: date.start)
    url = page.get_full_url(request)
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "eventStatus": f"{SCHEMA}/EventCancelled" if page.is_cancelled else f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": page.place_name or page.city or page.title,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": page.street,
                "postalCode": page.postcode,
                "addressLocality": page.city or (page.locality.name if page.locality else ""),
                "addressCountry": "DK",
            },
        },
        "organizer": _organiser(page, request),
        "isAccessibleForFree": page.is_free,
        "inLanguage": "da",
    }
    if dates:
        data["startDate"] = timezone.localtime(dates[0].start).isoformat()
        last = dates[-1]
        data["endDate"] = timezone.localtime(last.end or last.start).isoformat()
    amount = "0" if page.is_free else price_amount(page.price)
    if amount is not None:
        offer = {"@type": "Offer", "price": amount, "priceCurrency": "DKK", "url": url}
        if page.signup_method == page.LINK and page.signup_url:
            offer["url"] = page.signup_url
        data["offers"] = offer
    if len(dates) > 1:
        data["subEvent"] = [
            {
                "@type": "Event",
                "name": page.title,
                "startDate": timezone.localtime(date.start).isoformat(),
                "endDate": timezone.localtime(date.end or date.start).isoformat(),
                "eventStatus": data["eventStatus"],
                "eventAttendanceMode": data["eventAttendanceMode"],
                "location": data["location"],
            }
            for date in dates
        ]
    return data

"""schema.org for the portal's listing pages, which every feature app has one of.

The association directory, the task listing, the guides, the calendar, the funding pools and the
premises are each a ``CollectionPage`` of the portal's ``WebSite``, described by the listing's intro:

    class PremisesIndexPage(ListingStructuredData, Page): ...

Everything comes from the page and the site settings the frame has already read: no query.
"""

from core.structured_data import web_page

from .models import PortalSettings


class ListingStructuredData:
    def structured_data(self, request):
        portal = PortalSettings.for_request(request)
        return [
            web_page(
                self,
                request,
                "CollectionPage",
                description=getattr(self, "intro", ""),
                isPartOf=portal.website(request),
            )
        ]

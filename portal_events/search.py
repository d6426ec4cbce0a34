"""How events appear in the portal's search (the protocol is search/pages.py).

An event is one document of the kind "event" while it has not ended: its type, town, categories,
target groups, price and language as facet values, its organiser's name, and ``open_until`` the day
of its last date, after which it leaves the search by itself (a cancelled one too: it says so in
its summary until then). The page model mixes this class in; this module imports no events model.
"""

from django.utils import timezone
from django.utils.translation import gettext

from search.models import SearchDocument
from search.pages import SearchDocumentsMixin, document, field_text, joined, names


class EventSearch(SearchDocumentsMixin):
    def search_documents(self):
        if self.ends_at is None or self.ends_at < timezone.now():
            return []  # A past event is in the archive, not in the search.
        categories = list(self.categories.all())
        groups = list(self.target_groups.all())
        organiser = self.organiser_page()
        summary = self.summary
        if self.is_cancelled:
            summary = f"{gettext('Cancelled')}: {summary}"
        return [
            document(
                self,
                SearchDocument.EVENT,
                summary=summary,
                keywords=joined(
                    str(self.get_event_type_display()),
                    names(categories),
                    names(groups),
                    names([self.locality]),
                    self.city,
                    organiser.title if organiser else "",
                ),
                body=joined(field_text(self, "body"), self.place_name, self.accessibility_note),
                association_name=organiser.title if organiser else "",
                locality=self.locality,
                categories=categories,
                target_groups=groups,
                is_free=self.is_free,
                no_danish_needed=self.no_danish_needed,
                accessible_venue=self.accessible_venue,
                open_until=timezone.localtime(self.ends_at).date(),
            )
        ]

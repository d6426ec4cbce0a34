"""How premises appear in the portal's search (the protocol is search/pages.py).

One "premises" document per place, with its town as the locality facet, "free to borrow" as the
free flag and step-free access as the accessible-venue flag; its facilities, town and rooms are
words to find it by (the search has no facet of its own for facilities: the listing has).

The page model mixes this class in; it reads only the page it is given.
"""

from search.models import SearchDocument
from search.pages import SearchDocumentsMixin, document, joined, names, plain_text

KEYWORDS = "lokale lokaler låne booke mødelokale sal"


class PremisesSearch(SearchDocumentsMixin):
    def search_documents(self):
        facilities = list(self.facilities.all())
        rooms = list(self.rooms.all())
        return [
            document(
                self,
                SearchDocument.PREMISES,
                summary=joined(self.summary, ", ".join(self.address_lines)),
                keywords=joined(KEYWORDS, names(facilities), names([self.locality]), self.city),
                body=joined(
                    plain_text(self.description),
                    self.accessibility,
                    self.price,
                    " ".join(f"{room.name}. {room.description}" for room in rooms),
                    self.booking_note,
                ),
                locality=self.locality,
                is_free=self.is_free,
                accessible_venue=self.step_free,
            )
        ]

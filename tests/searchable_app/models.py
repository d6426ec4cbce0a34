"""A volunteer festival and its events: a new page type that describes its own search documents.

Nothing in search/ names these models: the festival says its events depend on it, the event
builds its document (with the festival's name, free entry as the "free" facet and its last day
as the day it leaves the search) from the helpers search/pages.py offers.
"""

from django.db import models
from wagtail.models import Page

from core.translation import page_fields
from search.models import SearchDocument
from search.pages import SearchDocumentsMixin, document, joined


class FestivalPage(SearchDocumentsMixin, Page):
    """A plain content page in the search; its events carry its name."""

    intro = models.TextField(blank=True)

    is_creatable = False  # Test-only: never offered in the admin.

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["intro"])

    def search_dependents(self):
        return self.get_children().specific()


class FestivalEventPage(SearchDocumentsMixin, Page):
    venue = models.CharField(max_length=120, blank=True)
    programme = models.TextField(blank=True)
    free_entry = models.BooleanField(default=False)
    last_day = models.DateField(null=True, blank=True)

    is_creatable = False

    # Texts a translator writes anew; facts that stay as in the Danish page (core/translation.py).
    translatable_fields = page_fields(translated=["venue", "programme"], synchronised=["free_entry", "last_day"])

    def search_documents(self):
        festival = self.get_parent().specific
        return [
            document(
                self,
                SearchDocument.PAGE,
                summary=self.venue,
                keywords=festival.title,
                body=joined(self.programme, self.venue),
                is_free=self.free_entry,
                open_until=self.last_day,
            )
        ]

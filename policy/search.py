"""How the volunteering policy and the guides appear in the portal's search (the protocol is search/pages.py).

A guide is one "guide" document with its topic and audiences as keywords. The policy, its focus
areas and its consultations are "policy" documents: their introduction is the summary, the rest
of their search fields the text. The page models mix these classes in.
"""

from search.models import SearchDocument
from search.pages import SearchDocumentsMixin, document, joined, names, plain_text, searchable_text


class GuideSearch(SearchDocumentsMixin):
    def search_documents(self):
        return [
            document(
                self,
                SearchDocument.GUIDE,
                summary=self.summary,
                keywords=joined(names([self.topic]), names(self.audiences.all())),
                body=searchable_text(self, skip=("title", "summary")),
            )
        ]


class PolicySearch(SearchDocumentsMixin):
    """The policy, a focus area or a consultation."""

    def search_documents(self):
        summary = getattr(self, "intro", "") or self.search_description or ""
        return [
            document(
                self,
                SearchDocument.POLICY,
                summary=plain_text(summary),
                body=searchable_text(self, skip=("title", "intro")),
            )
        ]

"""How a story appears in the portal's search (the protocol is search/pages.py).

A story is one "story" document: its introduction is the summary, its categories are the
category facet and its keywords, and its body, caption, byline and the names of what it is about
are the text. The names stay out of the keywords: a story about the homework café must not
outrank the homework café itself when a citizen searches for it (search/relevance/queries.json).
The page model mixes this class in; this module imports no stories model.
"""

from search.models import SearchDocument
from search.pages import SearchDocumentsMixin, document, field_text, joined, names


class StorySearch(SearchDocumentsMixin):
    def search_documents(self):
        categories = list(self.categories.all())
        about = [link.page.title for link in self.about_links.select_related("page") if link.page.live]
        return [
            document(
                self,
                SearchDocument.STORY,
                summary=self.intro,
                keywords=names(categories),
                body=joined(self.lead_image_caption, field_text(self, "body"), " ".join(about), self.byline),
                categories=categories,
            )
        ]

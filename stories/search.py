"""How a story appears in the portal's search (the protocol is search/pages.py).

A story is one "story" document: its introduction is the summary, its categories are the
category facet and keywords, the byline and the names of what it is about are keywords too,
and its body is the text. The page model mixes this class in; this module imports no stories model.
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
                keywords=joined(names(categories), " ".join(about), self.byline),
                body=joined(self.lead_image_caption, field_text(self, "body")),
                categories=categories,
            )
        ]

"""How a funding pool appears in the portal's search (the protocol is search/pages.py).

A pool is one "funding" document whatever its rounds say, so a pool whose rounds have all closed
is still found; its summary starts with where it stands ("Lukket: ingen runde er åben for
ansøgninger"). Each round that is open when the documents are built is one document more, of the
kind "funding_round" ("Åben for ansøgning nu" in the search's type facet): it leaves the search
after its deadline day (``open_until``), and a round that opens later is added when the documents
are rebuilt (publishing the pool, or the nightly ``manage.py update_index``).

The page model mixes this class in; it reads only the page it is given.
"""

from django.utils import translation

from search.models import SearchDocument
from search.pages import SearchDocumentsMixin, document, joined, plain_text

from . import rounds as round_rules

KEYWORDS = "pulje fond tilskud støtte ansøgning bevilling"


class FundingPoolSearch(SearchDocumentsMixin):
    def search_documents(self):
        with translation.override(self.locale.language_code):
            return self._documents()

    def _documents(self):
        rounds = list(self.rounds.all())
        grants = list(self.grants.select_related("association"))
        state = round_rules.PoolState(rounds)
        url = self.get_url() or self.url_path
        body = joined(
            plain_text(self.purpose),
            plain_text(self.who_may_apply),
            plain_text(self.criteria),
            plain_text(self.how_to_apply),
            " ".join(grant.recipient_name for grant in grants),
        )
        keywords = joined(KEYWORDS, " ".join(area.title for area in self.focus_areas.all()))
        docs = [
            document(
                self,
                SearchDocument.FUNDING,
                summary=f"{state.text}. {self.intro}",
                keywords=keywords,
                body=body,
            )
        ]
        for each in state.open_rounds:
            docs.append(
                {
                    "key": f"fundinground:{each.pk}",
                    "kind": SearchDocument.FUNDING_ROUND,
                    "title": f"{self.title}: {each.name}",
                    "summary": joined(
                        translation.gettext("Deadline %(deadline)s.") % {"deadline": each.deadline_text},
                        each.note,
                    ),
                    "keywords": joined(self.title, keywords),
                    "body": joined(self.intro, plain_text(self.who_may_apply)),
                    "url": f"{url}#runde-{each.pk}",
                    "open_until": round_rules.local_day(each.deadline),
                    "updated_at": self.last_published_at,
                }
            )
        return docs

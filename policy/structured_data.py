"""What the policy app's pages tell search engines (schema.org JSON-LD; the protocol is core/structured_data.py).

A guide is an ``Article`` written and published by the kommune, with the date it was last
reviewed (``lastReviewed`` on its page); the policy, its focus areas and its consultations are
``WebPage``s published by the kommune (a focus area ``isPartOf`` its policy, a consultation is
``about`` it: a consultation is a period to send a response in, not an event one attends); the
guide listing is a ``CollectionPage``. Everything comes from the page and its parent, which the
routing has already read, and the site settings the frame has read: no query of its own.
"""

from django.utils import translation

from core.structured_data import node, page_url, plain, text_of_html, thing, web_page
from home.models import PortalSettings


def _policy_link(page, request):
    """The page's parent, the policy (routing has fetched it), as a CreativeWork to point to."""
    parent = page.get_parent()
    return node("CreativeWork", name=parent.title, url=page_url(parent, request)) if parent else None


class PolicyStructuredData:
    def structured_data(self, request):
        portal = PortalSettings.for_request(request)
        kommune = portal.organisation(request)
        return [
            web_page(
                self,
                request,
                description=self.intro,
                isPartOf=portal.website(request),
                publisher=kommune,
                # The council's adoption, when it has been adopted: the date the text took effect.
                dateCreated=self.adopted_on,
            )
        ]


class FocusAreaStructuredData:
    def structured_data(self, request):
        portal = PortalSettings.for_request(request)
        return [
            web_page(
                self,
                request,
                description=text_of_html(self.intro, 300),
                isPartOf=_policy_link(self, request),
                publisher=portal.organisation(request),
            )
        ]


class ConsultationStructuredData:
    def structured_data(self, request):
        portal = PortalSettings.for_request(request)
        return [
            web_page(
                self,
                request,
                description=self.intro,
                about=_policy_link(self, request),
                publisher=portal.organisation(request),
            )
        ]


class GuideStructuredData:
    def structured_data(self, request):
        portal = PortalSettings.for_request(request)
        kommune = portal.organisation(request)
        url = page_url(self, request)
        return [
            thing(
                "Article",
                headline=self.title[:110],  # Google shows at most 110 characters
                description=plain(self.summary),
                url=url,
                mainEntityOfPage=node("WebPage", **{"@id": url}, lastReviewed=self.last_reviewed_on),
                datePublished=self.first_published_at,
                dateModified=self.last_published_at,
                author=kommune,
                publisher=kommune,
                about=node("Thing", name=self.topic.localized.name) if self.topic_id else None,
                inLanguage=translation.get_language(),
                isPartOf=portal.website(request),
            )
        ]

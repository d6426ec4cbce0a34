"""The cards of what a story is about: the associations, tasks, focus areas and events it names.

A story's links are read with the page each points to, then the pages' own fields in one query
per page type (Wagtail's ``specific()``), so a story about twenty pages costs what a story
about two does. A page that is not live and public (an association gone, a task unpublished) is
left out rather than shown as a dead link.
"""

from django.utils.text import Truncator
from wagtail.models import Page

from core.pages import private_q
from search.pages import plain_text

CARD_TEXT_WORDS = 40


def card_text(page):
    """A page's short text for a card: its summary, else its introduction as plain text."""
    text = getattr(page, "summary", "") or plain_text(getattr(page, "intro", "") or "") or page.search_description
    return Truncator(text).words(CARD_TEXT_WORDS)


def about_cards(request, links):
    """[{"title", "url", "type", "text", "page"}] of the live, public pages the links point to, in the links' order."""
    ids = [link.page_id for link in links]
    if not ids:
        return []
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).live().exclude(private_q()).specific()}
    cards = []
    for page_id in dict.fromkeys(ids):
        page = pages.get(page_id)
        if page is None:
            continue
        cards.append(
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": page._meta.verbose_name,
                "text": card_text(page),
                "page": page,
            }
        )
    return cards

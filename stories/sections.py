"""The stories' sections: the front page's good stories and an association's stories (core/sections.py).

The front page shows the featured stories first, then the newest; an association's page shows
the stories that name it among what they are about. Each is one query for the stories: a story
under a page with a view restriction is left out inside that query (``unrestricted``), rather
than by Wagtail's ``public()``, which reads every restriction first in a query of its own.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import PageViewRestriction

from core.pages import first_of
from core.sections import ASSOCIATION_SECTIONS_HOOK, HOME_SECTIONS_HOOK

from .models import StoryIndexPage, StoryPage

HOME_STORIES = 3
ASSOCIATION_STORIES = 4


def items(request, stories):
    return [
        {
            "title": story.title,
            "url": story.get_url(request),
            "text": story.intro,
            "meta": date_format(story.story_date, "j. F Y"),
        }
        for story in stories
    ]


def unrestricted(queryset):
    """The pages of ``queryset`` with no view restriction on them or above them, in the same query."""
    restrictions = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(page__path=F("prefix"))
    return queryset.filter(~Exists(restrictions))


def live_stories():
    return unrestricted(StoryPage.objects.live()).defer("body").order_by("-story_date", "-pk")


@hooks.register(HOME_SECTIONS_HOOK)
def home_stories(request, page):
    stories = list(live_stories().descendant_of(page).order_by("-featured", "-story_date", "-pk")[:HOME_STORIES])
    if not stories:
        return None
    index = first_of(unrestricted(StoryIndexPage.objects.live().child_of(page)))
    section = {"key": "stories", "heading": _("Good stories"), "items": items(request, stories), "order": 40}
    if index is not None:
        section.update(more_url=index.get_url(request), more_text=_("All stories"))
    return section


@hooks.register(ASSOCIATION_SECTIONS_HOOK)
def association_stories(request, page):
    stories = list(live_stories().filter(about_links__page_id=page.pk).distinct()[:ASSOCIATION_STORIES])
    return {
        "key": "stories",
        "heading": _("Stories about the association"),
        "items": items(request, stories),
        "order": 40,
    }

"""Sections that other apps add to a page through a hook, so the page's own app need not know them.

The home page asks ``portal_home_sections`` ("Have your say", upcoming events, open funding
deadlines); an association's page asks ``association_page_sections`` (its events, its stories).
A hook is called with ``(request, page)`` and returns a dict or None::

    {"key": "events", "heading": "Kommende arrangementer", "items": [...], "order": 30,
     "template": "events/_section.html", "more_url": "/arrangementer/", "more_text": "Alle arrangementer"}

A section without items is left out, so a page shows no empty headings; sections are sorted by
``order`` (default 100). ``default_template`` is used where a section names none.

The sections are kept (``cachegen.cached``) under the pages generation, so a publish shows at once, and under
the minute: "upcoming events" and "open deadlines" move on by themselves. At 5,000 associations and 1,000
events the front page's four sections cost ~45 ms of its ~90 ms; kept, the next visitor in that minute pays a
cache read. A section that tells the page cache when it changes by itself (``pagecache.until``: a funding
deadline) is kept with that moment, and it is told again whenever the kept sections are used.
"""

import time

from django.conf import settings
from django.utils.translation import get_language
from wagtail import hooks

from . import cachegen, pagecache

HOME_SECTIONS_HOOK = "portal_home_sections"
ASSOCIATION_SECTIONS_HOOK = "association_page_sections"


def collect_sections(hook_name, request, page, default_template):
    seconds = settings.PAGE_SECTIONS_SECONDS
    if seconds <= 0:
        return _collected(hook_name, request, page, default_template)[0]
    host = request.get_host() if request is not None else ""
    minute = int(time.time() // seconds)
    key = f"sections:{hook_name}:{page.pk}:{get_language()}:{host}:{minute}"
    sections, until = cachegen.cached(
        key, lambda: _collected(hook_name, request, page, default_template), timeout=seconds
    )
    if until is not None:
        pagecache.until(request, until)
    return sections


def _collected(hook_name, request, page, default_template):
    """The sections, and the earliest moment any of them said it changes by itself (or None)."""
    before = getattr(request, "_page_cache_until", None)
    sections = []
    for hook in hooks.get_hooks(hook_name):
        section = hook(request, page)
        if section and section.get("items"):
            section.setdefault("template", default_template)
            sections.append(section)
    until = getattr(request, "_page_cache_until", None)
    return sorted(sections, key=lambda section: section.get("order", 100)), (until if until != before else None)

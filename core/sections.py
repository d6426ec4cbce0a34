"""Sections that other apps add to a page through a hook, so the page's own app need not know them.

The home page asks ``portal_home_sections`` ("Have your say", upcoming events, open funding
deadlines); an association's page asks ``association_page_sections`` (its events, its stories).
A hook is called with ``(request, page)`` and returns a dict or None::

    {"key": "events", "heading": "Kommende arrangementer", "items": [...], "order": 30,
     "template": "events/_section.html", "more_url": "/arrangementer/", "more_text": "Alle arrangementer"}

A section without items is left out, so a page shows no empty headings; sections are sorted by
``order`` (default 100). ``default_template`` is used where a section names none.
"""

from wagtail import hooks

HOME_SECTIONS_HOOK = "portal_home_sections"
ASSOCIATION_SECTIONS_HOOK = "association_page_sections"


def collect_sections(hook_name, request, page, default_template):
    sections = []
    for hook in hooks.get_hooks(hook_name):
        section = hook(request, page)
        if section and section.get("items"):
            section.setdefault("template", default_template)
            sections.append(section)
    return sorted(sections, key=lambda section: section.get("order", 100))

"""Where to browse when a search finds nothing: links the apps offer through a Wagtail hook.

An app registers ``fn(locale, site)`` under ``search_browse_links``; it returns a list of
``{"name": …, "url": …}`` in ``locale`` on ``site`` (the kommune serving the request;
the directory offers its list of associations filtered by each category). The search page shows
every app's links, in the order the hooks run.
"""

from wagtail import hooks

BROWSE_LINKS_HOOK = "search_browse_links"


def browse_links(locale, site=None):
    return [link for offer in hooks.get_hooks(BROWSE_LINKS_HOOK) for link in offer(locale, site) or []]

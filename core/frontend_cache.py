"""The page cache's purges, sent to a CDN or Varnish as well (``wagtail.contrib.frontend_cache``).

Without ``FRONTEND_CACHE_URL`` (or Cloudflare's settings) nothing here runs: the portal's own page cache
(core/pagecache.py) needs no purge, its generation changes. A CDN keeps pages by address, so it must be told
which addresses changed, with the same rule as the generation (core/cachegen.py):

- a page published, unpublished or deleted: Wagtail purges the page itself (its frontend_cache app); here its
  ancestors too, in every language, because they list it (the directory shows a new association, the home page
  the newest story), and the search page;
- anything else a page shows (a vocabulary term, the contact point, a setting, a menu, an image) or a moved
  page: every live page of the installation, in one batch after the change is committed.

The search with a query (/search/?q=fodbold) is never kept by a CDN (``pagecache.allow(request, shared=False)``):
no purge can name every query.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cachegen import shown_on_pages


def configured():
    return bool(settings.WAGTAILFRONTENDCACHE)


def search_urls():
    """The search page's address on every site, in every language (/search/, /en/search/, …)."""
    urls = []
    for site in Site.objects.all():
        for locale in Locale.objects.all():
            with translation.override(locale.language_code):
                urls.append(site.root_url + reverse("search"))
    return urls


def purge_later(batch):
    transaction.on_commit(batch.purge)


@receiver(page_published)
@receiver(page_unpublished)
def _page_changed(sender, instance, **kwargs):
    if not configured():
        return
    batch = PurgeBatch()
    batch.add_page(instance.specific)
    for page in instance.get_ancestors().live().exclude(depth=1):
        batch.add_pages(page.get_translations(inclusive=True).live().specific())
    batch.add_urls(search_urls())
    purge_later(batch)


@receiver(post_page_move)
def _page_moved(sender, **kwargs):
    if configured():
        purge_everything()


@receiver(post_save)
@receiver(post_delete)
def _content_changed(sender, **kwargs):
    if not configured() or kwargs.get("raw") or not shown_on_pages(sender):
        return
    if issubclass(sender, Page):
        if kwargs.get("signal") is post_delete and kwargs["instance"].live:
            _page_changed(sender, kwargs["instance"])  # a deleted live page: as if unpublished
        return  # a saved page shows nothing new until it is published
    purge_everything()


def purge_pages(pages):
    """These pages (in every language they are live in) once the change is committed: a sign-up's event page."""
    if not configured():
        return
    batch = PurgeBatch()
    for page in pages:
        batch.add_pages(page.get_translations(inclusive=True).live().specific())
    purge_later(batch)


def purge_everything():
    """Every live page of every site and the search pages, once the change is committed."""
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().exclude(depth=1).specific())
    batch.add_urls(search_urls())
    purge_later(batch)

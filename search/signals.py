"""Keep the search documents in step with publishing, unpublishing, moving, privacy and synonyms."""

import logging

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import cachegen

from . import documents
from .models import SearchDocument, SynonymGroup
from .vocabulary import vocabulary

logger = logging.getLogger(__name__)


@receiver(page_published)
def page_published_handler(sender, instance, **kwargs):
    documents.sync_published(instance)


@receiver(page_unpublished)
def page_unpublished_handler(sender, instance, **kwargs):
    documents.remove_page(instance)


@receiver(post_page_move)
def page_moved_handler(sender, instance, **kwargs):
    documents.sync_page(instance.specific, descendants=True)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    page = instance.page
    documents.sync_page(page.specific, descendants=True)


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def synonyms_changed(sender, **kwargs):
    vocabulary.changed()


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
def promotions_changed(sender, **kwargs):
    # The search page shows the promoted results, and the page cache (core/pagecache.py), the page's and the API's
    # kept answers (search.service.shown) are all kept under the pages generation: a new one makes every process
    # show the staff's new pick for "sorg" at once, as when promotions were read on every search.
    cachegen.bump()


@receiver(post_save, sender=SearchDocument)
@receiver(post_delete, sender=SearchDocument)
def document_changed(sender, **kwargs):
    # The answers this process keeps (search/memo.py) may hold the document as it was; other
    # processes learn of it from the vocabulary's token, which the same change bumps (search/documents.py).
    vocabulary.clear_kept()

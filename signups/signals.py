"""A sign-up changes its event page (the seats left) and nothing else a visitor sees.

The page cache (core/pagecache.py) keeps event pages that watch ``generation(event)``
(``{% signup_status %}`` calls ``pagecache.watch``); each sign-up, cancellation or move up from the waiting
list bumps it, so the next visitor sees "3 seats left" at once while the rest of the cache (the home page,
the listings, every association) stays warm. A CDN in front is told to purge that event in every language.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page

from core import cachegen, frontend_cache

from .models import Signup


def generation(event_id):
    """The name of the generation of an event's sign-ups (the Danish event's id: translations share its seats)."""
    return f"signups:{event_id}"


@receiver(post_save, sender=Signup)
@receiver(post_delete, sender=Signup)
def _signup_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return  # loading a fixture
    cachegen.bump(generation(instance.page_id))
    frontend_cache.purge_pages(Page.objects.filter(pk=instance.page_id))

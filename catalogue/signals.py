"""A publish makes the stored catalogues of its directory out of date: they are deleted at once.

The next visitor would get a new catalogue anyway (its key holds the content's version,
catalogue/contents.py); deleting the old PDFs straight away also means that a contact an
association has just removed, or a person who withdrew consent, is not left in a stored file.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from directory.models import AssociationPage

from .models import Catalogue


def forget_catalogues_of(page):
    """Delete the finished catalogues of the directory the association is in (and of any directory above it)."""
    directories = page.get_ancestors().values("pk")
    return Catalogue.objects.made().filter(directory__in=directories).delete_with_files()


@receiver(page_published)
@receiver(page_unpublished)
def forget_on_publish(sender, instance, **kwargs):
    if isinstance(instance, AssociationPage):
        forget_catalogues_of(instance)


@receiver(post_delete, sender=AssociationPage)
def forget_on_delete(sender, instance, **kwargs):
    forget_catalogues_of(instance)

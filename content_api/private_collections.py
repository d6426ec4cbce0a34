"""Which collections' images and documents the content API never lists.

Two kinds, whoever asks:

- collections with a view restriction (Wagtail would serve their files to a visitor who
  gave the password, but a listing for everyone is no place for them);
- collections an app declares private through the ``content_api_private_collections``
  hook: a function without arguments that returns a queryset of collections. The
  directory declares the associations' own collections this way, the representatives'
  working space (see directory/access.py), so this app needs to know nothing about
  associations.

The collections below any of those are hidden too.
"""

from wagtail import hooks
from wagtail.models import Collection, CollectionViewRestriction

PRIVATE_COLLECTIONS_HOOK = "content_api_private_collections"


def private_collection_paths():
    """Tree paths of the collections that are private themselves (not counting those below them)."""
    paths = set(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    for private_collections in hooks.get_hooks(PRIVATE_COLLECTIONS_HOOK):
        paths.update(private_collections().values_list("path", flat=True))
    return paths


def hidden_collection_ids():
    """Ids of the private collections and of every collection below one of them."""
    roots = private_collection_paths()
    if not roots:
        return set()
    return {pk for pk, path in Collection.objects.values_list("pk", "path") if path.startswith(tuple(roots))}

"""A kommune of its own for the search's held-out relevance set (search/relevance/heldout/).

``manage.py search_relevance --set heldout`` imports that corpus through ``import_associations``
into a further site, so its figures come from a directory the demo never touches. The search app
cannot make a directory page itself (the directory depends on the search, not the other way), so
it asks for one through the ``search_relevance_directory`` hook, answered here: a new site for
``kommune`` (e.g. "Hedelund Kommune") with an empty association directory and the corpus's towns,
for the import's ``locality`` column to find.
"""

from django.utils.text import slugify
from wagtail import hooks

from home.sites import add_site

from .importer import DANISH_LETTERS
from .models import DirectoryIndexPage, Locality


@hooks.register("search_relevance_directory")
def directory_for_relevance(kommune, towns):
    """The association directory of a new site for ``kommune``; ``towns`` are (name, postcode) pairs."""
    slug = slugify(kommune.translate(DANISH_LETTERS))
    site = add_site(f"{slug}.relevance.invalid", f"Frivillig i {kommune}", f"{slug}-relevance", kommune)
    directory = DirectoryIndexPage(title="Foreninger", slug="foreninger")
    site.root_page.add_child(instance=directory)
    directory.save_revision().publish()
    for order, (name, _postcode) in enumerate(towns):
        Locality.objects.get_or_create(
            slug=f"{slug}-{slugify(name.translate(DANISH_LETTERS))}",
            defaults={"name": name, "site": site, "sort_order": order * 10},
        )
    return directory

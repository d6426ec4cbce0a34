"""What the directory offers the search page: the associations by category, for when a search finds nothing."""

from urllib.parse import urlencode

from wagtail import hooks

from .listing import PARAM_CATEGORY
from .models import Category, DirectoryIndexPage


@hooks.register("search_browse_links")
def association_categories(locale):
    """Links to the association directory in ``locale`` filtered by each category (none without a directory)."""
    directory = DirectoryIndexPage.objects.live().public().filter(locale_id=locale.pk).first()
    if directory is None:
        return []
    base_url = directory.get_url()
    if not base_url:
        return []
    return [
        {"name": category.name, "url": f"{base_url}?{urlencode({PARAM_CATEGORY: category.slug})}"}
        for category in Category.objects.only("id", "name", "slug", "sort_order")
    ]

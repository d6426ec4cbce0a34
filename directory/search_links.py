"""What the directory offers the search page: the associations by category, for when a search finds nothing."""

from urllib.parse import urlencode

from wagtail import hooks

from core.models import TERM_FIELDS
from core.pages import private_q
from core.sites import site_id_of

from .listing import PARAM_CATEGORY
from .models import Category, DirectoryIndexPage


@hooks.register("search_browse_links")
def association_categories(locale, site=None):
    """Links to the association directory of ``site`` in ``locale`` filtered by each category (none without one)."""
    directories = DirectoryIndexPage.objects.live().exclude(private_q()).filter(locale_id=locale.pk)
    # A site's directory in English is under the English home page, so ask which site each (of a few) is on.
    directory = next((page for page in directories if site is None or site_id_of(page) == site.pk), None)
    if directory is None:
        return []
    base_url = directory.get_url()
    if not base_url:
        return []
    return [
        {"name": category.localized.name, "url": f"{base_url}?{urlencode({PARAM_CATEGORY: category.slug})}"}
        for category in Category.objects.sources().only(*TERM_FIELDS)
    ]

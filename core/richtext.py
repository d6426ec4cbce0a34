"""Page links in rich text from the cache: no query per rich text field or block.

Wagtail expands each ``<a linktype="page" id="26">`` of a rich text when it is shown, reading the linked pages as
their own types (two queries) and the active locale for ``page.localized`` (one query per page): a policy page with
a few linked guides paid five queries for it, a listing's introduction three. Here the addresses of the linked
pages in the visitor's language come from the cache under the pages generation (core/cachegen.py), which every
publish, unpublish, move and delete bumps, or, outside a request, with one query for the pages and one for their
translations when some are in another language.
"""

from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from core import cachegen
from core.models import visitor_language

URL_FIELDS = ("id", "path", "depth", "url_path", "translation_key", "locale", "live", "content_type_id")


def page_urls(ids, language):
    """{page id: the address of the page, or of its live translation into ``language`` when it has one}."""
    pages = list(Page.objects.filter(pk__in=ids).select_related("locale").only(*URL_FIELDS))
    elsewhere = [page.translation_key for page in pages if page.locale.language_code != language]
    translations = {}
    if elsewhere:
        translations = {
            page.translation_key: page
            for page in Page.objects.filter(translation_key__in=elsewhere, locale__language_code=language)
            .live()
            .select_related("locale")
            .only(*URL_FIELDS)
        }
    # As Wagtail's ``page.localized.url``: the live translation, else the page itself, live or not.
    return {str(page.pk): translations.get(page.translation_key, page).url for page in pages}


class CachedPageLinkHandler(PageLinkHandler):
    """Wagtail's "page" link type, with the addresses read once per generation and language."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = sorted({str(attrs["id"]) for attrs in attrs_list if str(attrs.get("id", "")).isdigit()})
        language = visitor_language()
        urls = cachegen.cached(f"pagelinks:{language}:{','.join(ids)}", lambda: page_urls(ids, language)) if ids else {}
        found = [urls.get(str(attrs.get("id"))) for attrs in attrs_list]
        return [f'<a href="{escape(url)}">' if url is not None else "<a>" for url in found]

"""How a page type puts itself into the search: the protocol page models implement.

The search knows no page type. Every live, public page becomes what its own class says:

- ``search_documents()`` returns the page's document specs, one dict per ``SearchDocument``
  (an association gives one for itself and one per activity; a filled task gives none).
- ``search_dependents()`` returns the pages whose documents carry facts of this page, so they
  are rebuilt when it is published (an association's tasks carry its name, categories and town).
- ``search_related`` names the relations ``search_documents()`` reads, prefetched for many pages
  at once when the whole site is rebuilt.

A page model gets both from ``SearchDocumentsMixin`` and overrides what it needs; a page without
the mixin (a plain content page, a listing's introduction) gets ``content_page_documents``:
one "page" document with the text of its search fields. The feature app imports this module,
never the other way round, so a new page type becomes searchable by editing only its own app.

A spec is a dict of ``SearchDocument`` fields. ``document(page, kind, ...)`` starts one with
what every page has (key, title, summary, address, last published); a page adds its own:

- ``key``: unique across the site: ``"page:12"`` for the page itself, ``"activity:34"`` for a
  part of it. The page's documents are replaced by the new specs each time it is published.
- ``kind``: one of ``SearchDocument.KIND_CHOICES`` (the "type" facet). The results list an
  ``activity`` under its page's ``association`` document when both match.
- ``title``, ``summary``, ``keywords`` (names of terms, the association, the town), ``body``:
  plain text, words a reader sees on the page; ``url``; ``association_name``.
- Facet values: ``categories``, ``target_groups`` (lists of vocabulary terms), ``locality``,
  ``is_free``, ``no_danish_needed``, ``accessible_venue``.
- ``open_until`` (the document leaves the search after this day), ``updated_at`` (associations,
  activities and tasks leave the search when it is older than ``SEARCH_STALE_AFTER_DAYS``).

The helpers below (``plain_text``, ``field_text``, ``searchable_text``, ``names``, ``joined``)
turn rich text, stream fields and vocabulary terms into that plain text.
"""

import logging

from django.core.exceptions import FieldDoesNotExist
from modelcluster.fields import ParentalManyToManyField
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from .models import SearchDocument

logger = logging.getLogger(__name__)


class SearchDocumentsMixin:
    """Mixed into a page model that says itself what it gives the search (see the module's docstring)."""

    # The relations ``search_documents`` reads, for ``prefetch_related``: ``rebuild`` (update_index) reads
    # them for a batch of pages in one query each instead of one per page ("categories",
    # "activities__target_group": at 5,000 associations ~20,000 queries fewer).
    search_related = ()

    def search_documents(self):
        """The page's document specs; only called for a live page everyone may see."""
        return content_page_documents(self)

    def search_dependents(self):
        """Pages whose documents carry facts of this one: rebuilt after it is published."""
        return []

    @classmethod
    def get_indexed_objects(cls):
        """What Wagtail's index reads (``update_index``), with the page's parental many-to-many relations.

        modelsearch prefetches the relations of ``RelatedFields`` but leaves out a ``ParentalManyToManyField``
        (modelcluster's, as an association's categories and target groups are), and its database backend
        reads each one once per indexed column: ten queries and ~100 ms per association, eight minutes
        of ``update_index`` at 5,000 associations. modelcluster's manager answers from the prefetch."""
        return prefetch_parental(super().get_indexed_objects(), cls)


def prefetch_parental(queryset, model):
    """``queryset`` with the ``ParentalManyToManyField`` relations of ``model``'s ``RelatedFields`` prefetched."""
    names = []
    for field in model.get_search_fields():
        if not isinstance(field, index.RelatedFields):
            continue
        try:
            if isinstance(model._meta.get_field(field.field_name), ParentalManyToManyField):
                names.append(field.field_name)
        except FieldDoesNotExist:
            continue
    return queryset.prefetch_related(*names) if names else queryset


def prefetched(page, name):
    """The objects of relation ``name`` if ``rebuild`` prefetched them for ``page``, else None (then the page
    asks for them itself, as when one page is published, with what select_related it needs)."""
    return getattr(page, "_prefetched_objects_cache", {}).get(name)


def documents_of(page):
    """The document specs of a (specific) page, by its own class or as a plain content page."""
    if isinstance(page, SearchDocumentsMixin):
        return page.search_documents()
    return content_page_documents(page)


def dependents_of(page):
    """The pages whose documents depend on ``page`` (none for a page without the mixin)."""
    if isinstance(page, SearchDocumentsMixin):
        return list(page.search_dependents())
    return []


def document(page, kind=SearchDocument.PAGE, **values):
    """A spec with what every page has; ``values`` add to it or replace it."""
    return {
        "key": f"page:{page.pk}",
        "kind": kind,
        "title": page.title,
        "summary": page.search_description or "",
        "url": page.get_url() or page.url_path,
        "updated_at": page.last_published_at,
        **values,
    }


def content_page_documents(page):
    """Any page that says nothing else: about, contact, the listings' own introductions."""
    summary = page.search_description or getattr(page, "intro", "") or ""
    return [document(page, summary=plain_text(summary), body=searchable_text(page, skip=("title", "intro")))]


def plain_text(value):
    """Text from a value a field or block gives the search: rich text without its tags, lists joined."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(plain_text(item) for item in value)
    value = str(value)
    return get_text_for_indexing(value) if "<" in value else value


def field_text(page, name):
    """The searchable text of one of the page's fields (a stream field's blocks, rich text) as plain text."""
    return plain_text(page._meta.get_field(name).get_searchable_content(getattr(page, name)))


def searchable_text(page, skip=("title",)):
    """The text of a page's own search fields (stream and rich text made plain)."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in skip:
            try:
                parts.append(plain_text(field.get_value(page)))
            except Exception:  # A broken field must not keep the rest of the page out of the search.
                logger.exception("Could not read %s of page %s for the search", field.field_name, page.pk)
    return " ".join(part for part in parts if part).strip()


def names(objects):
    """The names of vocabulary terms (categories, target groups, a locality), None left out."""
    return " ".join(obj.name for obj in objects if obj is not None)


def joined(*parts):
    """The non-empty parts, separated by spaces."""
    return " ".join(part for part in parts if part)

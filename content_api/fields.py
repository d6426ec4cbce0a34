"""Serializer fields for the page types' ``api_fields``: vocabulary terms, links to other pages, images.

Any app's page model can use them. A field that needs more from the database than its own
column (a many-to-many field, a page's children, an image's rendition) subclasses
``PreparedField`` and says what to fetch for a whole page of results at once, so that a
listing of 20 associations costs the same number of queries as a listing of 2.
"""

from django.db.models import Prefetch, prefetch_related_objects
from rest_framework.fields import Field
from wagtail.api.utils import get_full_url
from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page


class PreparedField(Field):
    """A read-only field that fetches what it needs for all the objects being serialized, before the first one.

    ``prefetch`` lists lookups for Django's ``prefetch_related_objects``; override ``prepare`` to do more.
    The content API's views call ``prepare`` with the objects of the listing page or the one detail object."""

    prefetch = ()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(*args, **kwargs)

    def prefetch_lookups(self):
        return list(self.prefetch)

    def prepare(self, instances):
        for lookup in self.prefetch_lookups():
            prefetch_related_objects(instances, lookup)


def term(value):
    """A vocabulary term (a category, a locality, a guide's topic …) as the API gives it."""
    return {"name": value.name, "slug": value.slug}


class TermField(PreparedField):
    """A foreign key to a vocabulary term: ``{"name", "slug"}``, or null."""

    def prefetch_lookups(self):
        return [self.source]

    def to_representation(self, value):
        return term(value)


class TermsField(PreparedField):
    """A many-to-many field of vocabulary terms: a list of ``{"name", "slug"}`` in the vocabulary's order."""

    def prefetch_lookups(self):
        return [self.source]

    def to_representation(self, value):
        return [term(item) for item in value.all()]


class RenditionField(PreparedField, ImageRenditionField):
    """An image as one rendition (``{"url", "full_url", "width", "height", "alt"}``), the size the page shows.

    The image is given by its file's address, not as a link to /api/v2/images/: an
    association's logo lives in its own collection, which the images endpoint does not list."""

    def prefetch_lookups(self):
        images = get_image_model().objects.prefetch_renditions(self.filter_spec)
        return [Prefetch(self.source, queryset=images)]


def page_link(page, context):
    """A page as Wagtail's API nests one: ``{"id", "meta": {"type", "detail_url", "html_url"}, "title"}``."""
    model = page.specific_class or Page
    return {
        "id": page.pk,
        "meta": {
            "type": f"{model._meta.app_label}.{model.__name__}",
            "detail_url": get_full_url(context["request"], context["router"].get_object_detail_urlpath(Page, page.pk)),
            "html_url": page.full_url,
        },
        "title": page.title,
    }


def public_pages(context):
    """Pages anyone may see through the API: live, public, on this site (the pages endpoint's own queryset)."""
    return context["base_queryset"]


class PageLinkField(PreparedField):
    """A foreign key to a page, nested as Wagtail nests pages; null unless the page is live and public."""

    def prepare(self, instances):
        ids = {getattr(instance, f"{self.source}_id", None) for instance in instances} - {None}
        self.public_ids = set(public_pages(self.context).filter(pk__in=ids).values_list("pk", flat=True))

    def get_attribute(self, instance):
        if not hasattr(self, "public_ids"):
            self.prepare([instance])
        page_id = getattr(instance, f"{self.source}_id", None)
        if page_id is None or page_id not in self.public_ids:
            return None
        return super().get_attribute(instance)

    def to_representation(self, value):
        return page_link(value, self.context)


class PageLinksField(PreparedField):
    """A list of pages (a queryset or a method that returns one), nested as Wagtail nests pages; public ones only."""

    def to_representation(self, value):
        pages = value.all() if hasattr(value, "all") else value
        public = public_pages(self.context).filter(pk__in=[page.pk for page in pages])
        public_ids = set(public.values_list("pk", flat=True))
        return [page_link(page, self.context) for page in pages if page.pk in public_ids]


class ParentPageField(PreparedField):
    """The page this one sits under (a task's association), nested as Wagtail nests pages; null unless public."""

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def prepare(self, instances):
        paths = {instance.path[: -Page.steplen] for instance in instances}
        self.parents = {page.path: page for page in public_pages(self.context).filter(path__in=paths)}

    def to_representation(self, page):
        if not hasattr(self, "parents"):
            self.prepare([page])
        parent = self.parents.get(page.path[: -Page.steplen])
        return page_link(parent, self.context) if parent is not None else None

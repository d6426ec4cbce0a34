"""Wagtail's API v2 endpoints as the portal serves them: read-only, anonymous, public content only.

Pages are live and public only (Wagtail's own rule, made strict: a visitor who has given a
private page's password does not get it here either). Images and documents in a private
collection are not listed (see private_collections.py). Every bad parameter is a 400 with
``{"message": "…"}``.
"""

from django.db.models import prefetch_related_objects
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.pages import private_q

from .fields import PreparedField
from .filters import CheckedFieldsFilter, PlainWordsSearchFilter
from .pagination import OffsetPastTheEndPagination
from .private_collections import hidden_collection_ids


class ReadOnlyAPIMixin:
    """Anonymous, JSON only (no browsable HTML pages), and no control characters in parameters.

    Every caller sees what the public sees: no logins or passwords over the API (a signed-in
    editor gets no more than anyone). PostgreSQL refuses NUL in text, so a NUL in ``?slug=``
    or ``?html_path=`` would otherwise be a 500. Offsets past the end and ``find/?id=`` are
    checked too, and the fields of ``api_fields`` fetch what they need once per response."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    pagination_class = OffsetPastTheEndPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for key, values in request.GET.lists():
            if any(not ch.isprintable() for value in [key, *values] for ch in value):
                raise BadRequestError("query parameters may not contain control characters")

    def find_object(self, queryset, request):
        """``find/?id=`` must be a whole number (Wagtail hands it to the database as given: a 500)."""
        if "id" in request.GET:
            try:
                int(request.GET["id"])
            except ValueError as error:
                raise BadRequestError("id must be a whole number") from error
        return super().find_object(queryset, request)

    def paginate_queryset(self, queryset):
        return list(super().paginate_queryset(queryset))

    def get_serializer(self, instance=None, *args, **kwargs):
        """The serializer, after its fields have fetched what they need for all the objects at once."""
        serializer = super().get_serializer(instance, *args, **kwargs)
        if instance is None:
            return serializer
        many = kwargs.get("many", False)
        instances = list(instance) if many else [instance]
        fields = (serializer.child if many else serializer).fields
        if instances and "locale" in fields:
            prefetch_related_objects(instances, "locale")
        for field in fields.values():
            if isinstance(field, PreparedField):
                field.prepare(instances)
        return serializer


def checked_filters(filter_backends):
    """Wagtail's filters with our safe versions of the search and the filters by field value."""
    safer = {SearchFilter: PlainWordsSearchFilter, FieldsFilter: CheckedFieldsFilter}
    return [safer.get(backend, backend) for backend in filter_backends]


class PublicPagesAPIViewSet(ReadOnlyAPIMixin, PagesAPIViewSet):
    filter_backends = checked_filters(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        """Wagtail leaves out the private pages this request may not see; a password given on the site opened them.

        Built once per request: Wagtail asks for it three times (the listing, then each serializer), and each time
        read the view restrictions, the site and the home page's translations (3 queries)."""
        if getattr(self, "_base_queryset", None) is None:
            self._base_queryset = super().get_base_queryset().exclude(private_q())
        return self._base_queryset.all()


class PublicImagesAPIViewSet(ReadOnlyAPIMixin, ImagesAPIViewSet):
    filter_backends = checked_filters(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=hidden_collection_ids())


class PublicDocumentsAPIViewSet(ReadOnlyAPIMixin, DocumentsAPIViewSet):
    filter_backends = checked_filters(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=hidden_collection_ids())

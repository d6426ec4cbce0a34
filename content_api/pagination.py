"""Wagtail's ``?offset=`` and ``?limit=``, where an offset past the end is an empty page however large it is."""

from wagtail.api.v2.pagination import WagtailPagination


class OffsetPastTheEndPagination(WagtailPagination):
    """Wagtail checks that offset and limit are whole numbers, then hands the offset to the database, which
    refuses one that does not fit in 64 bits (SQLite: "datatype mismatch", a 500). Past the last object
    there is nothing to fetch: the answer is an empty list with the real ``total_count``."""

    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)  # checks both parameters, counts, slices lazily
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return page

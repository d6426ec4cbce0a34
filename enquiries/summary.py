"""How many have offered to help, per task: "3 har meldt sig" in the admin and the representative's corner."""

from django.db.models import Count, Q

from .models import Enquiry


def counts_by_page(pages):
    """{page id: {"new": waiting for an answer, "total": all kept}} for these pages (ids or pages), in one query.

    A page nobody has offered to help with is left out: ``counts_by_page([task]).get(task.pk)`` is None.
    """
    ids = [getattr(page, "pk", page) for page in pages]
    rows = (
        Enquiry.objects.filter(page_id__in=ids)
        .values("page_id")
        .annotate(new=Count("pk", filter=Q(status=Enquiry.NEW)), total=Count("pk"))
        .order_by()
    )
    return {row["page_id"]: {"new": row["new"], "total": row["total"]} for row in rows}

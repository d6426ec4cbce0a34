"""What the content API (/api/v2/pages/?type=funding.FundingPoolPage) serves of a pool beyond its plain fields.

Its rounds with their status now ("upcoming", "open", "closed"), the pool's status, the application
document, the contact, and the grants given: each with its recipient's name and, when the recipient
is a public association page, a link to it as Wagtail nests pages.
"""

from django.utils import timezone
from rest_framework.fields import Field

from content_api.fields import PreparedField, page_link, public_pages

from . import rounds as round_rules


def amount(value):
    return float(value) if value is not None else None


class RoundsField(PreparedField):
    """The application rounds, in the editors' order, each with its status now."""

    prefetch = ["rounds"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        return [
            {
                "id": each.pk,
                "name": each.name,
                "opens_on": each.opens_on.isoformat(),
                "deadline": timezone.localtime(each.deadline).isoformat(),
                "amount": amount(each.amount),
                "note": each.note,
                "status": each.status,
            }
            for each in page.rounds.all()
        ]


class StatusField(PreparedField):
    """The pool's status now: "open", "upcoming" or "closed" (funding/rounds.py), and its next deadline."""

    prefetch = ["rounds"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        state = round_rules.PoolState(page.rounds.all())
        current = state.current if state.status != round_rules.CLOSED else None
        deadline = timezone.localtime(current.deadline).isoformat() if current else None
        return {"status": state.status, "next_deadline": deadline}


class DocumentField(PreparedField):
    """The application document: its title and the address Wagtail serves it from; null when there is none."""

    def prefetch_lookups(self):
        return [self.source]

    def to_representation(self, document):
        request = self.context.get("request")
        url = document.url
        return {"title": document.title, "url": request.build_absolute_uri(url) if request else url}


class ContactField(Field):
    """Whom to ask: a role (or a name), an email and a phone."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {"name": page.contact_name, "email": page.contact_email, "phone": page.contact_phone}


class GrantsField(PreparedField):
    """The grants given, each with its recipient; the association as a page link when it is public."""

    prefetch = ["grants__association"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def prepare(self, instances):
        super().prepare(instances)
        ids = {grant.association_id for page in instances for grant in page.grants.all()} - {None}
        self.public_ids = set(public_pages(self.context).filter(pk__in=ids).values_list("pk", flat=True))

    def to_representation(self, page):
        if not hasattr(self, "public_ids"):
            self.prepare([page])
        return [
            {
                "recipient": grant.recipient_name,
                "association": page_link(grant.association, self.context)
                if grant.association_id in self.public_ids
                else None,
                "amount": amount(grant.amount),
                "purpose": grant.purpose,
                "year": grant.year,
            }
            for grant in page.grants.all()
        ]


class FocusAreasField(PreparedField):
    """The policy's focus areas the pool supports, nested as Wagtail nests pages; public ones only.

    Read for a whole page of results at once: the areas of every pool, then which of them are public."""

    prefetch = ["focus_areas"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def prepare(self, instances):
        super().prepare(instances)
        ids = {area.pk for page in instances for area in page.focus_areas.all()}
        self.public_ids = set(public_pages(self.context).filter(pk__in=ids).values_list("pk", flat=True))

    def to_representation(self, page):
        if not hasattr(self, "public_ids"):
            self.prepare([page])
        return [page_link(area, self.context) for area in page.focus_areas.all() if area.pk in self.public_ids]

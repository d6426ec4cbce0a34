"""What the content API (/api/v2/pages/) serves of an association beyond its plain fields.

The rule for contacts is the page's own (templates/directory/association_page.html and
_contacts.html): when the association uses the contact form its addresses are not shown, so
none are served; otherwise each contact's role, role email and role phone are, and a person's
name and phone only when ``AssociationContact.shows_person`` says consent is on record. The
consent record itself (who gave it, when) is never served.

A volunteer task names its organiser (``organiser``: an association or a kommune unit, with its
type) and, as before, its ``association`` (null when a kommune unit runs the task).
"""

from rest_framework.fields import Field
from wagtail.models import Page

from content_api.fields import ParentPageField, PreparedField, page_link, term


def contact(item):
    """One contact as the page shows it."""
    shows_person = item.shows_person
    return {
        "role": item.role,
        "email": item.email,
        "phone": item.phone,
        "person_name": item.person_name if shows_person else "",
        "person_phone": item.person_phone if shows_person else "",
    }


class ContactsField(PreparedField):
    """The association's contacts as its page shows them: none behind the contact form, people only with consent."""

    prefetch = ["contacts"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        if page.contact_form_enabled:
            return []
        return [contact(item) for item in page.contacts.all()]


class ActivitiesField(PreparedField):
    """The association's activities and offers, each with the address of its place on the association's page."""

    prefetch = ["activities__target_group"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        url = page.full_url
        return [
            {
                "id": activity.pk,
                "name": activity.name,
                "description": activity.description,
                "when": activity.when,
                "where": activity.where,
                "target_group": term(activity.target_group) if activity.target_group else None,
                "is_free": activity.is_free,
                "price": activity.price,
                "no_danish_needed": activity.no_danish_needed,
                "accessible_venue": activity.accessible_venue,
                "html_url": f"{url}#aktivitet-{activity.pk}" if url else None,
            }
            for activity in page.activities.all()
        ]


class SocialLinksField(PreparedField):
    """Links to the association's profiles on social media: platform code, its name, and the address."""

    def prefetch_lookups(self):
        return [self.source]

    def to_representation(self, links):
        return [
            {"platform": link.platform, "label": str(link.get_platform_display()), "url": link.url}
            for link in links.all()
        ]


class AddressField(Field):
    """Where the association is: street, postcode, city and, when known, the position (as on the page's map link)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {
            "street": page.street,
            "postcode": page.postcode,
            "city": page.city,
            "latitude": float(page.latitude) if page.latitude is not None else None,
            "longitude": float(page.longitude) if page.longitude is not None else None,
        }


class UnitAddressField(Field):
    """Where a kommune unit is: street, postcode and city (a unit has no map position of its own)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {"street": page.street, "postcode": page.postcode, "city": page.city}


class UnitContactField(Field):
    """A kommune unit's contact as its page shows it: a role (or a name), the role address and phone."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {"name": page.contact_name, "email": page.contact_email, "phone": page.contact_phone}


ASSOCIATION_TYPE = "directory.AssociationPage"


class OrganiserField(ParentPageField):
    """Who runs a task: the page it sits under, an association or a kommune unit, with its type in ``meta.type``.

    For example ``{"id": 41, "meta": {"type": "directory.KommuneUnitPage", …}, "title": "Fjordlund Bibliotek"}``;
    null when the organiser is not public. An association that has gone "ikke bekræftet"
    (directory/freshness.py) still names itself here: the task's page is reachable by its address too.
    """


class AssociationOrganiserField(ParentPageField):
    """The task's association, as before kommune units could post tasks: null when a unit runs the task."""

    def to_representation(self, page):
        if not hasattr(self, "parents"):
            self.prepare([page])
        parent = self.parents.get(page.path[: -Page.steplen])
        if parent is None or _label(parent) != ASSOCIATION_TYPE:
            return None
        return page_link(parent, self.context)


def _label(page):
    model = page.specific_class
    return model._meta.label if model is not None else ""

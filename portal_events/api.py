"""What the content API (/api/v2/pages/?type=events.EventPage) serves of an event beyond its plain fields."""

from rest_framework.fields import Field

from content_api.fields import PreparedField


class DatesField(PreparedField):
    """The event's dates in time order: ``[{"start", "end"}]`` as ISO 8601 with the offset."""

    prefetch = ["dates"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        return [
            {"start": date.start.isoformat(), "end": date.end.isoformat() if date.end else None}
            for date in sorted(page.dates.all(), key=lambda date: date.start)
        ]


class PlaceField(Field):
    """Where it happens: the place's name, street, postcode, city, and whether the venue is accessible."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {
            "name": page.place_name,
            "street": page.street,
            "postcode": page.postcode,
            "city": page.city,
            "accessible_venue": page.accessible_venue,
            "accessibility_note": page.accessibility_note,
        }


class ContactField(Field):
    """The event's own contact as its page shows it (a role or name, an address, a phone)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {"name": page.contact_name, "email": page.contact_email, "phone": page.contact_phone}


class SignupField(Field):
    """How to sign up: ``method`` (none, link, form), the link, the seats, the deadline, and the form's address."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {
            "method": page.signup_method,
            "url": page.signup_url or None,
            "capacity": page.signup_capacity,
            "deadline": page.signup_deadline.isoformat() if page.signup_deadline else None,
            "form_url": page.signup_form_url() if page.signup_method == page.FORM else None,
        }

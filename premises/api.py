"""What the content API (/api/v2/pages/?type=premises.PremisesPage) serves of premises beyond their plain fields."""

from rest_framework.fields import Field

from content_api.fields import PreparedField


class AddressField(Field):
    """Street, postcode and city."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {"street": page.street, "postcode": page.postcode, "city": page.city}


class BookingField(Field):
    """How to book: a link, a phone, an email and a note (any of them may be empty)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {
            "url": page.booking_url,
            "phone": page.booking_phone,
            "email": page.booking_email,
            "note": page.booking_note,
        }


class ContactField(Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {"name": page.contact_name, "email": page.contact_email, "phone": page.contact_phone}


class RoomsField(PreparedField):
    """The rooms in the editors' order: name, capacity, description."""

    prefetch = ["rooms"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        return [
            {"name": room.name, "capacity": room.capacity, "description": room.description} for room in page.rooms.all()
        ]


class PhotosField(PreparedField):
    """The photos as the page shows them (one rendition each) with their alt text and caption."""

    FILTER = "fill-640x427"
    prefetch = ["photos__image__renditions"]

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        photos = []
        for photo in page.photos.all():
            rendition = photo.image.get_rendition(self.FILTER)
            url = rendition.url
            photos.append(
                {
                    "url": url,
                    "full_url": request.build_absolute_uri(url) if request else url,
                    "width": rendition.width,
                    "height": rendition.height,
                    "alt": photo.alt_text,
                    "caption": photo.caption,
                }
            )
        return photos

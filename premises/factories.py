"""Factories for premises, their rooms and photos, for the tests."""

import factory
import wagtail_factories

from .models import Facility, PremisesIndexPage, PremisesPage, Room


def facility(name):
    """A facility from the vocabulary the migrations made ("Køkken", "Wifi", …)."""
    return Facility.objects.sources().get(name=name)


class PremisesIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lokaler"
    slug = "lokaler"
    intro = "Lån et lokale til jeres forening."

    class Meta:
        model = PremisesIndexPage


class PremisesPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lokale {n}")
    summary = "Et lyst lokale til møder."
    street = "Torvet 1"
    postcode = "4790"
    city = "Fjordlund"
    capacity = 30
    booking_email = "booking@kommune.dk"

    class Meta:
        model = PremisesPage
        skip_postgeneration_save = True

    @factory.post_generation
    def facilities(self, create, extracted, **kwargs):
        if extracted:
            self.facilities = list(extracted)
            self.save()


class RoomFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Rum {n}")
    capacity = 12
    description = "Mødebord og stole."

    class Meta:
        model = Room

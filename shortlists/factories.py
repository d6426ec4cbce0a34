"""Factories for shortlists, used by the tests."""

import factory

from .models import Shortlist, ShortlistItem


class ShortlistFactory(factory.django.DjangoModelFactory):
    label = factory.Sequence(lambda n: f"Borger {n}")

    class Meta:
        model = Shortlist


class ShortlistItemFactory(factory.django.DjangoModelFactory):
    shortlist = factory.SubFactory(ShortlistFactory)
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = ShortlistItem

"""Factories for funding pools, their rounds and grants, for the tests."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from .models import FundingPoolIndexPage, FundingPoolPage, FundingRound, Grant


class FundingPoolIndexPageFactory(wagtail_factories.PageFactory):
    title = "Puljer og fonde"
    slug = "puljer"
    intro = "Søg støtte til frivilligt arbejde."

    class Meta:
        model = FundingPoolIndexPage


class FundingPoolPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pulje {n}")
    intro = "Støtte til frivillige fællesskaber."
    purpose = "<p>Puljen støtter frivilligt socialt arbejde.</p>"
    who_may_apply = "<p>Foreninger i kommunen.</p>"
    criteria = "<ul><li>Aktiviteten er frivillig.</li></ul>"
    amount_available = Decimal("100000")
    contact_name = "Frivilligkoordinatoren"
    contact_email = "frivillig@kommune.dk"

    class Meta:
        model = FundingPoolPage


def at(day, hour=12, minute=0):
    """An aware moment on ``day`` in the server's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class FundingRoundFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Runde {n}")
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=10))
    deadline = factory.LazyFunction(lambda: at(timezone.localdate() + datetime.timedelta(days=10)))
    amount = Decimal("50000")

    class Meta:
        model = FundingRound


class GrantFactory(factory.django.DjangoModelFactory):
    association_name = "Strikkeklubben"
    amount = Decimal("5000")
    purpose = "Kaffe til strikkecaféen"
    year = 2026

    class Meta:
        model = Grant

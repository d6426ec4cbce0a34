"""Factories for association applications, for tests and generated content."""

import factory
from django.utils import timezone

from .models import AssociationApplication


class AssociationApplicationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Ny forening {n}")
    summary = "Vi mødes hver uge og hjælper hinanden."
    contact_name = "Karen Holm"
    email = factory.Sequence(lambda n: f"kontakt{n}@ny-forening.dk")
    phone = "12 34 56 78"
    terms_accepted_at = factory.LazyFunction(timezone.now)
    data_consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = AssociationApplication
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)

"""Factories for directory content, used by tests and by generated benchmark data."""

import factory
import wagtail_factories

from .access import grant_association_access
from .models import (
    Activity,
    AssociationContact,
    AssociationPage,
    Category,
    DirectoryIndexPage,
    KommuneUnitPage,
    Locality,
    TargetGroup,
    VolunteerTaskIndexPage,
    VolunteerTaskPage,
)


class LocalityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bydel {n}")

    class Meta:
        model = Locality
        django_get_or_create = ("name",)


def localities(*names):
    """{name: locality} for these towns, made if missing."""
    return {name: LocalityFactory(name=name) for name in names}


def category(name):
    """A category from the default vocabulary (created by the migrations)."""
    return Category.objects.sources().get(name=name)


def target_group(name):
    return TargetGroup.objects.sources().get(name=name)


class DirectoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Foreninger"
    slug = "foreninger"
    intro = "Find en forening i kommunen."

    class Meta:
        model = DirectoryIndexPage


class VolunteerTaskIndexPageFactory(wagtail_factories.PageFactory):
    title = "Bliv frivillig"
    slug = "bliv-frivillig"
    intro = "Find en frivillig opgave, der passer til dig."

    class Meta:
        model = VolunteerTaskIndexPage


class AssociationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Forening {n}")
    summary = "En forening for alle, der vil være med."
    street = "Torvet 1"
    postcode = "4790"
    city = "Fjordlund"

    class Meta:
        model = AssociationPage
        skip_postgeneration_save = True  # the hooks below save when they change something

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)
            self.save()

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)
            self.save()


class KommuneUnitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kommunal enhed {n}")
    summary = "En af kommunens egne enheder med frivillige projekter."
    street = "Torvet 3"
    postcode = "4790"
    city = "Fjordlund"
    contact_name = "Frivilligkoordinator"
    contact_email = factory.Sequence(lambda n: f"frivillig{n}@enhed.fjordlund.dk")

    class Meta:
        model = KommuneUnitPage
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)
            self.save()

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)
            self.save()


class ActivityFactory(factory.django.DjangoModelFactory):
    association = factory.SubFactory(AssociationPageFactory)
    name = factory.Sequence(lambda n: f"Aktivitet {n}")
    when = "Tirsdage kl. 17–19"

    class Meta:
        model = Activity


class AssociationContactFactory(factory.django.DjangoModelFactory):
    association = factory.SubFactory(AssociationPageFactory)
    role = "Formand"
    email = factory.Sequence(lambda n: f"formand{n}@forening.dk")

    class Meta:
        model = AssociationContact


class VolunteerTaskPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Frivillig opgave {n}")
    summary = "Giv en hånd med."
    what_you_do = "<p>Du hjælper til, hvor der er brug for det.</p>"
    time_commitment = VolunteerTaskPage.WEEKLY
    hours = 2

    class Meta:
        model = VolunteerTaskPage


def representative_of(association, email, password=None, **fields):
    """The association's representative, given access the way staff do it in the admin (without the invitation)."""
    user = grant_association_access(association, [email], send_invitations=False).invited[0]
    for name, value in fields.items():
        setattr(user, name, value)
    if password:
        user.set_password(password)
    user.save()
    return user

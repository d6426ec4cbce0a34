"""Factories for policy and guide content, used by tests and benchmark data."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import (
    ConsultationPage,
    ConsultationResponse,
    FocusAreaPage,
    GuideAudience,
    GuideIndexPage,
    GuidePage,
    GuideTopic,
    PolicyPage,
)


def topic(slug):
    """A guide topic from the default vocabulary (created by the migrations), e.g. "boerneattest"."""
    return GuideTopic.objects.sources().get(slug=slug)


def audience(slug):
    """ "foreninger", "frivillige" or "medarbejdere"."""
    return GuideAudience.objects.sources().get(slug=slug)


def principle(name, text):
    return ("principle", {"name": name, "text": f"<p>{text}</p>"})


def initiative(title, status="planned", notes=(), links=(), unit="Kultur og Fritid", description=None):
    """An initiative block; ``notes`` are (date, text) pairs, ``links`` pages that carry it out."""
    return (
        "initiative",
        {
            "title": title,
            "description": f"<p>{description or 'Vi gør det sammen med foreningerne.'}</p>",
            "responsible_unit": unit,
            "status": status,
            "progress_notes": [{"date": day, "text": text} for day, text in notes],
            "carried_out_by": list(links),
        },
    )


class PolicyPageFactory(wagtail_factories.PageFactory):
    title = "Frivilligpolitik"
    slug = factory.Sequence(lambda n: f"frivilligpolitik-{n}")
    intro = "Sådan samarbejder kommunen med det frivillige liv."
    status = PolicyPage.ADOPTED
    adopted_by = "Byrådet"
    adopted_on = datetime.date(2025, 6, 19)
    next_evaluation_on = datetime.date(2028, 6, 1)
    vision = "<p>Alle kan være en del af et fællesskab.</p>"
    principles = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = PolicyPage

    class Params:
        # A draft (status draft or consultation): nobody has adopted it, so there is no body and no date.
        not_adopted = factory.Trait(adopted_by="", adopted_on=None)
        # A draft out for public consultation, without any of the decision's facts.
        in_consultation = factory.Trait(
            status=PolicyPage.CONSULTATION, adopted_by="", adopted_on=None, next_evaluation_on=None
        )


class FocusAreaPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fokusområde {n}")
    intro = "<p>Derfor er området vigtigt.</p>"

    class Meta:
        model = FocusAreaPage


class ConsultationPageFactory(wagtail_factories.PageFactory):
    """Open from a day ago until a week from now, unless told otherwise."""

    title = factory.Sequence(lambda n: f"Høring {n}")
    intro = "Giv dit høringssvar til udkastet."
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))

    class Meta:
        model = ConsultationPage


class ConsultationResponseFactory(factory.django.DjangoModelFactory):
    consultation = factory.SubFactory(ConsultationPageFactory)
    name = factory.Sequence(lambda n: f"Forening {n}")
    email = factory.Sequence(lambda n: f"svar{n}@example.dk")
    text = "Vi støtter udkastet, men savner mere om de unge."
    consent_to_publish = True

    class Meta:
        model = ConsultationResponse


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guides"
    slug = "guides"
    intro = "Praktiske guides til foreninger."

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guide {n}")
    summary = "Sådan gør I."
    topic = factory.LazyFunction(lambda: topic("rekruttering"))
    reviewed_by = "Frivilligkoordinatoren"
    last_reviewed_on = factory.LazyFunction(timezone.localdate)
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Start med at spørge jeres medlemmer.</p>")])

    class Meta:
        model = GuidePage
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)
            self.save()

"""Factories for the stories, for tests and generated content."""

import factory
import wagtail_factories
from django.utils import timezone

from .models import StoryIndexPage, StoryLink, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Gode historier"
    slug = "gode-historier"
    intro = "Historier om frivillige og foreninger i kommunen."

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Historie {n}")
    intro = "En kort indledning til historien."
    body = wagtail_factories.StreamFieldFactory({})
    byline = "Tekst: Kommunikation"
    story_date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = StoryPage
        skip_postgeneration_save = True  # the hooks below save when they change something

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)
            self.save()

    @factory.post_generation
    def about(self, create, extracted, **kwargs):
        """``about=[page, …]``: what the story is about, in this order."""
        if create and extracted:
            self.about_links = [StoryLink(page=page, sort_order=n) for n, page in enumerate(extracted)]
            self.save()

"""Factories for the home app's pages, for tests and generated content."""

import factory
import wagtail_factories
from wagtail.models import Page

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Forside"
    hero_heading = "Find dit frivillige fællesskab"
    hero_intro = "Her finder du foreninger, frivillige opgaver og kommunens frivilligpolitik."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Side {n}")
    intro = "En kort indledning til siden."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = StandardPage


def site_home_page():
    """The home page the data migration puts at the root of the default site."""
    return HomePage.objects.get(depth=2, locale__language_code="da")


def root_page():
    return Page.get_first_root_node()

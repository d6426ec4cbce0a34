"""Factories for the home app's pages, for tests and generated content."""

import factory
import wagtail_factories
from wagtail.models import Page, Site

from .models import ContactPoint, HomePage, PortalSettings, StandardPage


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


def fill_portal_settings(site=None):
    """Site settings filled in as a kommune would (Testrup Kommune), with footer pages that exist."""
    site = site or Site.objects.get(is_default_site=True)
    home = site.root_page
    privacy = StandardPageFactory(parent=home, title="Privatlivspolitik", slug="privatliv")
    accessibility = StandardPageFactory(parent=home, title="Tilgængelighedserklæring", slug="tilgaengelighed")
    settings = PortalSettings.for_site(site)
    settings.kommune_name = "Testrup Kommune"
    settings.portal_name = "Frivillig i Testrup"
    settings.contact_point = ContactPoint.objects.create(
        name="Frivilligkoordinator", opening_hours="Mandag–torsdag 9–15"
    )
    settings.contact_phone = "70 10 20 30"
    settings.contact_email = "frivillig@testrup.dk"
    settings.privacy_page = privacy
    settings.accessibility_page = accessibility
    settings.save()
    return settings

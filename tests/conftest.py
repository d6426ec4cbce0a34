"""Fixtures shared by the whole suite."""

import pytest
from wagtail.models import Site

from home.factories import StandardPageFactory, site_home_page
from home.models import PortalSettings


@pytest.fixture
def home(db):
    """The site's home page, as the data migration leaves it on a fresh install."""
    return site_home_page()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def portal_settings(site, home):
    """Site settings filled in as a kommune would, with footer pages that exist."""
    privacy = StandardPageFactory(parent=home, title="Privatlivspolitik", slug="privatliv")
    accessibility = StandardPageFactory(parent=home, title="Tilgængelighedserklæring", slug="tilgaengelighed")
    settings = PortalSettings.for_site(site)
    settings.kommune_name = "Testrup Kommune"
    settings.portal_name = "Frivillig i Testrup"
    settings.contact_name = "Frivilligkoordinator"
    settings.contact_phone = "70 10 20 30"
    settings.contact_email = "frivillig@testrup.dk"
    settings.contact_opening_hours = "Mandag–torsdag 9–15"
    settings.privacy_page = privacy
    settings.accessibility_page = accessibility
    settings.save()
    return settings


@pytest.fixture
def mail_queue(settings):
    """Send mail through the production queue (django-mailer) instead of straight to the outbox.

    Django's test set-up replaces EMAIL_BACKEND with its in-memory outbox; this puts the
    queue back, so a test sees what production does and calls tests.mail.deliver_queued_mail().
    """
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"


@pytest.fixture(autouse=True)
def fresh_search_vocabulary():
    """The search's in-process vocabulary is read again in every test: a rolled-back test's words must not linger."""
    from search.vocabulary import vocabulary

    vocabulary.forget()
    yield

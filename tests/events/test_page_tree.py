"""Where events go in the page tree: the kommune's calendar under the home page, events under it or an association."""

from wagtail.test.utils import WagtailPageTestCase

from directory.models import AssociationPage, VolunteerTaskPage
from home.models import HomePage
from portal_events.models import EventIndexPage, EventPage


class EventPageTreeTest(WagtailPageTestCase):
    def test_the_calendar_sits_under_the_home_page_and_holds_events(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_an_event_sits_in_the_calendar_or_under_an_association_and_holds_nothing(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage, AssociationPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedSubpageTypes(AssociationPage, {VolunteerTaskPage, EventPage})

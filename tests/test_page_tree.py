"""The page tree rules editors meet in the admin, and that every page type renders and edits."""

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from directory.models import DirectoryIndexPage, VolunteerTaskIndexPage
from funding.models import FundingPoolIndexPage
from home.factories import StandardPageFactory, site_home_page
from home.models import HomePage, StandardPage
from policy.models import GuideIndexPage, PolicyPage
from portal_events.models import EventIndexPage
from premises.models import PremisesIndexPage
from stories.models import StoryIndexPage

HOME_FORM = nested_form_data(
    {
        "title": "Forside",
        "slug": "home",
        "hero_heading": "Find dit frivillige fællesskab",
        "hero_intro": "",
        "search_heading": "",
        "entry_points": streamfield([]),
        "body": streamfield([]),
    }
)
STANDARD_FORM = nested_form_data(
    {
        "title": "Kontakt",
        "slug": "kontakt",
        "intro": "Sådan kontakter du os.",
        "body": streamfield([("paragraph", rich_text("<p>Ring eller skriv.</p>"))]),
    }
)


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_content_pages(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                DirectoryIndexPage,
                VolunteerTaskIndexPage,
                PolicyPage,
                GuideIndexPage,
                FundingPoolIndexPage,
                PremisesIndexPage,
                EventIndexPage,
                StoryIndexPage,
            },
        )

    def test_standard_pages_nest_under_the_home_page_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_an_editor_can_create_a_standard_page_under_the_home_page(self):
        self.client.force_login(self.create_test_user())
        home = site_home_page()
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Om portalen",
                    "slug": "om",
                    "intro": "Hvem står bag portalen.",
                    "body": streamfield([("paragraph", rich_text("<p>Portalen drives af kommunen.</p>"))]),
                }
            ),
        )

    def test_a_second_home_page_cannot_be_added_under_the_same_parent(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))


class EveryPageTypeRendersAndEditsTest(WagtailPageTestCase):
    def setUp(self):
        self.home = site_home_page()
        self.standard = StandardPageFactory(parent=self.home, title="Kontakt", slug="kontakt")
        self.admin = get_user_model().objects.create_superuser("admin", "admin@example.dk", "pw")

    def test_home_page_renders(self):
        self.assertPageIsRenderable(self.home)

    def test_standard_page_renders(self):
        self.assertPageIsRenderable(self.standard)

    def test_home_page_is_editable(self):
        self.client.force_login(self.admin)
        self.assertPageIsEditable(self.home, post_data=HOME_FORM)

    def test_standard_page_is_editable(self):
        self.client.force_login(self.admin)
        self.assertPageIsEditable(self.standard, post_data=STANDARD_FORM)

    def test_pages_preview(self):
        self.client.force_login(self.admin)
        self.assertPageIsPreviewable(self.home, post_data=HOME_FORM)
        self.assertPageIsPreviewable(self.standard, post_data=STANDARD_FORM)

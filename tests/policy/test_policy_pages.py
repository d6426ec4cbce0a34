"""A citizen reads the volunteering policy and its focus areas; the administration keeps its status honest.

The policy page tells where the policy stands (a banner per status and the decision
facts), holds the whole text with a table of contents, and shows "Fra politik til
praksis": the initiatives per status and the latest progress notes. Focus area pages
show the initiatives with their notes and the pages that carry them out. Both render
with a fixed number of SQL queries however much the policy holds.
"""

import datetime
import itertools
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory
from directory.models import AssociationPage
from home.factories import StandardPageFactory
from home.models import HomePage
from policy.factories import (
    ConsultationPageFactory,
    FocusAreaPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    PolicyPageFactory,
    initiative,
    principle,
)
from policy.models import ConsultationPage, FocusAreaPage, GuideIndexPage, GuidePage, PolicyPage
from tests.helpers import danish_date, in_danish, publish, queries_for, soup_of, text_of

pytestmark = pytest.mark.django_db

POLICY_URL = "/frivilligpolitik/"

# The site frame of a page one level under the home page costs 17 queries whatever the
# content: routing with aliases and view restrictions (7), the active locale, the site
# settings, the menu with its view restrictions, the breadcrumbs (5) and the language links
# and footer pages (5). The policy page adds 10, also whatever it holds: its live focus
# areas (3: view restrictions, the pages, their specific rows), the versions (1), the
# consultations and the drafts revising it (2 each: view restrictions and rows), and the
# pages and documents chosen in its related policies and documents (1 each, however many).
# The initiatives and progress notes behind "Fra politik til praksis" are read from the
# focus areas already fetched. Each draft revising the policy adds 2 (its consultations,
# for the banner); a kommune has one such draft at a time.
POLICY_PAGE_QUERIES = 17 + 10
# A focus area page is one level further down: the frame costs 19 (two more queries of
# routing, which also fetches the policy). It adds the pages that carry its initiatives out
# (1, however many) and the sibling navigation (3: view restrictions, the pages and their
# specific rows).
FOCUS_AREA_PAGE_QUERIES = 19 + 4


def assert_headings_in_order(html):
    """One h1, and no heading more than one level below the one before it."""
    levels = [int(heading.name[1]) for heading in html.select("main h1, main h2, main h3, main h4, main h5, main h6")]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), levels


def make_document(name="frivilligpolitik.pdf", size=240 * 1024):
    document = get_document_model()(title=name, file_size=size)
    document.file.save(name, ContentFile(b"%PDF-1.4 " + b"0" * (size - 9)), save=False)
    document.save()
    return document


def full_policy(home, **kwargs):
    """An adopted policy with every section filled in, as a kommune publishes it."""
    today = timezone.localdate()
    health = StandardPageFactory(parent=home, title="Sundhedspolitik", slug="sundhedspolitik")
    defaults = {
        "title": "Frivilligpolitik",
        "slug": "frivilligpolitik",
        "intro": "Sådan samarbejder kommunen med det frivillige liv.",
        "vision": "<p>Alle kan være en del af et fællesskab.</p>",
        "principles": [
            principle("Mod", "Vi tør prøve nyt sammen."),
            principle("Respekt", "Vi møder hinanden med respekt."),
            principle("Robusthed", "Fællesskaber skal kunne klare sig uden os."),
            principle("Tillid", "Vi stoler på foreningerne."),
        ],
        "definitions": [
            ("definition", {"term": "Frivilligt arbejde", "explanation": "<p>Arbejde uden løn for andre.</p>"}),
        ],
        "cooperation_rules": "<p>Frivillige supplerer, men erstatter ikke, kommunens ansatte.</p>",
        "follow_up": [
            (
                "follow_up",
                {"kind": "theme_day", "date": today + datetime.timedelta(days=40), "title": "Temadag om unge"},
            ),
            (
                "follow_up",
                {
                    "kind": "status_meeting",
                    "date": today - datetime.timedelta(days=30),
                    "title": "Statusmøde i Frivilligrådet",
                    "text": "Vi gennemgik de første initiativer.",
                },
            ),
        ],
        "related_policies": [
            ("related_policy", {"text": "Sundhedspolitikken", "page": health, "url": "", "description": "Om trivsel"}),
            (
                "related_policy",
                {"text": "Handicappolitikken", "page": None, "url": "https://testrup.dk/handicap", "description": ""},
            ),
        ],
        "documents": [("document", {"title": "Frivilligpolitikken som PDF", "document": make_document()})],
        "contact": [
            (
                "contact",
                {
                    "name": "Frivilligkoordinatoren",
                    "role": "Kultur og Fritid",
                    "email": "frivillig@testrup.dk",
                    "phone": "70 10 20 30",
                    "text": "Skriv eller ring på hverdage.",
                },
            )
        ],
    }
    defaults.update(kwargs)
    return PolicyPageFactory(parent=home, **defaults)


def add_focus_areas(policy, count, initiatives_each=2, notes_each=2, links=()):
    """Focus areas with initiatives in every status, dated progress notes and linked pages."""
    statuses = ["planned", "in_progress", "done", "dropped"]
    areas = []
    start = FocusAreaPage.objects.child_of(policy).count()
    for n in range(start, start + count):
        blocks = [
            initiative(
                f"Initiativ {n}.{i}",
                status=statuses[(n + i) % 4],
                notes=[
                    (datetime.date(2025, 1 + (i % 12), 1 + n % 28), f"Note {j} om initiativ {n}.{i}")
                    for j in range(notes_each)
                ],
                links=links,
            )
            for i in range(initiatives_each)
        ]
        areas.append(
            FocusAreaPageFactory(
                parent=policy,
                title=f"Fokusområde {n}",
                slug=f"fokusomraade-{n}",
                goals=[("goal", {"text": f"Mål {n}"})],
                initiatives=blocks,
            )
        )
    return areas


@pytest.fixture
def policy(home, portal_settings):
    return full_policy(home)


# Page tree


class TestPageTree(WagtailPageTestCase):
    """Where the policy pages may be created in the admin."""

    def test_policy_pages_go_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, PolicyPage)
        self.assertAllowedParentPageTypes(PolicyPage, {HomePage})

    def test_a_policy_holds_focus_areas_and_consultations(self):
        self.assertAllowedSubpageTypes(PolicyPage, {FocusAreaPage, ConsultationPage})

    def test_focus_areas_live_only_under_a_policy_and_have_no_children(self):
        self.assertAllowedParentPageTypes(FocusAreaPage, {PolicyPage})
        self.assertAllowedSubpageTypes(FocusAreaPage, {})

    def test_the_home_page_offers_the_policy_and_the_guide_index(self):
        self.assertCanCreateAt(HomePage, PolicyPage)
        self.assertCanCreateAt(HomePage, GuideIndexPage)


# The policy page


def test_the_policy_page_shows_every_section_with_a_table_of_contents(policy, client):
    areas = add_focus_areas(policy, 2)
    ConsultationPageFactory(
        parent=policy,
        title="Høring om frivilligpolitikken",
        opens_at=timezone.now() - datetime.timedelta(days=60),
        closes_at=timezone.now() - datetime.timedelta(days=30),
    )
    publish(policy)

    response = client.get(POLICY_URL)
    assert response.status_code == 200
    html = soup_of(response)
    assert text_of(html.h1) == "Frivilligpolitik"
    assert "Sådan samarbejder kommunen med det frivillige liv." in text_of(html.select_one(".font-lead"))

    # Every entry of the table of contents points at a section on the page.
    toc = [link["href"] for link in html.select(".policy-toc a")]
    assert toc == [
        "#vision",
        "#principles",
        "#definitions",
        "#cooperation",
        "#focus-areas",
        "#practice",
        "#follow-up",
        "#consultations",
        "#related",
        "#documents",
        "#versions",
        "#contact",
    ]
    for target in toc:
        assert html.select_one(target) is not None, target

    facts = text_of(html.select_one(".policy-facts"))
    assert in_danish("Adopted") in facts
    assert "Byrådet" in facts
    assert danish_date(datetime.date(2025, 6, 19)) in facts
    assert danish_date(datetime.date(2028, 6, 1)) in facts

    assert "Alle kan være en del af et fællesskab." in text_of(html.select_one("#vision"))
    principles = html.select("ol.policy-principles > li")
    assert [text_of(item.h3) for item in principles] == ["Mod", "Respekt", "Robusthed", "Tillid"]
    assert "Vi stoler på foreningerne." in text_of(principles[3])
    assert text_of(html.select_one(".policy-definitions dt")) == "Frivilligt arbejde"
    assert "erstatter ikke" in text_of(html.select_one("#cooperation"))

    cards = html.select(".policy-focus-area")
    assert [text_of(card.h3) for card in cards] == [area.title for area in areas]
    assert cards[0].a["href"] == areas[0].url
    assert "Derfor er området vigtigt." in text_of(cards[0])
    assert "2" in text_of(cards[0].select_one(".policy-meta"))

    follow_up = html.select_one("#follow-up")
    upcoming, past = follow_up.select("ol.policy-timeline")
    assert "Temadag om unge" in text_of(upcoming) and in_danish("Theme day") in text_of(upcoming)
    assert "Statusmøde i Frivilligrådet" in text_of(past) and in_danish("Status meeting") in text_of(past)
    assert upcoming.time["datetime"] == (timezone.localdate() + datetime.timedelta(days=40)).isoformat()

    consultations = text_of(html.select_one("#consultations"))
    assert "Høring om frivilligpolitikken" in consultations and in_danish("Closed") in consultations

    related = html.select_one("#related")
    assert related.find("a", string="Sundhedspolitikken")["href"] == "/sundhedspolitik/"
    assert related.find("a", string="Handicappolitikken")["href"] == "https://testrup.dk/handicap"
    assert "Om trivsel" in text_of(related)

    document = html.select_one("#documents a")
    assert document["href"].startswith("/documents/") and document["href"].endswith(".pdf")
    assert re.search(r"Frivilligpolitikken som PDF \(PDF, 240[,.]0\s+KB\)", text_of(document))

    versions = html.select_one("#versions")
    with translation.override("da"):
        expected = gettext("Version %(number)s – adopted by %(body)s on %(date)s") % {
            "number": 1,
            "body": "Byrådet",
            "date": danish_date(datetime.date(2025, 6, 19)),
        }
    assert versions.find("a", string=expected)["href"] == POLICY_URL + "versioner/1/"
    assert versions.find("a", href=POLICY_URL + "versioner/sammenlign/") is None  # only one version so far

    contact = html.select_one("#contact")
    assert contact.find(["h2"]) is not None
    assert contact.find("a", href="mailto:frivillig@testrup.dk") is not None
    assert contact.find("a", href="tel:70102030") is not None
    assert "Frivilligkoordinatoren" in text_of(contact) and "Skriv eller ring på hverdage." in text_of(contact)


def test_headings_on_the_policy_page_never_skip_a_level(policy, client):
    add_focus_areas(policy, 2)
    html = soup_of(client.get(POLICY_URL))
    assert_headings_in_order(html)


def test_a_policy_with_two_versions_links_to_the_comparison(policy, client):
    publish(policy)
    policy.adopted_on = datetime.date(2026, 3, 1)
    publish(policy)
    html = soup_of(client.get(POLICY_URL))
    assert html.select_one("#versions").find("a", href=POLICY_URL + "versioner/sammenlign/") is not None
    assert len(html.select("#versions ul.policy-versions li")) == 2


def test_a_policy_page_with_only_its_title_renders_without_empty_sections(home, portal_settings, client):
    PolicyPageFactory(parent=home, slug="kort", status=PolicyPage.DRAFT, not_adopted=True, vision="", intro="")
    response = client.get("/kort/")
    assert response.status_code == 200
    html = soup_of(response)
    assert html.select(".policy-toc li") == []
    assert html.select(".policy-section") == []
    assert in_danish("Not adopted yet") in text_of(html.select_one(".policy-facts"))


# Status banner


def banner(client, url=POLICY_URL):
    return soup_of(client.get(url)).select_one("#policy-status")


def test_a_draft_says_it_is_not_adopted_and_names_the_policy_it_will_replace(policy, home, client):
    PolicyPageFactory(
        parent=home,
        title="Ny frivilligpolitik",
        slug="ny",
        status=PolicyPage.DRAFT,
        not_adopted=True,
        revises=policy,
    )
    box = banner(client, "/ny/")
    assert "alert-warning" in box["class"]
    assert text_of(box.h2) == in_danish("Draft – not adopted")
    assert box.find("a", href=POLICY_URL) is not None


def test_a_policy_in_consultation_links_to_the_open_consultation_and_its_closing_date(home, portal_settings, client):
    draft = PolicyPageFactory(parent=home, slug="udkast", status=PolicyPage.CONSULTATION, not_adopted=True)
    closes = timezone.now() + datetime.timedelta(days=7)
    open_round = ConsultationPageFactory(parent=draft, title="Høring 2026", slug="hoering-2026", closes_at=closes)
    ConsultationPageFactory(
        parent=draft,
        title="Tidligere høring",
        opens_at=timezone.now() - datetime.timedelta(days=90),
        closes_at=timezone.now() - datetime.timedelta(days=60),
    )
    box = banner(client, "/udkast/")
    assert text_of(box.h2) == in_danish("In consultation")
    assert [link["href"] for link in box.find_all("a")] == [open_round.url]
    with translation.override("da"):
        assert dateformat.format(timezone.localtime(closes), "j. F Y, H:i") in text_of(box)


def test_an_adopted_policy_says_it_is_in_force(policy, client):
    box = banner(client)
    assert "alert-success" in box["class"]
    assert text_of(box.h2) == in_danish("Adopted")
    assert "Byrådet" in text_of(box) and danish_date(datetime.date(2025, 6, 19)) in text_of(box)


def test_a_policy_under_revision_still_applies_and_links_to_the_drafts_and_their_consultation(policy, home, client):
    policy.status = PolicyPage.REVISION
    policy.save()
    draft = PolicyPageFactory(
        parent=home,
        title="Frivilligpolitik 2027",
        slug="frivilligpolitik-2027",
        status=PolicyPage.CONSULTATION,
        not_adopted=True,
        revises=policy,
    )
    consultation = ConsultationPageFactory(parent=draft, title="Høring om den nye politik")
    unpublished = PolicyPageFactory(
        parent=home, slug="kladde", status=PolicyPage.DRAFT, not_adopted=True, revises=policy
    )
    unpublished.unpublish()

    box = banner(client)
    assert text_of(box.h2) == in_danish("Under revision")
    assert "Byrådet" in text_of(box)
    links = [link["href"] for link in box.find_all("a")]
    assert draft.url in links
    assert consultation.url in links
    assert unpublished.url not in links
    assert in_danish("In consultation") in text_of(box)  # the draft's status, in words


def test_an_adopted_policy_links_to_a_draft_that_revises_it(policy, home, client):
    draft = PolicyPageFactory(parent=home, slug="revision", status=PolicyPage.DRAFT, not_adopted=True, revises=policy)
    assert draft.url in [link["href"] for link in banner(client).find_all("a")]


def test_a_replaced_policy_links_to_the_policy_that_replaced_it(policy, home, client):
    successor = PolicyPageFactory(parent=home, title="Fællesskabspolitik", slug="faellesskab")
    policy.status = PolicyPage.REPLACED
    policy.replaced_by = successor
    policy.save()
    box = banner(client)
    assert text_of(box.h2) == in_danish("Replaced – no longer applies")
    assert box.find("a", href="/faellesskab/").get_text() == "Fællesskabspolitik"


# "Fra politik til praksis"


def test_from_policy_to_practice_counts_initiatives_per_status_in_words(policy, client):
    area = FocusAreaPageFactory(
        parent=policy,
        title="Unge",
        initiatives=[
            initiative("Ungeråd", status="planned"),
            initiative("Frivilligjob for unge", status="in_progress"),
            initiative("Foreningsmesse", status="in_progress"),
            initiative("Lektiecafé", status="done"),
        ],
    )
    FocusAreaPageFactory(parent=policy, title="Ældre", initiatives=[initiative("Besøgsvenner", status="planned")])

    practice = soup_of(client.get(POLICY_URL)).select_one("#practice")
    assert text_of(practice.h2) == in_danish("From policy to practice")
    counts = {text_of(item.dt): text_of(item.dd) for item in practice.select(".policy-status-counts > div")}
    assert counts == {
        in_danish("Planned"): "2",
        in_danish("In progress"): "2",
        in_danish("Done"): "1",
        in_danish("Dropped"): "0",
    }
    groups = practice.select("ul.policy-practice-list")
    assert [text_of(item).split(" –")[0] for item in groups[1].find_all("li")] == [
        "Frivilligjob for unge",
        "Foreningsmesse",
    ]
    assert groups[1].find("a", href=area.url).get_text() == "Unge"


def test_from_policy_to_practice_shows_the_latest_progress_notes_newest_first(policy, client):
    notes = [(datetime.date(2025, month, 1), f"Status for måned {month}") for month in range(1, 9)]
    area = FocusAreaPageFactory(parent=policy, initiatives=[initiative("Foreningsmesse", "done", notes=notes)])

    practice = soup_of(client.get(POLICY_URL)).select_one("#practice")
    shown = practice.select("ul.policy-notes > li")
    assert [item.time["datetime"] for item in shown] == [f"2025-0{month}-01" for month in range(8, 2, -1)]
    assert "Status for måned 8" in text_of(shown[0])
    assert "Foreningsmesse" in text_of(shown[0])
    assert shown[0].find("a", href=area.url) is not None


def test_unpublished_focus_areas_are_left_out_of_the_policy_page(policy, client):
    live, hidden = add_focus_areas(policy, 2)
    hidden.unpublish()
    html = soup_of(client.get(POLICY_URL))
    assert [text_of(card.h3) for card in html.select(".policy-focus-area")] == [live.title]
    assert hidden.title not in text_of(html.select_one("#practice"))


# The focus area page


@pytest.fixture
def focus_area(policy, home):
    directory = DirectoryIndexPageFactory(parent=home)
    club = AssociationPageFactory(parent=directory, title="Fjordlund Roklub", slug="fjordlund-roklub")
    guides = GuideIndexPageFactory(parent=home)
    guide = GuidePageFactory(parent=guides, title="Sådan finder I nye frivillige", slug="nye-frivillige")
    hidden = StandardPageFactory(parent=home, title="Gammel kampagne", slug="gammel-kampagne")
    hidden.unpublish()
    area = FocusAreaPageFactory(
        parent=policy,
        title="Flere unge frivillige",
        slug="unge",
        intro="<p>Unge vil gerne hjælpe, når de bliver spurgt.</p>",
        goals=[
            ("goal", {"text": "Flere unge er frivillige i 2027."}),
            ("goal", {"text": "Alle klubber har en ung i bestyrelsen."}),
        ],
        initiatives=[
            initiative(
                "Frivilligjob for unge",
                status="in_progress",
                unit="Ungdomsskolen",
                description="Vi formidler korte frivilligjob.",
                notes=[
                    (datetime.date(2025, 3, 1), "Første job er formidlet."),
                    (datetime.date(2025, 9, 1), "30 unge er i gang."),
                ],
                links=[club, guide, hidden],
            ),
            initiative("Ungeråd", status="planned"),
            initiative("Lektiecafé", status="done"),
            initiative("Ungemesse", status="in_progress"),
        ],
    )
    FocusAreaPageFactory(parent=policy, title="Stærke foreninger", slug="foreninger")
    return area


def test_the_focus_area_page_shows_goals_and_initiatives_with_notes_and_links(focus_area, client):
    response = client.get("/frivilligpolitik/unge/")
    assert response.status_code == 200
    html = soup_of(response)
    assert text_of(html.h1) == "Flere unge frivillige"
    assert html.select_one(".policy-parent").find("a", href=POLICY_URL).get_text() == "Frivilligpolitik"
    assert "Unge vil gerne hjælpe" in text_of(html.select_one(".font-lead"))
    assert [text_of(goal) for goal in html.select(".policy-goals li")] == [
        "Flere unge er frivillige i 2027.",
        "Alle klubber har en ung i bestyrelsen.",
    ]

    counts = {
        text_of(item.dt): text_of(item.dd) for item in html.select(".policy-overview .policy-status-counts > div")
    }
    assert counts == {in_danish("Planned"): "1", in_danish("In progress"): "2", in_danish("Done"): "1"}

    first = html.select("li.policy-initiative")[0]
    assert text_of(first.h3) == "Frivilligjob for unge"
    assert in_danish("In progress") in text_of(first.select_one(".badge"))
    assert "Ungdomsskolen" in text_of(first.select_one(".policy-initiative-facts"))
    assert "Vi formidler korte frivilligjob." in text_of(first)
    assert [time["datetime"] for time in first.select(".policy-notes time")] == ["2025-09-01", "2025-03-01"]
    links = {link.get_text(): link["href"] for link in first.select(".policy-links a")}
    assert links == {
        "Fjordlund Roklub": "/foreninger/fjordlund-roklub/",
        "Sådan finder I nye frivillige": "/guides/nye-frivillige/",
    }
    labels = text_of(first.select_one(".policy-links"))
    with translation.override("da"):
        assert str(AssociationPage.get_verbose_name()) in labels
        assert str(GuidePage.get_verbose_name()) in labels
    assert "Gammel kampagne" not in response.content.decode()

    siblings = html.select_one(".policy-siblings")
    assert [link.get_text() for link in siblings.find_all("a")] == ["Flere unge frivillige", "Stærke foreninger"]
    assert siblings.find("a", attrs={"aria-current": "page"}).get_text() == "Flere unge frivillige"


def test_headings_on_the_focus_area_page_never_skip_a_level(focus_area, client):
    html = soup_of(client.get("/frivilligpolitik/unge/"))
    assert_headings_in_order(html)


def test_a_focus_area_without_initiatives_says_so(policy, client):
    FocusAreaPageFactory(parent=policy, title="Nyt område", slug="nyt")
    html = soup_of(client.get("/frivilligpolitik/nyt/"))
    assert html.select(".policy-overview") == []
    assert in_danish("No initiatives have been described for this focus area yet.") in text_of(
        html.select_one("#initiatives")
    )


# Status lifecycle

ALL_STATUSES = ["draft", "consultation", "adopted", "revision", "replaced"]
# What the council's process allows: a draft goes to consultation and back, or is adopted;
# an adopted policy is revised or replaced; a replaced policy stays replaced.
ALLOWED = {
    "draft": {"draft", "consultation", "adopted"},
    "consultation": {"consultation", "draft", "adopted"},
    "adopted": {"adopted", "revision", "replaced"},
    "revision": {"revision", "consultation", "adopted", "replaced"},
    "replaced": {"replaced"},
}


@pytest.mark.parametrize(("before", "after"), [(before, after) for before in ALL_STATUSES for after in ALL_STATUSES])
def test_the_status_only_moves_along_the_policy_lifecycle(home, before, after):
    successor = PolicyPageFactory(parent=home, slug="efterfoelger")
    policy = PolicyPageFactory(parent=home, status=before, replaced_by=successor)
    policy.status = after
    if after in ALLOWED[before]:
        policy.clean()
    else:
        with pytest.raises(ValidationError) as error:
            policy.clean()
        assert set(error.value.message_dict) == {"status"}


@pytest.mark.parametrize("status", ["adopted", "revision", "replaced"])
def test_decided_statuses_need_the_body_and_the_date(home, status):
    successor = PolicyPageFactory(parent=home, slug="efterfoelger")
    policy = PolicyPageFactory.build(status=status, adopted_by="", adopted_on=None, replaced_by=successor)
    with pytest.raises(ValidationError) as error:
        policy.clean()
    assert set(error.value.message_dict) == {"adopted_by", "adopted_on"}


@pytest.mark.parametrize("status", ["draft", "consultation"])
def test_drafts_need_no_decision_facts(status):
    PolicyPageFactory.build(status=status, adopted_by="", adopted_on=None).clean()


def test_a_replaced_policy_must_name_its_successor(home):
    policy = PolicyPageFactory(parent=home)
    policy.status = PolicyPage.REPLACED
    with pytest.raises(ValidationError) as error:
        policy.clean()
    assert set(error.value.message_dict) == {"replaced_by"}
    policy.replaced_by = policy
    with pytest.raises(ValidationError) as error:
        policy.clean()
    assert set(error.value.message_dict) == {"replaced_by"}


def test_the_next_evaluation_comes_after_the_adoption(home):
    policy = PolicyPageFactory.build(
        adopted_on=datetime.date(2025, 6, 19), next_evaluation_on=datetime.date(2025, 6, 19)
    )
    with pytest.raises(ValidationError) as error:
        policy.clean()
    assert set(error.value.message_dict) == {"next_evaluation_on"}
    policy.next_evaluation_on = datetime.date(2025, 6, 20)
    policy.clean()


@pytest.fixture
def admin_client(db):
    user = get_user_model().objects.create_superuser("admin", "admin@testrup.dk", "password")
    client = Client()
    client.force_login(user)
    return client


STREAMS = ["principles", "definitions", "follow_up", "related_policies", "documents", "contact"]


def edit_form(admin_client, page):
    """The admin's edit form for a policy without blocks, filled in as it is now.

    The admin draws StreamFields with JavaScript, so their (empty) form data is added here."""
    url = f"/admin/pages/{page.pk}/edit/"
    response = admin_client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({name: streamfield([]) for name in STREAMS}))
    return url, data


@pytest.fixture
def plain_policy(home, portal_settings):
    return PolicyPageFactory(parent=home, slug="frivilligpolitik")


def test_the_admin_refuses_to_turn_an_adopted_policy_back_into_a_draft(plain_policy, admin_client):
    policy = plain_policy
    revisions = policy.revisions.count()
    url, data = edit_form(admin_client, policy)
    data["status"] = "draft"
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    with translation.override("da"):
        message = gettext("A policy that is '%(current)s' can only become: %(allowed)s.") % {
            "current": gettext("Adopted"),
            "allowed": ", ".join([gettext("Adopted"), gettext("Under revision"), gettext("Replaced")]),
        }
    html = soup_of(response)
    assert message in text_of(html)
    assert html.find("select", attrs={"name": "status"}).find("option", selected=True)["value"] == "draft"
    policy.refresh_from_db()
    assert policy.status == PolicyPage.ADOPTED
    assert policy.revisions.count() == revisions


def test_the_admin_publishes_an_adopted_policy_as_under_revision(plain_policy, admin_client, client):
    policy = plain_policy
    url, data = edit_form(admin_client, policy)
    data["status"] = "revision"
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.status == PolicyPage.REVISION
    assert text_of(banner(client).h2) == in_danish("Under revision")


# SQL queries


def test_the_policy_page_renders_with_a_bounded_number_of_queries(policy, home, django_assert_max_num_queries):
    add_focus_areas(policy, 3)
    ConsultationPageFactory(parent=policy)
    PolicyPageFactory(parent=home, slug="udkast", status="draft", not_adopted=True, revises=policy)
    publish(policy)
    client = Client()
    client.get(POLICY_URL)
    with django_assert_max_num_queries(POLICY_PAGE_QUERIES + 2):  # + the draft's consultations in the banner
        assert client.get(POLICY_URL).status_code == 200


def test_the_policy_page_queries_do_not_grow_with_its_content(policy, home):
    club = StandardPageFactory(parent=home, slug="klub")
    add_focus_areas(policy, 2, initiatives_each=1, notes_each=1, links=[club])
    publish(policy)
    few = queries_for(POLICY_URL)
    assert few <= POLICY_PAGE_QUERIES

    add_focus_areas(policy, 6, initiatives_each=5, notes_each=4, links=[club, home])
    for _ in range(3):
        ConsultationPageFactory(parent=policy)
    policy.adopted_on = datetime.date(2026, 1, 1)
    publish(policy)
    assert queries_for(POLICY_URL) == few


def test_the_focus_area_page_renders_with_a_bounded_number_of_queries(focus_area, django_assert_max_num_queries):
    client = Client()
    client.get(focus_area.url)
    with django_assert_max_num_queries(FOCUS_AREA_PAGE_QUERIES):
        assert client.get(focus_area.url).status_code == 200


def test_the_focus_area_page_queries_do_not_grow_with_its_content(policy, home):
    club = StandardPageFactory(parent=home, slug="klub")
    area = add_focus_areas(policy, 1, initiatives_each=1, notes_each=1, links=[club])[0]
    few = queries_for(area.url)
    assert few <= FOCUS_AREA_PAGE_QUERIES

    pages = [StandardPageFactory(parent=home, slug=f"side-{n}") for n in range(6)]
    guides = GuideIndexPageFactory(parent=home)
    pages.append(GuidePageFactory(parent=guides))
    area.initiatives = [
        initiative(f"Initiativ {n}", notes=[(datetime.date(2025, 1, d), f"Note {d}") for d in range(1, 6)], links=pages)
        for n in range(8)
    ]
    area.save()
    add_focus_areas(policy, 5)
    assert queries_for(area.url) == few

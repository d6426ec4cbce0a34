"""A citizen reads the policy in a real browser: every page type without barriers, the contents by keyboard.

axe-core checks the adopted policy with everything filled in and a revision draft linked,
a focus area, an adopted version, the comparison of two versions (with changes to show)
and the policy page on a phone. The table of contents is walked by keyboard.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory
from home.factories import StandardPageFactory, fill_portal_settings, site_home_page
from policy.factories import (
    ConsultationPageFactory,
    FocusAreaPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    PolicyPageFactory,
    initiative,
    principle,
)
from policy.models import PolicyPage
from tests.database import snapshotted

from .conftest import assert_accessible

URL = "/frivilligpolitik/"


@snapshotted
def policy_site():
    """An adopted policy with every section, focus areas with initiatives, two versions and a revision draft."""
    home = site_home_page()
    fill_portal_settings()
    today = timezone.localdate()
    health = StandardPageFactory(parent=home, title="Sundhedspolitik", slug="sundhedspolitik")
    document = get_document_model()(title="Frivilligpolitik", file_size=240 * 1024)
    document.file.save("frivilligpolitik.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.save()
    policy = PolicyPageFactory(
        parent=home,
        title="Frivilligpolitik",
        slug="frivilligpolitik",
        show_in_menus=True,
        adopted_on=datetime.date(2021, 5, 3),
        vision="<p>Alle kan være en del af et fællesskab.</p>",
        principles=[
            principle("Mod", "Vi tør prøve nyt sammen."),
            principle("Respekt", "Vi møder hinanden med respekt."),
            principle("Robusthed", "Fællesskaber skal kunne klare sig uden os."),
        ],
        definitions=[
            ("definition", {"term": "Frivilligt arbejde", "explanation": "<p>Ulønnet arbejde for andre.</p>"})
        ],
        cooperation_rules="<h3>Frivillige og ansatte</h3><p>Frivillige supplerer, men erstatter ikke, ansatte.</p>",
        follow_up=[
            ("follow_up", {"kind": "theme_day", "date": today + datetime.timedelta(days=30), "title": "Temadag"}),
            ("follow_up", {"kind": "evaluation", "date": today - datetime.timedelta(days=30), "title": "Evaluering"}),
        ],
        related_policies=[
            ("related_policy", {"text": "Sundhedspolitikken", "page": health, "url": "", "description": "Trivsel"}),
            (
                "related_policy",
                {"text": "Handicappolitikken", "page": None, "url": "https://example.dk/", "description": ""},
            ),
        ],
        documents=[
            ("document", {"title": "Frivilligpolitikken som PDF", "document": document, "description": "Til print"})
        ],
        contact=[
            (
                "contact",
                {
                    "name": "Frivilligkoordinatoren",
                    "role": "Kultur og Fritid",
                    "email": "frivillig@testrup.dk",
                    "phone": "70 10 20 30",
                    "text": "Ring på hverdage.",
                },
            )
        ],
    )
    directory = DirectoryIndexPageFactory(parent=home)
    club = AssociationPageFactory(parent=directory, title="Fjordlund Roklub", slug="fjordlund-roklub")
    guide = GuidePageFactory(parent=GuideIndexPageFactory(parent=home), title="Find nye frivillige")
    FocusAreaPageFactory(
        parent=policy,
        title="Flere unge frivillige",
        slug="unge",
        goals=[("goal", {"text": "Flere unge er frivillige."})],
        initiatives=[
            initiative(
                "Frivilligjob for unge",
                status="in_progress",
                notes=[
                    (datetime.date(2025, 3, 1), "Første job er formidlet."),
                    (datetime.date(2025, 9, 1), "30 unge er i gang."),
                ],
                links=[club, guide],
            ),
            initiative("Ungeråd", status="planned"),
            initiative("Lektiecafé", status="done", notes=[(datetime.date(2024, 11, 1), "Caféen er åbnet.")]),
            initiative("Ungemesse", status="dropped"),
        ],
    )
    FocusAreaPageFactory(
        parent=policy, title="Stærke foreninger", slug="foreninger", initiatives=[initiative("Foreningsdag")]
    )
    ConsultationPageFactory(
        parent=policy,
        title="Høring 2021",
        opens_at=timezone.now() - datetime.timedelta(days=1500),
        closes_at=timezone.now() - datetime.timedelta(days=1470),
    )
    policy.save_revision().publish()  # version 1

    policy.principles = [
        principle("Mod", "Vi tør prøve nyt sammen."),
        principle("Respekt", "Vi møder hinanden med tillid."),
        principle("Robusthed", "Fællesskaber skal kunne klare sig uden os."),
        principle("Tillid", "Vi stoler på foreningerne."),
    ]
    policy.adopted_on = datetime.date(2025, 6, 19)
    policy.save_revision().publish()  # version 2

    draft = PolicyPageFactory(
        parent=home,
        title="Frivilligpolitik 2027",
        slug="frivilligpolitik-2027",
        status=PolicyPage.CONSULTATION,
        not_adopted=True,
        revises=policy,
    )
    ConsultationPageFactory(parent=draft, title="Høring om Frivilligpolitik 2027")
    return policy


def test_the_policy_page_has_no_accessibility_violations(browser_page, policy_site):
    browser_page.goto(URL)
    assert browser_page.locator("h1").inner_text() == "Frivilligpolitik"
    assert browser_page.locator("#policy-status a[href='/frivilligpolitik-2027/']").is_visible()
    assert browser_page.locator("ol.policy-principles > li").count() == 4
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_the_policy_page_has_no_accessibility_violations_on_a_phone(phone_page, policy_site):
    phone_page.goto(URL)
    assert phone_page.locator(".policy-toc").is_visible()
    assert_accessible(phone_page)
    # Nothing sticks out sideways on a small screen.
    assert phone_page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_focus_area_has_no_accessibility_violations(browser_page, policy_site):
    browser_page.goto(URL + "unge/")
    assert browser_page.locator("h1").inner_text() == "Flere unge frivillige"
    assert browser_page.locator("li.policy-initiative").count() == 4
    assert_accessible(browser_page)


def test_a_version_has_no_accessibility_violations(browser_page, policy_site):
    browser_page.goto(URL + "versioner/1/")
    assert browser_page.locator("#version-notice").is_visible()
    assert_accessible(browser_page)


def test_the_versions_list_has_no_accessibility_violations(browser_page, policy_site):
    browser_page.goto(URL + "versioner/")
    assert browser_page.locator(".policy-version-table tbody tr").count() == 2
    assert_accessible(browser_page)


def test_the_comparison_has_no_accessibility_violations(browser_page, policy_site):
    browser_page.goto(URL + "versioner/sammenlign/")
    assert browser_page.locator(".policy-diff-section-added").count() == 1
    assert browser_page.locator(".policy-diff-row-changed del").count() == 1
    assert_accessible(browser_page)
    # Opening an unchanged section keeps the page free of violations.
    browser_page.locator(".policy-diff-unchanged summary").first.click()
    assert_accessible(browser_page)


def test_a_refused_comparison_has_no_accessibility_violations(browser_page, policy_site):
    browser_page.goto(URL + "versioner/sammenlign/?fra=2&til=2")
    assert browser_page.locator("#compare-errors").is_visible()
    assert_accessible(browser_page)


def test_the_compare_form_works_by_keyboard(browser_page, policy_site):
    browser_page.goto(URL + "versioner/sammenlign/?fra=1&til=1")
    browser_page.locator("#compare-from").focus()
    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("document.activeElement.id") == "compare-to"
    browser_page.locator("#compare-to").select_option("2")
    browser_page.keyboard.press("Tab")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/versioner/sammenlign/?fra=1&til=2")
    assert browser_page.locator(".policy-diff-section").count() > 0


def test_the_table_of_contents_takes_keyboard_users_to_each_section(browser_page, policy_site):
    browser_page.goto(URL)
    link = "#principles"
    for _ in range(80):
        browser_page.keyboard.press("Tab")
        if browser_page.evaluate(f"document.activeElement.getAttribute('href') === {link!r}"):
            break
    else:
        raise AssertionError("The table of contents could not be reached with the Tab key")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/frivilligpolitik/#principles")
    # Focus moved to the section, and it is scrolled into view.
    assert browser_page.evaluate("document.activeElement.id") == "principles"
    assert browser_page.evaluate("Math.abs(document.getElementById('principles').getBoundingClientRect().top) < 50")
    # The next Tab continues inside the section, not at the top of the page.
    browser_page.keyboard.press("Tab")
    follows = "document.getElementById('principles').compareDocumentPosition(document.activeElement)"
    assert browser_page.evaluate(f"{follows} & Node.DOCUMENT_POSITION_FOLLOWING")

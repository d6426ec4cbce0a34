"""Chromium, with the Content-Security-Policy enforced, meets no violation on any public page type of the demo.

The policy forbids inline script and style (portal/settings/base.py); a template that brought
some back would break silently for citizens: the browser refuses it and only says so in the
console. Each page below is opened in a tab *without* Playwright's bypass_csp, and everything the
browser reports is collected: `securitypolicyviolation` events (registered before any of the
page's own code runs) and console messages that name the policy, plus JavaScript errors. None is
allowed. The first test shows that the watch does catch a violation.
"""

from datetime import timedelta

import pytest
import time_machine

from directory.models import AssociationPage, KommuneUnitPage, VolunteerTaskPage
from policy.models import ConsultationPage, FocusAreaPage, PolicyPage
from stories.models import StoryPage

from .conftest import AXE_SCRIPT, assert_accessible

pytestmark = pytest.mark.usefixtures("mail_queue")

WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(
    event.violatedDirective + " refused " + (event.blockedURI || "inline code") +
    " (" + event.sourceFile + ":" + event.lineNumber + ")"
  );
});
"""


@pytest.fixture
def watched_page(chromium, live_server):
    """A tab that enforces the site's CSP (no bypass_csp) and records every complaint the browser makes."""
    context = chromium.new_context(locale="da-DK", base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    context.add_init_script(WATCH_VIOLATIONS)
    page = context.new_page()
    page.complaints = []
    page.on(
        "console",
        lambda message: (
            page.complaints.append(f"console: {message.text}")
            if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: page.complaints.append(f"JavaScript error: {error}"))
    yield page
    context.close()


def complaints(page):
    """What the browser reported on the page so far: violations and console messages about the policy."""
    page.wait_for_load_state("load")
    violations = page.evaluate("window.__cspViolations || []")
    return [f"violation: {v}" for v in violations] + page.complaints


def visit(page, address, status=200):
    response = page.goto(address)
    assert response.status == status, address
    assert "script-src 'self'" in response.headers["content-security-policy"], address
    assert "'unsafe-inline'" not in response.headers["content-security-policy"], address
    return page


def test_the_watch_catches_an_inline_script_the_policy_refuses(watched_page, demo):
    visit(watched_page, "/")
    watched_page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.ran = true';"
        " document.body.append(s); }"
    )
    watched_page.wait_for_function("window.__cspViolations.length > 0")
    assert watched_page.evaluate("window.ran") is None  # refused, not run
    assert any("script-src" in line for line in complaints(watched_page))


def first_url(model, **filters):
    return model.objects.live().filter(**filters).order_by("path").first().url


PAGES = {
    "home": lambda: "/",
    "English home": lambda: "/en/",
    "standard page": lambda: "/om-frivilligportalen/",
    "privacy page": lambda: "/privatlivspolitik/",
    "directory": lambda: "/foreninger/",
    "directory filtered": lambda: "/foreninger/?page=1",
    "association": lambda: first_url(AssociationPage),
    "kommune unit": lambda: first_url(KommuneUnitPage),
    "tasks": lambda: "/bliv-frivillig/",
    "task": lambda: VolunteerTaskPage.objects.get(slug="traener-for-u9-drengene").url,
    "enquiry form": lambda: f"/jeg-vil-hjaelpe/{VolunteerTaskPage.objects.get(slug='traener-for-u9-drengene').pk}/",
    "application form": lambda: "/tilmeld-forening/",
    "policy": lambda: first_url(PolicyPage),
    "focus area": lambda: first_url(FocusAreaPage),
    "policy versions": lambda: first_url(PolicyPage) + "versioner/",
    "policy version compared": lambda: first_url(PolicyPage) + "versioner/sammenlign/",
    "consultation (ideas)": lambda: first_url(ConsultationPage),
    "consultation (hearing)": lambda: ConsultationPage.objects.live().order_by("-path").first().url,
    "guide index": lambda: "/guides/",
    "guide": lambda: "/guides/boerneattest/",
    "search with results": lambda: "/search/?q=frivillig",
    "search without results": lambda: "/search/?q=zzzyyyxxx",
    "search API reference": lambda: "/api/docs",
    "story index": lambda: "/gode-historier/?kategori=natur-og-miljoe",
    "story": lambda: first_url(StoryPage, featured=True),
}


@pytest.mark.parametrize("kind", PAGES)
def test_a_public_page_runs_without_a_policy_violation(watched_page, demo, kind):
    visit(watched_page, PAGES[kind]())
    assert complaints(watched_page) == [], kind


def test_the_not_found_page_runs_without_a_policy_violation(watched_page, demo):
    visit(watched_page, "/findes-ikke/", status=404)
    assert complaints(watched_page) == []


def test_the_guides_questions_still_fold_and_open_under_the_policy(watched_page, demo):
    # Their folding moved from an inline script to static/js/portal.js.
    visit(watched_page, "/guides/")
    guide_with_questions = None
    for link in watched_page.locator("main a[href^='/guides/']").all():
        href = link.get_attribute("href")
        visit(watched_page, href)
        if watched_page.locator("[data-guide-accordion] .accordion-button").count():
            guide_with_questions = href
            break
        watched_page.go_back()
    if guide_with_questions is None:
        pytest.skip("the demo has no guide with questions")
    button = watched_page.locator("[data-guide-accordion] .accordion-button").first
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert complaints(watched_page) == []


def test_a_citizen_offers_help_and_reads_the_receipt_without_a_policy_violation(watched_page, demo):
    visit(watched_page, PAGES["enquiry form"]())
    watched_page.locator("#enquiry-name").fill("Maja Jensen")
    watched_page.locator("#enquiry-email").fill("maja@example.dk")
    watched_page.locator("#enquiry-message").fill("Jeg har tid tirsdag og torsdag.")
    watched_page.locator("#enquiry-consent").check()
    with watched_page.expect_navigation():
        watched_page.locator(".enquiry-form button[type=submit]").click()
    assert watched_page.url.endswith("/tak/")
    assert "Tak, Maja" in watched_page.locator("main").inner_text()
    assert complaints(watched_page) == []


def test_an_association_applies_and_reads_the_receipt_without_a_policy_violation(watched_page, demo):
    visit(watched_page, "/tilmeld-forening/")
    watched_page.locator("#application-name").fill("Lyngå Bueskytter")
    watched_page.locator("#application-summary").fill("Vi skyder med bue på Lyngå stadion.")
    watched_page.locator("#application-contact_name").fill("Grethe Holm")
    watched_page.locator("#application-email").fill("grethe@bueskytter.dk")
    watched_page.locator("#application-accept_terms").check()
    watched_page.locator("#application-consent").check()
    # The form wants a person's few seconds between showing and sending (core.forms.PublicForm).
    with time_machine.travel(timedelta(seconds=5)), watched_page.expect_navigation():
        watched_page.locator(".applications-form button[type=submit]").click()
    assert watched_page.url.endswith("/tilmeld-forening/tak/"), watched_page.locator("main").inner_text()[:600]
    assert complaints(watched_page) == []


def test_axe_core_still_runs_under_the_policy(watched_page, demo):
    # The accessibility tests load axe-core through the DevTools protocol, which the policy does not govern.
    assert AXE_SCRIPT.exists()
    visit(watched_page, "/")
    assert_accessible(watched_page)
    assert complaints(watched_page) == []


def test_the_pages_json_ld_is_data_the_browser_reads_but_does_not_run(watched_page, demo):
    # A <script type="application/ld+json"> in the head (core/structured_data.py) is a data block: the policy's
    # script-src does not apply to it, and nothing complains.
    visit(watched_page, PAGES["task"]())
    blocks = watched_page.locator('head script[type="application/ld+json"]')
    assert blocks.count() == 1
    data = watched_page.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').text)")
    assert [obj["@type"] for obj in data] == ["JobPosting", "BreadcrumbList"]
    assert complaints(watched_page) == []

"""Keyboard only, from start to end: a citizen finds a task and offers to help; a representative edits their page.

Only Tab, Shift+Tab, Enter, Space, the arrow keys and typing are used (no clicks). After every
key the focus must be on an element (never lost to <body>) and visibly so: the focused
element, or for a checkbox the label DKFDS draws it as, has a computed outline or box-shadow.
"""

import pytest

from directory.demo.content import REPRESENTATIVE_DEFAULT_PASSWORD
from directory.models import AssociationPage, VolunteerTaskPage
from enquiries.models import Enquiry

pytestmark = pytest.mark.usefixtures("mail_queue")

# Where the focus is drawn: on the element, or on the label a DKFDS checkbox is drawn as.
FOCUS_SHOWN = """() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return "lost";
    const shown = (el) => {
        if (!el) return false;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        return outline || (style.boxShadow && style.boxShadow !== "none");
    };
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
    const before = label ? getComputedStyle(label, "::before") : null;
    const drawn = before && ((before.outlineStyle !== "none" && parseFloat(before.outlineWidth) > 0)
        || (before.boxShadow && before.boxShadow !== "none"));
    return shown(element) || drawn ? "shown" : "hidden: " + element.outerHTML.slice(0, 120);
}"""


def press(page, key):
    page.keyboard.press(key)
    state = page.evaluate(FOCUS_SHOWN)
    assert state == "shown", f"After {key} on {page.url} the focus is {state}"


def follow(page, key="Enter"):
    """Press a key that opens another page (a link, a form's button) and wait for it."""
    with page.expect_navigation():
        page.keyboard.press(key)


def tab_to(page, selector, limit=120, key="Tab"):
    """Press Tab until the element matching ``selector`` has the focus, checking the focus at every step."""
    if page.evaluate("(s) => document.activeElement.matches(s)", selector):
        return  # already there (an autofocused field)
    for _ in range(limit):
        press(page, key)
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Could not reach {selector} with {key} on {page.url}")


def test_a_citizen_searches_filters_and_offers_to_help_by_keyboard(browser_page, demo):
    page = browser_page
    task = VolunteerTaskPage.objects.get(slug="traener-for-u9-drengene")
    club = AssociationPage.objects.get(slug="egebjerg-boldklub")
    before = Enquiry.objects.count()

    page.goto("/")
    # The search box suggests pages as one types; Escape closes the list and Enter searches.
    tab_to(page, "[role=combobox]")
    page.keyboard.type("fodbold", delay=30)
    page.locator("[role=listbox]:visible [role=option]").first.wait_for()
    press(page, "ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('aria-activedescendant')")
    press(page, "Escape")
    follow(page)
    assert "/search/?q=fodbold" in page.url

    # A filter: the club's town, ticked with Space and applied with the panel's button.
    tab_to(page, "#filter-panel input[value=egebjerg]")
    press(page, "Space")
    tab_to(page, "#filter-panel button[type=submit]")
    follow(page)
    assert "locality=egebjerg" in page.url

    tab_to(page, f"main a[href$='{club.url}']")
    follow(page)
    tab_to(page, f"main a[href$='{task.url}']")
    follow(page)
    tab_to(page, "#enquiry-button")
    follow(page)

    # Shift+Tab goes back as well as Tab goes forward.
    tab_to(page, "#enquiry-email")
    tab_to(page, "#enquiry-name", key="Shift+Tab")
    page.keyboard.type("Maja Jensen")
    tab_to(page, "#enquiry-email")
    page.keyboard.type("maja@example.dk")
    tab_to(page, "#enquiry-message")
    page.keyboard.type("Jeg har tid tirsdag og torsdag.")
    tab_to(page, "#enquiry-consent")
    press(page, "Space")
    tab_to(page, ".enquiry-form button[type=submit]")
    follow(page)
    assert "/tak/" in page.url
    assert Enquiry.objects.count() == before + 1


def test_a_representative_edits_their_page_and_submits_it_for_moderation_by_keyboard(browser_page, demo):
    page = browser_page
    club = AssociationPage.objects.get(slug="egebjerg-boldklub")

    page.goto("/admin/login/")
    tab_to(page, "input[name=username]")
    page.keyboard.type("egebjerg-boldklub")
    tab_to(page, "input[name=password]")
    page.keyboard.type(REPRESENTATIVE_DEFAULT_PASSWORD)
    follow(page)

    # The address of the page's edit screen, typed as one types any address.
    page.goto(f"/admin/pages/{club.pk}/edit/")
    tab_to(page, "[name=summary]")
    page.keyboard.press("Control+A")
    page.keyboard.type("Fodbold for alle fra fire år – nu også for mødre.")
    tab_to(page, "footer [data-w-dropdown-target=toggle]", limit=600)  # past every field of the form
    press(page, "Enter")
    tab_to(page, "button[name=action-submit]")
    follow(page)
    assert f"/pages/{club.pk}/edit/" not in page.url
    club.refresh_from_db()
    assert club.has_unpublished_changes
    assert club.current_workflow_state is not None

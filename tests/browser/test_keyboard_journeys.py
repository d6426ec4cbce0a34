"""Keyboard only, from start to end: a citizen finds a task and offers to help; a representative edits their page.

Only Tab, Shift+Tab, Enter, Space, the arrow keys and typing are used (no clicks). After every
key the focus must be on an element (never lost to <body>) and visibly so: the focused
element, or for a checkbox the label DKFDS draws it as, has a computed outline or box-shadow.
"""

import pytest
from wagtail.models import Locale, Site

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


# Arabic runs right to left: Tab still goes forward in the reading order, the search and its filters are Arabic,
# and the Danish association (not yet translated) is found from Arabic and offered help.
@pytest.mark.parametrize("start", ["/", "/ar/"], ids=["da", "ar"])
def test_a_citizen_searches_filters_and_offers_to_help_by_keyboard(browser_page, demo, start):
    page = browser_page
    task = VolunteerTaskPage.objects.get(slug="traener-for-u9-drengene", locale__language_code="da")
    club = AssociationPage.objects.get(slug="egebjerg-boldklub", locale__language_code="da")
    before = Enquiry.objects.count()

    page.goto(start)
    assert page.locator("html").get_attribute("dir") == ("rtl" if start == "/ar/" else "ltr")
    # The search box suggests pages as one types; Escape closes the list and Enter searches.
    tab_to(page, "[role=combobox]")
    page.keyboard.type("fodbold", delay=30)
    page.locator("[role=listbox]:visible [role=option]").first.wait_for()
    press(page, "ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('aria-activedescendant')")
    press(page, "Escape")
    follow(page)
    assert f"{start}search/?q=fodbold" in page.url
    # The results and their filters are in the citizen's language and direction; a Danish association found
    # from Arabic is marked lang="da" and opens under /ar/, in Danish inside the Arabic frame.
    assert page.locator("html").get_attribute("dir") == ("rtl" if start == "/ar/" else "ltr")

    # A filter: the club's town, ticked with Space and applied with the panel's button.
    tab_to(page, "#filter-panel input[value=egebjerg]")
    press(page, "Space")
    tab_to(page, "#filter-panel button[type=submit]")
    follow(page)
    assert "locality=egebjerg" in page.url and f"{start}search/" in page.url

    tab_to(page, f"main a[href$='{club.url}']")
    follow(page)
    assert page.url.endswith(start.rstrip("/") + club.url)
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
    club = AssociationPage.objects.get(slug="egebjerg-boldklub", locale__language_code="da")

    page.goto("/admin/login/")
    tab_to(page, "input[name=username]")
    page.keyboard.type("egebjerg-boldklub")
    tab_to(page, "input[name=password]")
    page.keyboard.type(REPRESENTATIVE_DEFAULT_PASSWORD)
    follow(page)

    # The dashboard is their corner: from it, by Tab, to their page's edit screen, as they would go.
    assert page.locator("h1").inner_text() == "Jeres forening"
    tab_to(page, f"[data-corner-association='{club.pk}'] a.button[href$='/pages/{club.pk}/edit/']")
    follow(page)
    assert page.url.endswith(f"/admin/pages/{club.pk}/edit/")
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


def whole_menu_in_arabic():
    """Every Danish page of the main menu in Arabic too, as in a kommune that translated its whole menu: the
    Arabic desktop menu is then as long as the Danish one, and DKFDS folds what does not fit under "More"."""
    arabic = Locale.objects.get(language_code="ar")
    home = Site.objects.get(is_default_site=True).root_page
    for page in home.get_children().live().in_menu().specific():
        if not page.has_translation(arabic):
            page.copy_for_translation(arabic).save_revision().publish()


@pytest.mark.parametrize("width", [1280, 992])  # 992 px: the narrowest width with the desktop menu (DKFDS's lg)
def test_the_arabic_desktop_more_menu_opens_on_screen_and_works_by_keyboard(browser_page, demo, width):
    whole_menu_in_arabic()
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/ar/", wait_until="load")
    menu = page.locator(".navigation-menu ul.mainmenu")
    more = menu.locator(".more-button")
    assert more.is_visible(), "the Arabic menu is long enough for DKFDS's More"
    assert more.inner_text().strip() == "المزيد", "More in Arabic, not DKFDS's Danish 'Mere'"
    # The items shown and More: whole, inside the window, on one row, from the right (More last, on the left).
    shown = menu.locator(":scope > li:not(.d-none)")
    boxes = [shown.nth(index).bounding_box() for index in range(shown.count())]
    assert all(box["x"] >= 0 and box["x"] + box["width"] <= width for box in boxes), boxes
    assert len({round(box["y"]) for box in boxes}) == 1, "the menu wraps onto a second row"
    assert [box["x"] for box in boxes] == sorted((box["x"] for box in boxes), reverse=True)

    # By keyboard: Tab to More, Enter opens its list under it, on screen; Tab goes into the list; Enter follows.
    tab_to(page, ".navigation-menu .more-button")
    press(page, "Enter")
    assert more.get_attribute("aria-expanded") == "true"
    folded = page.locator("#fds-more-menu")
    box, button = folded.bounding_box(), more.bounding_box()
    assert folded.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= width, box
    assert abs((box["x"] + box["width"]) - (button["x"] + button["width"])) <= 8, "the list hangs from More's right"
    assert box["y"] >= button["y"] + button["height"] - 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    first = folded.locator("a.nav-link").first
    href = first.get_attribute("href")
    press(page, "Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == href
    follow(page)
    assert page.url.endswith(href)

"""WCAG 2.1 AA on every public page type and every public form, at desktop and phone widths, per language.

The page types come from the code (tests/page_types.py): one demo page of every concrete
Wagtail page model, so a new page type without a demo page fails here. The forms are visited
and then sent empty and once more with an invalid email address, and each time the error summary
must take the focus, link to the fields it names, and pass axe-core with the field messages shown.

One live server and one demo load serve the whole module (the demo state is a snapshot,
tests/database.py), and each width keeps one browser tab for all of its pages: a run is one
page load and one axe-core run per page × language × width.
"""

import pytest
from django.utils import timezone

from directory.models import AssociationPage, VolunteerTaskPage
from policy.models import ConsultationPage
from portal_events.models import EventPage
from signups.models import SignupFields
from tests.page_types import EXCLUDED, LANGUAGES, demo_url, page_models, public_page_models

from .conftest import assert_accessible

WIDTHS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


@pytest.fixture(scope="module")
def tabs(chromium, live_server):
    """One tab per width for the whole module, so no context is made per page."""
    contexts, pages = [], {}
    for name, options in WIDTHS.items():
        context = chromium.new_context(locale="da-DK", base_url=live_server.url, **options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        pages[name] = context.new_page()
    yield pages
    for context in contexts:
        context.close()


@pytest.fixture
def tab(request, tabs, demo):
    """The width's tab, with its cookies cleared (no form's session or language choice carries over)."""
    page = tabs[request.param]
    page.context.clear_cookies()
    return page


def in_language(path, language):
    return path if language == "da" else f"/{language}{path}"


def visit(page, path):
    response = page.goto(path, wait_until="load")
    assert response.status < 400, f"{path} answered {response.status}"
    return response


def test_every_page_type_has_a_demo_page_or_a_reason(demo):
    """A page model without a live demo page, and not excluded with a reason, is a page type nobody checked."""
    assert set(EXCLUDED) <= set(page_models()), "EXCLUDED names a page type that no longer exists"
    missing = [label for label in public_page_models() if demo_url(label) is None]
    assert missing == [], f"No live demo page of {missing}: add one to the demo or to tests/page_types.EXCLUDED"


@pytest.mark.parametrize("tab", list(WIDTHS), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("label", public_page_models())
def test_page_type_has_no_accessibility_violations(tab, language, label):
    path = demo_url(label, language)
    assert path, f"No demo page of {label}"
    visit(tab, path)
    assert tab.locator("html").get_attribute("lang")
    assert tab.locator("main h1, h1").first.is_visible()
    assert_accessible(tab)


def task_path():
    return VolunteerTaskPage.objects.live().order_by("path").first().pk


def open_consultation():
    now = timezone.now()
    return ConsultationPage.objects.live().filter(opens_at__lte=now, closes_at__gt=now).order_by("path").first()


# Each public form: its address, its form's selector and its error summary's class.
FORMS = {
    "search": (lambda: "/search/?q=fodbold", None, None),
    "enquiry": (lambda: f"/jeg-vil-hjaelpe/{task_path()}/", ".enquiry-form", "enquiry-error-summary"),
    "application": (lambda: "/tilmeld-forening/", ".applications-form", "applications-error-summary"),
    "signup": (
        lambda: "/tilmelding/{}/".format(
            EventPage.objects.live().filter(signup_method=SignupFields.FORM).order_by("path").first().pk
        ),
        ".signup-form",
        "signup-error-summary",
    ),
    "contact": (
        lambda: AssociationPage.objects.live().filter(contact_form_enabled=True).order_by("path").first().url,
        ".directory-contact-form",
        "directory-error-summary",
    ),
    "consultation": (lambda: open_consultation().url, ".consultation-form", "consultation-error-summary"),
}


@pytest.mark.parametrize("tab", list(WIDTHS), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(FORMS))
def test_form_and_its_errors_have_no_accessibility_violations(tab, language, name):
    address, form_selector, summary_class = FORMS[name]
    visit(tab, in_language(address(), language))
    assert_accessible(tab)
    if form_selector is None:
        return
    submit_and_check_errors(tab, form_selector, summary_class)

    # Then with an address that is no address: its own message ("not a valid email"), not "required" again.
    email = tab.locator(f"{form_selector} input[type=email]").first
    required_message = error_message(tab, email)
    email.fill("ikke-en-adresse")
    submit_and_check_errors(tab, form_selector, summary_class)
    email = tab.locator(f"{form_selector} input[type=email]").first
    assert email.get_attribute("aria-invalid") == "true"
    assert email.input_value() == "ikke-en-adresse", "the typed value is kept, so it can be corrected"
    assert error_message(tab, email) not in ("", required_message)


def error_message(tab, field):
    """The words of the field's own error message (the element its aria-describedby names ``…-error``)."""
    ids = (field.get_attribute("aria-describedby") or "").split()
    errors = [tab.locator(f"[id='{name}']").inner_text() for name in ids if name.endswith("-error")]
    return " ".join(errors)


def submit_and_check_errors(tab, form_selector, summary_class):
    """Send the form as it is: the error summary takes the focus, links to each field it names, passes axe-core."""
    form = tab.locator(form_selector)
    with tab.expect_navigation():
        form.locator("button[type=submit]").last.click()

    summary = tab.locator(f".{summary_class}")
    assert summary.is_visible()
    # DKFDS's error-summary module moves the focus to the summary, so a screen reader reads it first.
    tab.wait_for_function(
        "(cls) => document.activeElement && document.activeElement.closest('.' + cls)", arg=summary_class
    )
    links = summary.locator("a[href^='#']")
    assert links.count() >= 1
    for href in links.evaluate_all("(links) => links.map((link) => link.getAttribute('href'))"):
        target = tab.locator(f"[id='{href[1:]}']")
        assert target.count() == 1, f"The error summary links to {href}, which is not on the page"
        assert target.evaluate("(el) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)"), href
        # A field with an error says so to assistive technology, not only in colour.
        assert target.get_attribute("aria-invalid") == "true" or target.get_attribute("aria-describedby"), href
    assert_accessible(tab)

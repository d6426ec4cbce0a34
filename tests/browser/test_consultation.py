"""A citizen answers a consultation in a real browser, by keyboard, with no barriers.

axe-core checks an open consultation with its response form, the same page after a failed
submission (with the error summary), the thank-you after a response, a refused late response,
and a closed consultation with its published responses.
"""

import datetime

import pytest
from django.utils import timezone

from home.factories import fill_portal_settings, site_home_page
from policy.factories import ConsultationPageFactory, ConsultationResponseFactory, PolicyPageFactory
from policy.models import ConsultationResponse
from tests.database import snapshotted

from .conftest import assert_accessible

# Receipts go through the production mail queue.
pytestmark = pytest.mark.usefixtures("mail_queue")

OPEN = "/frivilligpolitik-udkast/hoering/"
CLOSED = "/frivilligpolitik-udkast/foerste-hoering/"
PDF = b"%PDF-1.4\n%%EOF\n"


@snapshotted
def consultation_site():
    """A draft policy with an open consultation and an earlier, closed one with published responses."""
    home = site_home_page()
    fill_portal_settings()
    now = timezone.now()
    policy = PolicyPageFactory(
        parent=home,
        title="Udkast til frivilligpolitik",
        slug="frivilligpolitik-udkast",
        in_consultation=True,
    )
    body = [
        ("heading", {"text": "Det vil vi gerne høre om", "level": "h3"}),
        ("paragraph", "<p>Mangler der noget om unge frivillige? Er principperne de rigtige?</p>"),
        ("info_box", {"kind": "info", "heading": "Godt at vide", "text": "<p>Alle kan svare.</p>"}),
    ]
    ConsultationPageFactory(
        parent=policy,
        title="Høring om frivilligpolitikken",
        slug="hoering",
        intro="Sig din mening om udkastet til ny frivilligpolitik.",
        body=body,
        next_steps="Vi samler svarene, og byrådet behandler politikken i juni.",
        opens_at=now - datetime.timedelta(days=2),
        closes_at=now + datetime.timedelta(days=12),
    )
    closed = ConsultationPageFactory(
        parent=policy,
        title="Første høring om frivilligpolitikken",
        slug="foerste-hoering",
        intro="Den første høringsrunde er slut. Her er svarene.",
        body=body,
        next_steps="Svarene indgår i det nye udkast.",
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now - datetime.timedelta(days=30),
    )
    ConsultationResponseFactory(
        consultation=closed,
        name="Egebjerg Idrætsforening",
        email="formand@egebjerg-if.dk",
        text="Vi støtter udkastet.\n\nMen husk de unge trænere.",
        status=ConsultationResponse.APPROVED,
        attachment_name="Idrætsforeningens svar.pdf",
        attachment_data=PDF,
        attachment_size=len(PDF),
    )
    ConsultationResponseFactory(
        consultation=closed,
        name="Fjordlund Roklub",
        email="bestyrelse@fjordlund.dk",
        text="Gode principper.",
        status=ConsultationResponse.APPROVED,
    )
    ConsultationResponseFactory(consultation=closed, name="Ikke offentliggjort", email="skjult@example.dk")
    return policy


def test_an_open_consultation_with_its_form_has_no_accessibility_violations(browser_page, consultation_site):
    browser_page.goto(OPEN)
    assert browser_page.locator("h1").inner_text() == "Høring om frivilligpolitikken"
    assert browser_page.locator("form.consultation-form").is_visible()
    assert browser_page.locator("#svar-attachment").get_attribute("type") == "file"
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_a_failed_response_shows_errors_without_accessibility_violations(browser_page, consultation_site):
    browser_page.goto(OPEN)
    browser_page.locator("#svar-name").fill("Maja Jensen")
    browser_page.locator("#svar-email").fill("maja@ikke-en-adresse")
    with browser_page.expect_navigation():
        browser_page.locator(".consultation-form button[type=submit]").click()
    summary = browser_page.locator(".consultation-error-summary")
    assert summary.is_visible()
    # DKFDS moves focus to the summary, so screen readers announce it at once.
    browser_page.wait_for_function("document.activeElement.classList.contains('consultation-error-summary')")
    assert browser_page.locator("#svar-name").input_value() == "Maja Jensen"
    assert browser_page.locator("#svar-email").get_attribute("aria-invalid") == "true"
    assert browser_page.locator("#svar-text").get_attribute("aria-invalid") == "true"
    assert_accessible(browser_page)


def test_the_error_summary_links_take_the_keyboard_to_the_fields(browser_page, consultation_site):
    browser_page.goto(OPEN)
    with browser_page.expect_navigation():
        browser_page.locator(".consultation-form button[type=submit]").click()
    browser_page.wait_for_function("document.activeElement.classList.contains('consultation-error-summary')")
    for field in ["svar-name", "svar-email", "svar-text"]:
        browser_page.locator(f".consultation-error-summary a[href='#{field}']").focus()
        browser_page.keyboard.press("Enter")
        assert browser_page.evaluate("document.activeElement.id") == field


def test_a_citizen_sends_a_response_by_keyboard_and_is_thanked(browser_page, consultation_site):
    browser_page.goto(OPEN)
    browser_page.locator("#svar-name").fill("Maja Jensen")
    browser_page.keyboard.press("Tab")
    browser_page.keyboard.type("maja@example.dk")
    browser_page.locator("#svar-text").fill("Jeg savner noget om frivillige seniorer.")
    browser_page.locator("#svar-attachment").set_input_files(
        files=[{"name": "mit svar.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    browser_page.locator("#svar-consent").focus()
    browser_page.keyboard.press("Space")
    assert browser_page.locator("#svar-consent").is_checked()
    browser_page.locator(".consultation-form button[type=submit]").focus()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url(f"**{OPEN}?tak=1#svar")
    assert browser_page.locator("#response-received").is_visible()
    stored = ConsultationResponse.objects.get(email="maja@example.dk")
    assert stored.attachment_name == "mit svar.pdf" and stored.consent_to_publish
    assert_accessible(browser_page)


def test_a_closed_consultation_with_published_responses_has_no_accessibility_violations(
    browser_page, consultation_site
):
    browser_page.goto(CLOSED)
    assert browser_page.locator("form.consultation-form").count() == 0
    assert browser_page.locator("#consultation-closed").is_visible()
    assert browser_page.locator(".consultation-response").count() == 2
    assert browser_page.locator("#response-count").inner_text().startswith("3")
    html = browser_page.content()
    assert "formand@egebjerg-if.dk" not in html and "Ikke offentliggjort" not in html
    assert_accessible(browser_page)
    assert browser_page.js_errors == []


def test_a_late_response_is_refused_and_given_back_without_accessibility_violations(browser_page, consultation_site):
    """A tab left open past the closing time: the response is refused, the text shown for copying."""
    browser_page.goto(OPEN)
    browser_page.locator("#svar-name").fill("Maja Jensen")
    browser_page.locator("#svar-email").fill("maja@example.dk")
    browser_page.locator("#svar-text").fill("Et svar skrevet i sidste øjeblik.")
    ConsultationPageFactory._meta.model.objects.filter(slug="hoering").update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    with browser_page.expect_navigation():
        browser_page.locator(".consultation-form button[type=submit]").click()
    assert browser_page.locator("#response-refused").is_visible()
    browser_page.wait_for_function("document.activeElement.id === 'response-refused'")
    assert browser_page.locator("#unsent-text").input_value() == "Et svar skrevet i sidste øjeblik."
    assert not ConsultationResponse.objects.filter(email="maja@example.dk").exists()
    assert_accessible(browser_page)

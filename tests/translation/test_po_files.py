"""A translation agency translates a page through PO files: Kommunikation starts the English translation,
downloads its PO file from the translation editor, the agency fills in every msgstr (here with polib, as
any PO editor does), Kommunikation uploads the file and publishes, and the English page shows the
agency's text."""

import json

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale

from directory.models import AssociationPage
from policy.models import GuidePage
from tests.helpers import member_of, soup_of

pytestmark = pytest.mark.django_db

# What the agency sends back for the strings a reader sees first, by the Danish page's slug; every
# other string gets the agency's mark, so the test sees that each one arrived (and none stayed Danish).
AGENCY = {
    "lysglimt-sorggrupper": {
        "title": "Lysglimt grief groups",
        "slug": "lysglimt-grief-groups",
        "summary": "Grief groups for children, young people and adults who have lost someone close.",
    },
    "tavshedspligt-for-frivillige": {
        "title": "Confidentiality for volunteers",
        "slug": "confidentiality",
        "summary": "What volunteers may and may not pass on about the people they help.",
    },
}


@pytest.fixture
def staff(demo):
    return member_of("Kommunikation", "oversaetter")


def english():
    return Locale.objects.get(language_code="en")


def editor_props(client, page):
    """The props of wagtail-localize's translation editor, the screen with "Download PO file" and "Upload PO file"."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    element = soup_of(response).find(attrs={"data-props": True}) or soup_of(response).find(id="localize-props")
    assert element is not None, "the translation editor is not on the page's edit screen"
    return json.loads(element["data-props"] if element.has_attr("data-props") else element.string)


def agency_translates(po_text, strings):
    """What the agency does: open the PO file, write a msgstr for every msgid, save it."""
    po = polib.pofile(po_text)
    assert len(po) > 0 and not po.translated_entries(), "the exported file should wait for the agency's text"
    for entry in po:
        # Rich text keeps its inline tags (<a id="a1">, <b>): the agency translates around them.
        entry.msgstr = strings.get(entry.msgctxt) or f"[EN] {entry.msgid}"
    return po


@pytest.mark.parametrize(
    ("model", "slug"), [(AssociationPage, "lysglimt-sorggrupper"), (GuidePage, "tavshedspligt-for-frivillige")]
)
def test_an_agency_translates_a_demo_page_through_a_po_file(
    client, django_capture_on_commit_callbacks, staff, model, slug
):
    danish = model.objects.get(slug=slug, locale__language_code="da")
    assert not danish.has_translation(english())
    client.force_login(staff)

    started = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[danish.pk]), {"locales": [english().pk]}
    )
    assert started.status_code == 302
    draft = danish.get_translation(english())
    props = editor_props(client, draft)

    download = client.get(props["links"]["downloadPofile"])
    assert download.status_code == 200
    assert download["Content-Type"].startswith("text/x-gettext-translation")
    assert "attachment" in download["Content-Disposition"]
    po = agency_translates(download.content.decode(), AGENCY[slug])

    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    upload = client.post(
        props["links"]["uploadPofile"],
        {"file": _po_upload(po, f"{slug}-en.po"), "next": edit_url},
        follow=True,
    )
    assert upload.status_code == 200
    shown = [str(message) for message in upload.context["messages"]]
    assert any("PO" in message for message in shown), shown

    # wagtail-localize publishes the new revision once the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(edit_url, {"action": "publish"})
    assert published.status_code == 302
    page = model.objects.get(pk=draft.pk)
    assert page.live, "Kommunikation publishes the agency's translation"
    assert page.title == AGENCY[slug]["title"] and page.slug == AGENCY[slug]["slug"]

    html = client.get(page.url).content.decode()
    assert AGENCY[slug]["title"] in html and AGENCY[slug]["summary"] in html
    assert danish.summary not in html, "a string the agency translated still shows in Danish"


def _po_upload(po, name):
    return SimpleUploadedFile(name, str(po).encode(), content_type="text/x-gettext-translation")


def test_a_po_file_without_its_translation_header_is_refused_with_a_message(client, staff):
    danish = GuidePage.objects.get(slug="tavshedspligt-for-frivillige", locale__language_code="da")
    client.force_login(staff)
    client.post(reverse("wagtail_localize:submit_page_translation", args=[danish.pk]), {"locales": [english().pk]})
    draft = danish.get_translation(english())
    props = editor_props(client, draft)
    po = agency_translates(client.get(props["links"]["downloadPofile"]).content.decode(), AGENCY[danish.slug])
    del po.metadata["X-WagtailLocalize-TranslationID"]  # Some PO editors drop the headers they do not know.
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])

    refused = client.post(props["links"]["uploadPofile"], {"file": _po_upload(po, "guide.po"), "next": edit_url})
    assert refused.status_code == 302 and refused["Location"] == edit_url
    shown = [str(message) for message in client.get(edit_url).context["messages"]]
    assert any("X-WagtailLocalize-TranslationID" in message for message in shown), shown
    assert GuidePage.objects.get(pk=draft.pk).title == danish.title, "nothing of the refused file was imported"

    no_file = client.post(props["links"]["uploadPofile"], {"next": edit_url})
    assert no_file.status_code == 302

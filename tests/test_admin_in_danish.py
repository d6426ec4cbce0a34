"""Every admin screen an association's representative meets is in Danish.

Wagtail's own Danish catalogue lacks most of the admin (about 200 of 900 strings), so the
representative met "Submit to Godkendelse af ændringer", "More actions" and "Choose målgruppe".
The missing strings are in locale_overrides/da/LC_MESSAGES/ (django.po for what the server renders,
djangojs.po for the admin's JavaScript). These tests log in as the demo's representative of Egebjerg
Boldklub, walk the screens they meet (dashboard, explorer, the page editor, adding a task, media,
account, history, the workflow while a change waits and after changes were requested, the preview)
and look for English in every text, attribute and the admin's JSON (its JavaScript's labels):

- none of the strings the issue names, nor any string the overrides translate, shows in English;
- no text on those screens is a Wagtail message that has no Danish translation at all, so a
  Wagtail upgrade that brings a new untranslated string to these screens fails here.
"""

import contextlib
import glob
import json
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from directory.demo.content import REPRESENTATIVE_DEFAULT_PASSWORD
from directory.models import AssociationPage, VolunteerTaskPage
from tests.helpers import password_login

pytestmark = pytest.mark.django_db

PACKAGES = Path(polib.__file__).resolve().parent
OVERRIDES = Path(settings.BASE_DIR) / "locale_overrides" / "da" / "LC_MESSAGES"

# What the issue found in English, as Wagtail writes them (the start is enough for a message with a name in it).
NAMED_IN_THE_ISSUE = [
    "Submit to ",
    "More actions",
    "Choose ",
    "Approve with comment",
    "is currently awaiting moderation",
    "Awaiting your review",
    "In Moderation",
    "Changes requested",
    "Resubmit to ",
    "Sent to ",
    "Locked by workflow",
    "Only reviewers ",
    "Toggle section",
    "Toggle side panel",
    "Visit the live page",
    "Workflow history",
]


def catalogue(path):
    return [entry for entry in polib.pofile(str(path)) if entry.msgid and not entry.obsolete]


def overridden_in_english():
    """The English of every string the overrides translate differently, without its placeholders' values."""
    return {entry.msgid for entry in catalogue(OVERRIDES / "django.po") if entry.msgstr and entry.msgstr != entry.msgid}


def untranslated_wagtail_messages():
    """Plain messages (no placeholder) of Wagtail and wagtail-localize that neither Danish catalogue translates."""
    translated = {entry.msgid for entry in catalogue(OVERRIDES / "django.po")}
    translated |= {entry.msgid for entry in catalogue(Path(settings.BASE_DIR) / "locale/da/LC_MESSAGES/django.po")}
    english = set()
    for path in glob.glob(
        str(PACKAGES / "wagtail*" / "**" / "locale" / "en" / "LC_MESSAGES" / "django.po"), recursive=True
    ):
        danish = Path(path.replace("/en/", "/da/"))
        if danish.exists():
            translated |= {entry.msgid for entry in catalogue(danish) if entry.translated()}
        english |= {entry.msgid for entry in catalogue(path) if "%" not in entry.msgid and "{" not in entry.msgid}
    return {" ".join(msgid.split()) for msgid in english - translated if len(msgid.strip()) > 1}


def texts(html):
    """Every piece of text a person can meet: text, labels in attributes, and the strings in the admin's JSON."""
    soup = BeautifulSoup(html, "html.parser")
    found = []

    def strings_in(data):
        if isinstance(data, str):
            if " " in data.strip() or data[:1].isupper():  # a label, not a key such as "images" or "user"
                found.append(data)
            if "<" in data:
                found.extend(texts(data))
        elif isinstance(data, dict):
            for value in data.values():
                strings_in(value)
        elif isinstance(data, list):
            for value in data:
                strings_in(value)

    for script in soup.find_all("script"):
        content = (script.string or "").strip()
        if content.startswith(("{", "[")):
            with contextlib.suppress(ValueError):  # a script that only looks like JSON
                strings_in(json.loads(content))
        script.decompose()
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if not isinstance(value, str):
                continue
            if name in ("title", "aria-label", "placeholder", "alt", "value", "aria-description") or name.endswith(
                ("-label-value", "-content-value", "-message-value", "-text-value")
            ):
                found.append(value)
            elif name.startswith("data-") and value.startswith(("{", "[")):
                with contextlib.suppress(ValueError):
                    strings_in(json.loads(value))
    found.extend(soup.stripped_strings)
    return [" ".join(text.split()) for text in found if text.strip()]


def english_in(screen_texts, english):
    """The English strings that show: a single word only as a whole text (a button), longer ones anywhere."""
    whole = set(screen_texts)
    joined = "\n".join(screen_texts)
    shown = set()
    for text in english:
        words = " ".join(text.split())
        if " " not in words.strip():
            if words.strip() in whole:
                shown.add(text)
        elif re.search(r"(?<![A-Za-zæøåÆØÅ])" + re.escape(words), joined):
            shown.add(text)
    return shown


@pytest.fixture
def representative(demo, client):
    assert password_login(client, "egebjerg-boldklub", REPRESENTATIVE_DEFAULT_PASSWORD)
    return client


@pytest.fixture
def association(demo):
    return AssociationPage.objects.get(slug="egebjerg-boldklub")


def screens(client, association):
    """(name, texts) of every screen the representative meets, in the order they meet them."""
    task = VolunteerTaskPage.objects.child_of(association).first()
    visited = []

    def visit(name, url):
        response = client.get(url, follow=True)
        assert response.status_code == 200, name
        visited.append((name, texts(response.content.decode())))
        return response

    visit("dashboard", reverse("wagtailadmin_home"))
    visit("explorer", reverse("wagtailadmin_explore", args=[association.pk]))
    visit("editor", reverse("wagtailadmin_pages:edit", args=[association.pk]))
    visit("task editor", reverse("wagtailadmin_pages:edit", args=[task.pk]))
    visit("new task", reverse("wagtailadmin_pages:add", args=["directory", "volunteertaskpage", association.pk]))
    visit("history", reverse("wagtailadmin_pages:history", args=[association.pk]))
    visit("workflow history", reverse("wagtailadmin_pages:workflow_history", args=[association.pk]))
    visit("images", reverse("wagtailimages:index"))
    visit("new image", reverse("wagtailimages:add"))
    visit("documents", reverse("wagtaildocs:index"))
    visit("image chooser", reverse("wagtailimages_chooser:choose"))
    visit("target group chooser", reverse("wagtailsnippetchoosers_directory_targetgroup:choose"))
    visit("account", reverse("wagtailadmin_account"))

    visit("preview of the draft", reverse("wagtailadmin_pages:view_draft", args=[association.pk]))

    # A change waits for Kommunikation, and then comes back with changes requested.
    representative = get_user_model().objects.get(username="egebjerg-boldklub")
    page = AssociationPage.objects.get(pk=association.pk)
    page.summary += " Nu også for piger under 10."
    page.save_revision(user=representative)
    page.get_workflow().start(page, representative)
    visit("editor, waiting for approval", reverse("wagtailadmin_pages:edit", args=[association.pk]))
    visit("explorer, waiting for approval", reverse("wagtailadmin_explore", args=[association.pk]))
    visit("history, waiting for approval", reverse("wagtailadmin_pages:history", args=[association.pk]))
    state = Page.objects.get(pk=association.pk).current_workflow_state
    visit("workflow detail", reverse("wagtailadmin_pages:workflow_history_detail", args=[association.pk, state.pk]))
    task_state = state.current_task_state
    moderator = get_user_model().objects.get(username="redaktoer")
    task_state.task.specific.on_action(task_state.specific, moderator, "reject", comment="Skriv gerne tiderne.")
    visit("editor, changes requested", reverse("wagtailadmin_pages:edit", args=[association.pk]))
    visit("history, changes requested", reverse("wagtailadmin_pages:history", args=[association.pk]))
    return visited


def test_a_representative_meets_no_english_in_the_admin(representative, association):
    named = set(NAMED_IN_THE_ISSUE)
    translated = overridden_in_english()
    untranslated = untranslated_wagtail_messages()
    english = {}
    for name, screen_texts in screens(representative, association):
        shown = (
            english_in(screen_texts, named) | english_in(screen_texts, translated) | (set(screen_texts) & untranslated)
        )
        if shown:
            english[name] = sorted(shown)
    assert english == {}


def test_the_workflow_speaks_danish_to_the_representative(representative, association):
    html = representative.get(reverse("wagtailadmin_pages:edit", args=[association.pk])).content.decode()
    assert "Send til Godkendelse af ændringer" in html
    assert "Flere handlinger" in html
    assert "Vælg målgruppe" in html  # the chooser of an activity's target group, from its verbose name


def test_the_moderator_approves_in_danish(client, association, demo):
    representative = get_user_model().objects.get(username="egebjerg-boldklub")
    page = AssociationPage.objects.get(pk=association.pk)
    page.save_revision(user=representative)
    page.get_workflow().start(page, representative)
    client.force_login(get_user_model().objects.get(username="redaktoer"))
    screen_texts = texts(client.get(reverse("wagtailadmin_pages:edit", args=[association.pk])).content.decode())
    joined = "\n".join(screen_texts)
    assert "Godkend med kommentar og Publicér" in joined
    assert english_in(screen_texts, {"Approve with comment", "Request changes", "Awaiting your review"}) == set()


def test_the_admins_javascript_speaks_danish(client):
    """The labels the editor's JavaScript draws (sidebar, StreamField, comments) come from /admin/jsi18n/."""
    script = client.get("/admin/jsi18n/").content.decode()
    served = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    english = set()
    for package in ("wagtail/admin", "wagtail_localize"):  # the packages the admin's catalogue serves
        english |= {entry.msgid for entry in catalogue(PACKAGES / package / "locale/en/LC_MESSAGES/djangojs.po")}
    assert sorted(msgid for msgid in english if not served.get(msgid)) == []
    assert served["Toggle sidebar"] == "Vis eller skjul sidemenuen"
    assert served["More actions"] == "Flere handlinger"

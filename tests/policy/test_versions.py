"""Every adopted version of the policy stays readable, and anyone can see what changed between two.

A version is recorded when the policy is published as adopted on a date it has no
version for. Each has its own address with its adoption date, and the comparison shows
changed words and added or removed sections as text, never as JSON.
"""

import datetime
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from policy.factories import FocusAreaPageFactory, PolicyPageFactory, initiative, principle
from policy.models import PolicyPage, PolicyVersion
from policy.versions import compare, paragraphs
from tests.helpers import danish_date, in_danish, publish, soup_of, text_of

pytestmark = pytest.mark.django_db

URL = "/frivilligpolitik/"
FIRST_ADOPTION = datetime.date(2025, 6, 19)
SECOND_ADOPTION = datetime.date(2027, 2, 4)


@pytest.fixture
def policy(home, portal_settings):
    """Adopted by the council in June 2025 with two principles and a focus area."""
    policy = PolicyPageFactory(
        parent=home,
        title="Frivilligpolitik",
        slug="frivilligpolitik",
        adopted_on=FIRST_ADOPTION,
        vision="<p>Alle kan være en del af et fællesskab.</p>",
        principles=[
            principle("Respekt", "Vi møder hinanden med respekt."),
            principle("Tillid", "Vi stoler på foreningerne."),
        ],
    )
    FocusAreaPageFactory(
        parent=policy, title="Unge", initiatives=[initiative("Ungeråd", description="Et råd for unge.")]
    )
    return publish(policy)


@pytest.fixture
def revised(policy):
    """Adopted again in 2027: a reworded vision, one principle added, the focus area gone."""
    policy.vision = "<p>Alle kan være en del af et stærkt fællesskab.</p>"
    policy.principles = [
        principle("Respekt", "Vi møder hinanden med respekt."),
        principle("Tillid", "Vi stoler på foreningerne."),
        principle("Mod", "Vi tør prøve nyt sammen."),
    ]
    policy.adopted_on = SECOND_ADOPTION
    policy.get_children().first().unpublish()
    return publish(policy)


# Recording versions


def test_publishing_an_adopted_policy_records_version_one(policy):
    version = PolicyVersion.objects.get(policy=policy)
    assert (version.number, version.adopted_by, version.adopted_on) == (1, "Byrådet", FIRST_ADOPTION)
    assert version.title == "Frivilligpolitik"
    assert version.revision == policy.live_revision
    headings = [section["heading"] for section in version.sections]
    with translation.override("da"):
        assert gettext("Vision") in headings
        assert gettext("Principle: %(name)s") % {"name": "Tillid"} in headings
        assert gettext("Focus area: %(title)s") % {"title": "Unge"} in headings


def test_republishing_with_the_same_adoption_date_keeps_the_version(policy):
    policy.vision = "<p>En rettet stavefejl.</p>"
    publish(policy)
    assert policy.versions.count() == 1
    assert "Alle kan være en del af et fællesskab." in str(policy.versions.get().sections)


def test_a_new_adoption_date_records_version_two_with_the_new_text(revised):
    first, second = revised.versions.all()
    assert (first.number, second.number) == (1, 2)
    assert second.adopted_on == SECOND_ADOPTION
    vision = next(section for section in second.sections if section["heading"] == in_danish("Vision"))
    assert vision["paragraphs"] == ["Alle kan være en del af et stærkt fællesskab."]
    assert "Alle kan være en del af et fællesskab." in str(first.sections)


@pytest.mark.parametrize("status", [PolicyPage.DRAFT, PolicyPage.CONSULTATION])
def test_publishing_a_draft_or_a_policy_in_consultation_records_nothing(home, status):
    draft = PolicyPageFactory(parent=home, status=status, not_adopted=True)
    publish(draft)
    assert not PolicyVersion.objects.filter(policy=draft).exists()


# Version pages


def test_the_versions_page_lists_every_version_with_its_date(revised, client):
    response = client.get(URL + "versioner/")
    assert response.status_code == 200
    html = soup_of(response)
    rows = html.select(".policy-version-table tbody tr")
    assert [row.a["href"] for row in rows] == [URL + "versioner/1/", URL + "versioner/2/"]
    assert danish_date(SECOND_ADOPTION) in text_of(rows[1])
    assert html.find("a", href=URL + "versioner/sammenlign/") is not None


def test_a_version_stays_readable_at_its_own_address_with_its_adoption_date(revised, client):
    response = client.get(URL + "versioner/1/")
    assert response.status_code == 200
    html = soup_of(response)
    notice = text_of(html.select_one("#version-notice"))
    assert (
        in_danish(
            "This is version %(number)s, adopted by %(body)s on %(date)s.",
            number=1,
            body="Byrådet",
            date=danish_date(FIRST_ADOPTION),
        )
        in notice
    )
    assert in_danish("It is not necessarily the version in force.") in notice
    assert html.select_one("#version-notice").find("a", href=URL) is not None
    # The text as it was adopted then, section by section.
    sections = {
        text_of(section.h2): [text_of(p) for p in section.find_all("p")]
        for section in html.select(".policy-version-section")
    }
    assert sections[in_danish("Vision")] == ["Alle kan være en del af et fællesskab."]
    assert in_danish("Focus area: %(title)s", title="Unge") in sections
    assert in_danish("Principle: %(name)s", name="Mod") not in sections

    second = soup_of(client.get(URL + "versioner/2/"))
    assert danish_date(SECOND_ADOPTION) in text_of(second.select_one("#version-notice"))
    assert in_danish("Principle: %(name)s", name="Mod") in text_of(second)


@pytest.mark.parametrize("address", ["versioner/3/", "versioner/0/", "versioner/abc/"])
def test_an_unknown_version_is_not_found(policy, client, address):
    assert client.get(URL + address).status_code == 404


# Comparing two versions


def test_the_comparison_shows_changed_words_and_added_sections_as_readable_text(revised, client):
    response = client.get(URL + "versioner/sammenlign/")
    assert response.status_code == 200
    page = response.content.decode()
    html = soup_of(response)

    vision = next(s for s in html.select(".policy-diff-section") if text_of(s.h3).startswith(in_danish("Vision")))
    changed = vision.select_one(".policy-diff-row-changed")
    assert [text_of(ins) for ins in changed.find_all("ins")] == [in_danish("Added:") + " stærkt"]
    assert changed.find("del") is None
    assert changed.select_one("ins .sr-only").get_text().strip() == in_danish("Added:")

    added = next(s for s in html.select(".policy-diff-section-added"))
    assert in_danish("Principle: %(name)s", name="Mod") in text_of(added.h3)
    assert in_danish("New section") in text_of(added.h3)
    assert text_of(added.select_one(".policy-diff-row-added ins")) == "Vi tør prøve nyt sammen."

    removed = html.select_one(".policy-diff-section-removed")
    assert in_danish("Focus area: %(title)s", title="Unge") in text_of(removed.h3)
    assert [text_of(row) for row in removed.select("del")] == [
        "Derfor er området vigtigt.",
        "Ungeråd: Et råd for unge.",
    ]
    assert all(text_of(label) == in_danish("Removed:") for label in removed.select(".policy-diff-label"))

    # Unchanged sections are folded away with a short summary, their text a click away.
    unchanged = {text_of(details.summary): details for details in html.select("details.policy-diff-unchanged")}
    tillid = in_danish("Principle: %(name)s", name="Tillid") + ": " + in_danish("no changes")
    assert tillid in unchanged
    assert text_of(unchanged[tillid].select_one(".details-text")) == "Vi stoler på foreningerne."
    assert len(unchanged) == 3  # introduction, and the two principles left as they were

    summary = text_of(html.select_one("#diff-summary"))
    assert re.match(r"3 \D+ 6 ", summary), summary  # vision, one added, one removed of six sections
    # Text, not data: nothing of the stored JSON reaches the reader (the head's JSON-LD is for search engines).
    page = re.sub(r'<script type="application/ld\+json">.*?</script>', "", page)
    assert '{"' not in page and "'heading'" not in page and "paragraphs" not in page


def test_a_changed_word_is_shown_struck_out_and_inserted(policy, client):
    policy.principles = [
        principle("Respekt", "Vi møder hinanden med tillid."),
        principle("Tillid", "Vi stoler på foreningerne."),
    ]
    policy.adopted_on = SECOND_ADOPTION
    publish(policy)
    html = soup_of(client.get(URL + "versioner/sammenlign/?fra=1&til=2"))
    row = html.select_one(".policy-diff-row-changed")
    assert text_of(row.find("del")) == in_danish("Removed:") + " respekt."
    assert text_of(row.find("ins")) == in_danish("Added:") + " tillid."
    assert "Vi møder hinanden med" in text_of(row)


def test_the_compare_form_keeps_the_chosen_versions(revised, client):
    revised.adopted_on = datetime.date(2028, 1, 1)
    publish(revised)
    html = soup_of(client.get(URL + "versioner/sammenlign/?fra=3&til=1"))  # swapped: still older to newer
    assert html.select_one("#compare-from option[selected]")["value"] == "1"
    assert html.select_one("#compare-to option[selected]")["value"] == "3"
    assert html.find("label", attrs={"for": "compare-from"}) is not None
    assert html.find("label", attrs={"for": "compare-to"}) is not None
    assert html.select_one(".policy-compare-form button[type=submit]") is not None

    default = soup_of(client.get(URL + "versioner/sammenlign/"))
    assert default.select_one("#compare-from option[selected]")["value"] == "2"
    assert default.select_one("#compare-to option[selected]")["value"] == "3"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?fra=abc&til=2", "Choose two of the versions listed."),
        ("?fra=99&til=2", "Choose two of the versions listed."),
        ("?fra=1&til=", "Choose two of the versions listed."),
        ("?fra=2&til=2", "Choose two different versions."),
        ("?fra=%00&til=1", "Choose two of the versions listed."),
    ],
)
def test_bad_choices_in_the_comparison_get_a_message_and_400(revised, client, query, message):
    response = client.get(URL + "versioner/sammenlign/" + query)
    assert response.status_code == 400
    html = soup_of(response)
    errors = html.select_one("#compare-errors")
    assert errors["role"] == "alert"
    assert in_danish(message) in text_of(errors)
    assert html.select_one(".policy-compare-form") is not None  # choose again right there
    assert html.select(".policy-diff-section") == []


@pytest.mark.parametrize("query", ["", "?til=1", "?fra=1&til=2"])
def test_a_policy_with_one_version_explains_there_is_nothing_to_compare(policy, client, query):
    response = client.get(URL + "versioner/sammenlign/" + query)
    assert response.status_code == 200
    html = soup_of(response)
    assert in_danish("This policy has only one adopted version, so there is nothing to compare yet.") in text_of(
        html.select_one("#compare-errors")
    )
    assert html.select_one(".policy-compare-form") is None


# The comparison itself


def test_paragraphs_are_plain_text_one_per_paragraph_or_list_item():
    html = "<p>Første <b>afsnit</b>.</p><ul><li>Et punkt</li><li>  Et  andet\npunkt </li></ul><p></p>"
    assert paragraphs(html) == ["Første afsnit .", "Et punkt", "Et andet punkt"]
    assert paragraphs("Bare tekst uden afsnit") == ["Bare tekst uden afsnit"]
    assert paragraphs("") == []
    assert paragraphs(None) == []


def test_compare_marks_changed_words_inside_a_paragraph():
    old = [{"heading": "Vision", "paragraphs": ["Vi møder hinanden med respekt.", "Uændret afsnit."]}]
    new = [{"heading": "Vision", "paragraphs": ["Vi møder hinanden med tillid.", "Uændret afsnit."]}]
    [section] = compare(old, new)
    assert section["heading"] == "Vision" and section["kind"] == "changed"
    assert [row["kind"] for row in section["rows"]] == ["changed", "same"]
    assert section["rows"][0]["html"] == "Vi møder hinanden med <del>respekt.</del> <ins>tillid.</ins>"


def test_compare_keeps_sections_in_order_and_names_added_removed_and_same():
    old = [
        {"heading": "Vision", "paragraphs": ["A"]},
        {"heading": "Fjernet", "paragraphs": ["Gammel tekst"]},
        {"heading": "Regler", "paragraphs": ["B"]},
    ]
    new = [
        {"heading": "Vision", "paragraphs": ["A"]},
        {"heading": "Regler", "paragraphs": ["B"]},
        {"heading": "Ny", "paragraphs": ["Ny tekst"]},
    ]
    result = compare(old, new)
    assert [(section["heading"], section["kind"]) for section in result] == [
        ("Vision", "same"),
        ("Fjernet", "removed"),
        ("Regler", "same"),
        ("Ny", "added"),
    ]
    assert result[1]["rows"] == [{"kind": "removed", "html": "Gammel tekst"}]
    assert result[3]["rows"] == [{"kind": "added", "html": "Ny tekst"}]


def test_compare_escapes_the_text_it_marks_up():
    old = [{"heading": "Vision", "paragraphs": ["Vi siger <script>alert(1)</script> til alle."]}]
    new = [{"heading": "Vision", "paragraphs": ["Vi siger <b>ja</b> til alle."]}]
    html = compare(old, new)[0]["rows"][0]["html"]
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html


def test_a_rewritten_paragraph_shows_as_removed_and_added_rather_than_word_soup():
    old = [{"heading": "Vision", "paragraphs": ["Kommunen støtter foreningerne med lokaler."]}]
    new = [{"heading": "Vision", "paragraphs": ["Alle borgere kan blive frivillige i dag."]}]
    assert [row["kind"] for row in compare(old, new)[0]["rows"]] == ["removed", "added"]

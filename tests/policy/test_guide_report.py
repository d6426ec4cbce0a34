"""Staff keep the guides up to date: the report of guides due for review, and the guide vocabularies.

A guide is due for review when it was last reviewed more than a year ago: reviewed exactly
365 days ago it is not yet on the report, 366 days ago it is. The report is for the people
who look after the guides (superusers, Kommunikation, the policy owners); association
representatives neither see it in the menu nor reach it.
"""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, representative_of
from policy.factories import GuideIndexPageFactory, GuidePageFactory, topic
from policy.models import GuideTopic
from tests.helpers import PASSWORD, days_ago, member_of, menu_urls

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/guides-due-for-review/"


@pytest.fixture
def guide_index(home):
    return GuideIndexPageFactory(parent=home)


@pytest.fixture
def guides(guide_index):
    """Guides reviewed at different times; the oldest is a draft that was never published."""
    made = {
        "fresh": GuidePageFactory(parent=guide_index, title="Nygennemgået", last_reviewed_on=days_ago(10)),
        "year": GuidePageFactory(parent=guide_index, title="Præcis et år", last_reviewed_on=days_ago(365)),
        "overdue": GuidePageFactory(
            parent=guide_index,
            title="Et år og en dag",
            topic=topic("forsikring"),
            reviewed_by="Kultur og Fritid",
            last_reviewed_on=days_ago(366),
        ),
        "oldest": GuidePageFactory(
            parent=guide_index,
            title="Gammel kladde",
            topic=topic("gdpr"),
            reviewed_by="Juridisk team",
            last_reviewed_on=days_ago(800),
            live=False,
        ),
    }
    return made


@pytest.fixture
def communications(db):
    return member_of("Kommunikation", "kommunikation")


@pytest.fixture
def policy_owner(db):
    return member_of("Politikejere", "politikejer")


@pytest.fixture
def representative(home):
    association = AssociationPageFactory(parent=DirectoryIndexPageFactory(parent=home), title="Fjordlund Roklub")
    return representative_of(association, "formand@fjordlund.dk", PASSWORD)


def rows(response):
    """(title, topic, last reviewed, reviewed by, days overdue) of each guide on the report."""
    return [
        (
            guide.title,
            guide.topic.name,
            guide.last_reviewed_on,
            guide.reviewed_by,
            (timezone.localdate() - guide.review_due_on).days,
        )
        for guide in response.context["object_list"]
    ]


def test_the_report_lists_guides_not_reviewed_for_more_than_a_year_oldest_first(client, guides, communications):
    client.force_login(communications)
    response = client.get(REPORT)
    assert response.status_code == 200
    assert rows(response) == [
        ("Gammel kladde", "GDPR og persondata", days_ago(800), "Juridisk team", 435),
        ("Et år og en dag", "Forsikring", days_ago(366), "Kultur og Fritid", 1),
    ]
    html = response.content.decode()
    assert "Præcis et år" not in html  # reviewed exactly a year ago: not due yet
    assert "Nygennemgået" not in html
    # The title opens the guide in the editor; then topic, status, last reviewed, reviewer and days overdue.
    table = html[html.index('<table class="listing">') : html.index("</table>", html.index('<table class="listing">'))]
    cells = [re.sub(r"<[^>]+>|\s+", " ", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S)]
    assert cells[:2] == ["Gammel kladde", "GDPR og persondata"]
    assert cells[4:6] == ["Juridisk team", "435"]
    assert cells[6:8] == ["Et år og en dag", "Forsikring"]
    assert cells[10:12] == ["Kultur og Fritid", "1"]
    assert f'<a href="/admin/pages/{guides["oldest"].pk}/edit/">' in table
    assert f'<a href="/admin/pages/{guides["overdue"].pk}/edit/">' in table


def test_the_report_agrees_with_the_public_pages_review_note(guides):
    assert not guides["year"].is_review_due()
    assert guides["overdue"].is_review_due()


def test_the_report_can_be_downloaded_as_a_spreadsheet(client, guides, communications):
    client.force_login(communications)
    response = client.get(REPORT + "?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "guides-due-for-review-" in response["Content-Disposition"]
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(lines) == 3
    assert lines[1][0] == "Gammel kladde"
    assert lines[1][1] == "GDPR og persondata"
    assert lines[1][3] == days_ago(800).isoformat()
    assert lines[1][4:] == ["Juridisk team", "435"]
    assert lines[2][0] == "Et år og en dag"
    assert lines[2][-1] == "1"

    response = client.get(REPORT + "?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_nothing_due_says_so(client, guide_index, communications):
    GuidePageFactory(parent=guide_index, title="Frisk", last_reviewed_on=days_ago(1))
    client.force_login(communications)
    response = client.get(REPORT)
    assert response.status_code == 200
    assert list(response.context["object_list"]) == []


@pytest.mark.parametrize("who", ["superuser", "communications", "policy_owner"])
def test_superusers_communications_and_policy_owners_see_the_report_in_their_menu(
    client, guides, who, communications, policy_owner
):
    users = {
        "superuser": get_user_model().objects.create_superuser("admin", "admin@testrup.dk", PASSWORD),
        "communications": communications,
        "policy_owner": policy_owner,
    }
    client.force_login(users[who])
    assert REPORT in menu_urls(client.get(reverse("wagtailadmin_home")))
    assert client.get(REPORT).status_code == 200
    assert client.get(REPORT + "results/").status_code == 200


def test_representatives_neither_see_nor_reach_the_report(client, guides, representative):
    client.force_login(representative)
    assert REPORT not in menu_urls(client.get(reverse("wagtailadmin_home")))
    for address in (REPORT, REPORT + "results/", REPORT + "?export=csv"):
        response = client.get(address)
        assert response.status_code == 403
        assert b"Gammel kladde" not in response.content


def test_admin_users_without_rights_on_the_guides_do_not_reach_the_report(client, guides):
    """Someone who may use the admin, but edits no guides and owns no policy."""
    group = Group.objects.create(name="Kun adgang")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("gaest", "gaest@testrup.dk", PASSWORD)
    user.groups.add(group)
    client.force_login(user)
    assert REPORT not in menu_urls(client.get(reverse("wagtailadmin_home")))
    assert client.get(REPORT).status_code == 403


# The guide vocabularies --------------------------------------------------------------------------------------------

TOPICS = "/admin/snippets/policy/guidetopic/"
AUDIENCES = "/admin/snippets/policy/guideaudience/"


def test_communications_maintain_the_guide_vocabularies(client, communications):
    client.force_login(communications)
    urls = menu_urls(client.get(reverse("wagtailadmin_home")))
    assert TOPICS in urls
    assert AUDIENCES in urls
    listing = client.get(TOPICS)
    assert listing.status_code == 200
    assert "Børneattest" in listing.content.decode()
    assert "Kommunens medarbejdere" in client.get(AUDIENCES).content.decode()

    response = client.post(TOPICS + "add/", {"name": "Arrangementer", "slug": "", "description": "", "sort_order": 90})
    assert response.status_code == 302
    assert GuideTopic.objects.get(name="Arrangementer").slug == "arrangementer"


def test_policy_owners_and_representatives_do_not_change_the_vocabularies(client, policy_owner, representative):
    for user in (policy_owner, representative):
        client.force_login(user)
        urls = menu_urls(client.get(reverse("wagtailadmin_home")))
        assert TOPICS not in urls
        assert AUDIENCES not in urls
        response = client.post(TOPICS + "add/", {"name": "Snyd", "slug": "snyd", "description": "", "sort_order": 1})
        assert response.status_code in (302, 403)
        assert not GuideTopic.objects.filter(name="Snyd").exists()

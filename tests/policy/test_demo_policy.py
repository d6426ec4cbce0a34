"""A kommune trying the portal meets its volunteering policy alive: adopted, followed up, revised in the open.

The demo takes seconds to load, so the suite loads it once (the ``demo`` fixture, which is
also what load_demo printed then) and every test works on that data; each test's own
changes are rolled back as usual.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from directory.models import AssociationPage, VolunteerTaskPage
from home.models import HomePage
from policy.models import (
    ConsultationPage,
    ConsultationResponse,
    FocusAreaPage,
    GuideAudience,
    GuideIndexPage,
    GuidePage,
    GuideTopic,
    PolicyPage,
    PolicyVersion,
)
from policy.versions import compare
from tests.helpers import load_demo

pytestmark = pytest.mark.django_db


def adopted_policy():
    return PolicyPage.objects.get(slug="frivilligpolitik")


def draft_policy():
    return PolicyPage.objects.get(slug="frivilligpolitik-2027-2030")


def initiatives():
    return [block.value for area in adopted_policy().focus_areas() for block in area.initiatives]


def test_the_adopted_policy_has_its_decision_vision_principles_and_definitions(demo):
    policy = adopted_policy()
    assert policy.live and policy.show_in_menus
    # The 2025 text still applies while the next policy is drafted.
    assert policy.status == PolicyPage.REVISION and policy.is_in_force
    assert (policy.adopted_by, policy.adopted_on) == ("Byrådet", datetime.date(2025, 6, 19))
    assert policy.next_evaluation_on > policy.adopted_on
    assert "I Fjordlund gør vi noget for hinanden" in policy.vision
    assert [block.value["name"] for block in policy.principles] == [
        "Frivilligheden er fri",
        "Samarbejde i øjenhøjde",
        "Frivillige supplerer – de erstatter ikke",
        "Det skal være let",
    ]
    terms = [block.value["term"] for block in policy.definitions]
    assert len(terms) >= 3 and "Frivilligt arbejde" in terms and "Forening" in terms
    assert "<h3>" in policy.cooperation_rules and 'linktype="page"' in policy.cooperation_rules
    policy.full_clean()  # Publishing does not validate; the demo still keeps every rule.


def test_the_follow_up_plan_has_steps_behind_and_ahead(demo):
    plan = adopted_policy().upcoming_follow_up()
    assert len(plan["past"]) >= 3 and len(plan["upcoming"]) >= 2
    kinds = {step["kind"] for step in plan["past"] + plan["upcoming"]}
    assert {"status_meeting", "theme_day", "evaluation"} <= kinds
    assert plan["upcoming"][0]["date"] >= timezone.localdate()


def test_related_policies_documents_and_contact_are_real(demo):
    policy = adopted_policy()
    related = [block.value for block in policy.related_policies]
    assert any(item["page"] is not None and item["page"].live for item in related)
    urls = [item["url"] for item in related if item["url"]]
    assert len(urls) >= 3 and all(url.startswith("https://www.example.dk/") for url in urls)
    documents = [block.value["document"] for block in policy.documents]
    assert len(documents) == 2
    for document in documents:
        assert document.collection.name == "Politik"
        with document.open_file() as file:
            assert file.read(5) == b"%PDF-"
    (contact,) = [block.value for block in policy.contact]
    assert (contact["name"], contact["email"]) == ("Frivilligkoordinatoren", "frivillig@fjordlund.dk")
    assert contact["phone"]


def test_five_focus_areas_with_goals_and_at_least_twelve_initiatives_in_every_state(demo):
    areas = list(adopted_policy().focus_areas())
    assert len(areas) == 5
    for area in areas:
        assert area.intro and 2 <= len(area.goals) <= 4, area.title
        assert area.latest_revision_id and not area.has_unpublished_changes, area.title
    items = initiatives()
    assert len(items) >= 12
    assert {item["status"] for item in items} == {"planned", "in_progress", "done", "dropped"}
    assert all(item["progress_notes"] and item["responsible_unit"] for item in items)
    assert sum(len(item["progress_notes"]) >= 2 for item in items) >= 5
    practice = adopted_policy().practice(areas)
    assert practice["total"] == len(items) and len(practice["latest_notes"]) == 6


def test_initiatives_link_to_live_associations_tasks_and_guides(demo):
    links = [page for item in initiatives() for page in item["carried_out_by"]]
    assert all(page is not None for page in links)
    pages = Page.objects.filter(pk__in=[page.pk for page in links]).specific()
    assert all(page.live for page in pages)
    kinds = {type(page) for page in pages}
    assert {AssociationPage, VolunteerTaskPage, GuidePage} <= kinds
    assert all(item["carried_out_by"] for item in initiatives())


def test_two_adopted_versions_and_what_changed_between_them(demo, client):
    policy = adopted_policy()
    versions = list(policy.versions.all())
    assert [(version.number, version.adopted_on) for version in versions] == [
        (1, datetime.date(2021, 3, 25)),
        (2, datetime.date(2025, 6, 19)),
    ]
    sections = compare(versions[0].sections, versions[1].sections)
    # Versions are frozen in the site's language, so their headings are Danish.
    kinds = {section["heading"]: section["kind"] for section in sections}
    assert kinds["Vision"] == "changed"
    assert kinds["Princip: Frivillige supplerer – de erstatter ikke"] == "same"
    assert kinds["Princip: Det skal være let"] == "added"
    assert kinds["Princip: Dialog"] == "removed"
    assert kinds["Indsatsområde: Natur, klima og lokalt ansvar"] == "added"
    assert kinds["Indsatsområde: Flere unge frivillige"] == "changed"
    html = client.get(policy.url + "versioner/sammenlign/?fra=1&til=2").content.decode()
    assert "<ins>" in html and "<del>" in html


def test_a_draft_revision_is_open_for_consultation_now(demo):
    draft = draft_policy()
    assert draft.live and not draft.show_in_menus
    assert draft.status == PolicyPage.CONSULTATION and draft.revises_id == adopted_policy().pk
    assert len(draft.principles) == 4 and draft.vision
    consultations = {page.slug: page for page in draft.consultations()}
    hearing = consultations["hoering-frivilligpolitik-2027-2030"]
    now = timezone.now()
    assert hearing.state() == ConsultationPage.OPEN
    assert hearing.opens_at < now - datetime.timedelta(days=2)
    assert hearing.closes_at > now + datetime.timedelta(days=14)
    assert timezone.localdate(hearing.closes_at).strftime("%Y") in hearing.intro
    assert len(hearing.documents) == 1 and hearing.next_steps
    assert not hearing.published_responses().exists()  # Responses wait until it closes.
    assert hearing.responses.filter(status=ConsultationResponse.PENDING).count() == 2


def test_the_closed_idea_phase_shows_three_published_responses_without_email_addresses(demo, client):
    idea_phase = ConsultationPage.objects.get(slug="idefase-ny-frivilligpolitik")
    assert idea_phase.get_parent().pk == draft_policy().pk
    assert idea_phase.state() == ConsultationPage.CLOSED
    published = list(idea_phase.published_responses())
    assert len(published) == 3
    responses = list(idea_phase.responses.all())
    assert len(responses) == 5
    assert {response.status for response in responses} == {"approved", "rejected", "pending"}
    for response in responses:
        response.full_clean()  # Nothing is approved without consent.
        assert response.email.endswith("example.dk") and idea_phase.opens_at <= response.submitted_at
    assert any(response.has_attachment for response in published)
    html = client.get(idea_phase.url).content.decode()
    for response in published:
        assert response.name in html and response.email not in html
    assert "Jonas Holm" not in html and "Lyngå Landsbyråd" not in html


def test_eight_guides_cover_every_topic_and_audience(demo):
    index = GuideIndexPage.objects.get(slug="guides", locale__language_code="da")
    assert index.live and index.show_in_menus and index.body
    guides = list(GuidePage.objects.child_of(index).live().prefetch_related("audiences").select_related("topic"))
    assert len(guides) >= 8
    assert {guide.topic.slug for guide in guides} == set(GuideTopic.objects.values_list("slug", flat=True))
    assert {audience.slug for guide in guides for audience in guide.audiences.all()} == set(
        GuideAudience.objects.values_list("slug", flat=True)
    )
    for guide in guides:
        kinds = [block.block_type for block in guide.body]
        assert {"steps", "questions", "contact"} <= set(kinds), guide.title
        assert all(len(block.value["questions"]) >= 3 for block in guide.body if block.block_type == "questions")
        assert guide.reviewed_by and guide.live_related_guides(), guide.title
    boxes = {block.value["kind"] for guide in guides for block in guide.body if block.block_type == "info_box"}
    assert {"success", "warning"} <= boxes
    downloads = [block for guide in guides for block in guide.body if block.block_type == "downloads"]
    assert len(downloads) >= 2
    assert all(item["document"].file.name.endswith(".pdf") for block in downloads for item in block.value["documents"])


def test_some_guides_are_overdue_for_review_so_the_report_has_something_to_show(demo):
    guides = list(GuidePage.objects.live())
    overdue = [guide for guide in guides if guide.is_review_due()]
    assert len(overdue) >= 2
    assert len(overdue) < len(guides)


def test_the_front_page_ways_in_lead_to_the_policy_and_the_guides(demo):
    for language in ("da", "en"):
        home = HomePage.objects.get(locale__language_code=language)
        links = {block.value["link"]["page"].specific.__class__ for block in home.entry_points}
        assert {PolicyPage, GuideIndexPage} <= links, language


def test_the_policy_and_the_guides_follow_the_directory_in_the_menu(demo):
    home = HomePage.objects.get(locale__language_code="da")
    menu = [page.slug for page in home.get_children().live().in_menu()]
    assert menu[:4] == ["foreninger", "bliv-frivillig", "frivilligpolitik", "guides"]


def test_every_policy_demo_page_answers(demo, client):
    policy = adopted_policy()
    urls = [
        policy.url,
        policy.url + "versioner/",
        policy.url + "versioner/1/",
        policy.url + "versioner/2/",
        policy.url + "versioner/sammenlign/",
        draft_policy().url,
        *[page.url for page in FocusAreaPage.objects.live()],
        *[page.url for page in ConsultationPage.objects.live()],
        GuideIndexPage.objects.get(locale__language_code="da").url,
        *[page.url for page in GuidePage.objects.live().filter(locale__language_code="da")],
    ]
    assert len(urls) >= 6 + 5 + 2 + 1 + 8
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_the_policy_owner_logs_in_and_may_edit_but_not_publish_the_policy(demo, client):
    assert "politikejer" in demo and "fjordlund-politik" in demo
    response = client.post("/admin/login/", {"username": "politikejer", "password": "fjordlund-politik"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    owner = get_user_model().objects.get(username="politikejer")
    assert list(owner.groups.values_list("name", flat=True)) == ["Politikejere"]
    for page in (adopted_policy(), draft_policy()):
        permissions = page.permissions_for_user(owner)
        assert permissions.can_edit() and not permissions.can_publish(), page.title


def test_a_second_run_changes_nothing(demo):
    def snapshot():
        return {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "versions": PolicyVersion.objects.count(),
            "responses": ConsultationResponse.objects.count(),
            "documents": get_document_model().objects.count(),
            "users": get_user_model().objects.count(),
            "latest": sorted(Page.objects.values_list("id", "latest_revision_id", "last_published_at", "path")),
        }

    before = snapshot()
    output = load_demo()
    assert snapshot() == before
    assert "nothing changed" in output

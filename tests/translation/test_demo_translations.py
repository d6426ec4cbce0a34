"""The demo in English, Ukrainian and Arabic: what a visitor in those languages finds, each marked as a demo
translation."""

import pytest
from wagtail.models import Locale, Page

from directory.models import AssociationPage, VolunteerTaskPage
from home.demo.content import DEMO_NOTE
from policy.models import GuidePage, PolicyPage
from tests.helpers import soup_of, text_of

pytestmark = pytest.mark.django_db


def live_in(code, model=Page):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=code))


def test_the_demo_has_english_associations_tasks_policy_and_guides(demo):
    assert live_in("en", AssociationPage).count() == 10
    assert live_in("en", VolunteerTaskPage).count() == 5
    assert live_in("en", PolicyPage).count() == 1
    assert live_in("en", GuidePage).count() == 3
    for code in ("uk", "ar"):
        assert live_in(code, GuidePage).count() == 2
        assert {page.specific_class.__name__ for page in live_in(code)} == {
            "HomePage",
            "DirectoryIndexPage",
            "GuideIndexPage",
            "GuidePage",
        }


@pytest.mark.parametrize(
    ("path", "heading", "language"),
    [
        ("/en/associations/egebjerg-football-club/", "Egebjerg Football Club", "en"),
        ("/uk/", "Знайдіть свою волонтерську спільноту у Фьордлунді", "uk"),
        ("/ar/adilla/shahadat-alatfal/", "شهادة العمل مع الأطفال – متى وكيف", "ar"),
    ],
)
def test_a_demo_translation_says_it_is_one(client, demo, path, heading, language):
    html = client.get(path).content.decode()
    assert heading in html
    assert DEMO_NOTE[language] in html


def test_english_queries_find_the_english_demo(client, demo):
    football = client.get("/en/search/", {"q": "football"}).content.decode()
    homework = client.get("/en/search/", {"q": "homework help"}).content.decode()

    assert 'href="/en/associations/egebjerg-football-club/"' in football
    assert 'href="/en/associations/strandbaek-homework-cafe/homework-helper-maths/"' in homework
    # Lysglimt has no English page: found through its Danish text, marked as Danish.
    assert (
        'href="/en/foreninger/lysglimt-sorggrupper/" lang="da"'
        in client.get("/en/search/", {"q": "sorggrupper"}).content.decode()
    )


def test_the_english_policy_shows_its_follow_up_documents_related_policies_and_contact_in_english(client, demo):
    danish = PolicyPage.objects.get(locale__language_code="da", slug="frivilligpolitik")
    english = danish.get_translation(Locale.objects.get(language_code="en"))
    page = soup_of(client.get(english.url))
    sections = {name: text_of(page.find(id=name)) for name in ("follow-up", "documents", "related", "contact")}

    assert "Kick-off meeting in the Volunteer Council" in sections["follow-up"]
    assert "Volunteering policy for Fjordlund Kommune 2025 (in Danish)" in sections["documents"]
    assert "Privacy policy for Frivillig i Fjordlund" in sections["related"]
    assert "The volunteer coordinator" in sections["contact"]
    # Not one of the Danish page's own words in those blocks is left; the dates, files and addresses stay.
    danish_words = [
        *(step.value[field] for step in danish.follow_up for field in ("title", "text")),
        *(block.value[field] for block in danish.documents for field in ("title", "description")),
        *(block.value[field] for block in danish.related_policies for field in ("text", "description")),
        *(danish.contact[0].value[field] for field in ("name", "role", "text")),
    ]
    shown = " ".join(sections.values())
    assert [words for words in danish_words if words in shown] == []
    assert [step.value["date"] for step in english.follow_up] == [step.value["date"] for step in danish.follow_up]
    assert danish.contact[0].value["email"] in sections["contact"]
    # The related privacy policy leads to the English privacy page, where there is one.
    privacy = page.find(id="related").find("a", string="Privacy policy for Frivillig i Fjordlund")
    assert privacy["href"].startswith("/en/")
    # Dates in the language's own format (Django's DATE_FORMAT), not the Danish "19. juni 2025".
    assert "adopted by the City Council on June 19, 2025" in text_of(page.find(id="policy-status"))

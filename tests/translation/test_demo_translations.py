"""The demo in English, Ukrainian and Arabic: what a visitor in those languages finds, each marked as a demo
translation."""

import pytest
from wagtail.models import Locale, Page

from directory.models import AssociationPage, VolunteerTaskPage
from home.demo.content import DEMO_NOTE
from policy.models import GuidePage, PolicyPage

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
        'href="/foreninger/lysglimt-sorggrupper/" lang="da"'
        in client.get("/en/search/", {"q": "sorggrupper"}).content.decode()
    )

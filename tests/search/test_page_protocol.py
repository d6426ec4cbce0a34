"""Page types describe their own search documents (search/pages.py); the search names none of them.

A festival and its events (tests/searchable_app, installed by the test settings only) are a page
type the portal does not have: they become searchable, with facet values and a page whose
documents depend on another, by editing nothing but their own app.
"""

import ast
import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.http import QueryDict
from wagtail.models import Locale

from search.models import SearchDocument
from search.service import run_search
from tests.helpers import publish
from tests.searchable_app.models import FestivalEventPage, FestivalPage

pytestmark = pytest.mark.django_db

SEARCH_DIR = Path(settings.BASE_DIR) / "search"
FEATURE_APPS = ("home", "directory", "policy", "tests")


def danish():
    return Locale.objects.get(language_code="da")


@pytest.fixture
def festival(home):
    festival = FestivalPage(title="Frivillighedsfestival", slug="festival", intro="Tre dage for frivillige.")
    home.add_child(instance=festival)
    publish(festival)
    event = FestivalEventPage(
        title="Koncert i parken",
        slug="koncert",
        venue="Bytorvet",
        programme="Blæseorkestret spiller for alle frivillige.",
        free_entry=True,
        last_day=datetime.date.today() + datetime.timedelta(days=10),
    )
    festival.add_child(instance=event)
    publish(event)
    return festival, event


def source_files():
    return [path for path in SEARCH_DIR.rglob("*.py") if "migrations" not in path.parts]


def test_the_search_imports_no_feature_app():
    imported = set()
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                if module.split(".")[0] in FEATURE_APPS:
                    imported.add((str(path.relative_to(SEARCH_DIR)), module))
    assert imported == set()


def test_the_search_names_no_page_type():
    label = re.compile(r"\b(?:home|directory|policy)\.\w*page\b", re.IGNORECASE)
    named = {(path.name, match) for path in source_files() for match in label.findall(path.read_text())}
    assert named == set()


def test_a_new_page_type_is_found_with_the_facet_values_it_gives(festival):
    _festival, event = festival

    outcome = run_search("blæseorkester", danish())
    assert [result.title for result in outcome.results] == ["Koncert i parken"]
    (document,) = SearchDocument.objects.filter(page=event)
    assert (document.kind, document.summary, document.keywords) == ("page", "Bytorvet", "Frivillighedsfestival")
    assert (document.is_free, document.open_until) == (True, event.last_day)
    assert run_search("blæseorkester", danish(), QueryDict("free=1")).count == 1
    flags = {facet.param: facet for facet in outcome.facets}["flags"]
    assert [(option.value, option.count) for option in flags.options] == [("free", 1)]


def test_its_documents_leave_the_search_after_the_day_it_names(festival):
    _festival, event = festival
    event.last_day = datetime.date.today() - datetime.timedelta(days=1)
    publish(event)
    assert run_search("blæseorkester", danish()).count == 0


def test_a_page_without_its_own_documents_is_a_plain_content_page(festival):
    page, _event = festival
    (document,) = SearchDocument.objects.filter(page=page)
    assert (document.kind, document.title, document.body) == ("page", "Frivillighedsfestival", "")
    assert run_search("frivillighedsfestival", danish()).count == 2  # The festival, and the event by its keywords.


def test_publishing_a_page_rebuilds_the_documents_it_names_as_dependents(festival):
    page, event = festival
    page.title = "Sommerfestival"
    publish(page)

    assert SearchDocument.objects.get(page=event).keywords == "Sommerfestival"
    assert [result.title for result in run_search("sommerfestival", danish()).results] == [
        "Sommerfestival",
        "Koncert i parken",
    ]

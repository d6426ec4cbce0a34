"""The kommune's own units (a library, a plejecenter) post volunteer projects beside the associations.

A citizen meets a unit's projects in "Bliv frivillig" with the associations' tasks, under the same
filters and in the same search; the task page names the organiser ("Arrangør: Fjordlund Bibliotek
(Testrup Kommune)") and its contact. Staff run the units; representatives never touch them.
"""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from directory.factories import (
    AssociationContactFactory,
    AssociationPageFactory,
    KommuneUnitPageFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
    representative_of,
    target_group,
)
from directory.forms import contact_recipients
from directory.models import VolunteerTaskPage
from search.models import SearchDocument
from search.service import run_search
from tests.helpers import card_titles, filter_counts, in_danish, publish, soup_of, text_of

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
# The unit page, two levels under the home page, costs what an association page's frame costs
# (routing two levels down, site settings, menu, breadcrumbs, language links: 19) plus 5: its
# categories, its target groups, its town, and its open projects with their towns (the view
# restrictions, then the projects: 2), however many projects it has.
UNIT_PAGE_QUERIES = 19 + 5


@pytest.fixture
def task_index(home, portal_settings):
    return VolunteerTaskIndexPageFactory(parent=home)


@pytest.fixture
def bibliotek(directory, places, portal_settings):
    return publish(
        KommuneUnitPageFactory(
            parent=directory,
            title="Fjordlund Bibliotek",
            slug="fjordlund-bibliotek",
            summary="Kommunens bibliotek på Torvet.",
            locality=places["Fjordlund"],
            categories=[category("Kultur og musik"), category("Ældre")],
            target_groups=[target_group("Ældre")],
            contact_name="Frivilligkoordinator",
            contact_email="frivillig@bibliotek.testrup.dk",
            contact_phone="70 10 20 40",
        )
    )


@pytest.fixture
def projects(bibliotek, places):
    return {
        "it": publish(
            VolunteerTaskPageFactory(
                parent=bibliotek,
                title="It-hjælper for seniorer",
                slug="it-hjaelper",
                summary="Hjælp ældre med MitID.",
                time_commitment=VolunteerTaskPage.WEEKLY,
            )
        ),
        "hoejtlaesning": publish(
            VolunteerTaskPageFactory(
                parent=bibliotek,
                title="Højtlæsning for børn",
                slug="hoejtlaesning",
                time_commitment=VolunteerTaskPage.FLEXIBLE,
                locality=places["Egebjerg"],
            )
        ),
    }


@pytest.fixture
def roklub(directory, places):
    club = publish(
        AssociationPageFactory(
            parent=directory,
            title="Fjordlund Roklub",
            slug="roklub",
            locality=places["Sønderby"],
            categories=[category("Idræt og motion")],
        )
    )
    publish(VolunteerTaskPageFactory(parent=club, title="Træner", slug="traener"))
    return club


def search_titles(query, **params):
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data[key] = value
    return [result.title for result in run_search(query, Locale.objects.get(language_code="da"), data).results]


# The unit's own page


def test_citizen_reads_the_units_page_with_its_contact_and_open_projects(client, projects, bibliotek):
    VolunteerTaskPageFactory(parent=bibliotek, title="Besat projekt", slug="besat", status=VolunteerTaskPage.FILLED)
    response = client.get("/foreninger/fjordlund-bibliotek/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert text_of(soup.h1) == "Fjordlund Bibliotek"
    assert "Testrup Kommune" in text_of(soup.find(class_="directory-unit-kind"))
    tasks = [text_of(item.h3) for item in soup.select(".directory-task-item")]
    assert sorted(tasks) == ["Højtlæsning for børn", "It-hjælper for seniorer"]  # not the filled one
    contact = soup.find(id="kontakt")
    assert "Frivilligkoordinator" in text_of(contact)
    assert contact.find("a", href="mailto:frivillig@bibliotek.testrup.dk")
    assert contact.find("a", href="tel:70102040")


def test_the_unit_page_renders_with_a_bounded_number_of_queries(bibliotek, django_assert_max_num_queries):
    for number in range(8):
        VolunteerTaskPageFactory(parent=bibliotek, title=f"Projekt {number}")
    client = Client()
    client.get("/foreninger/fjordlund-bibliotek/")
    with django_assert_max_num_queries(UNIT_PAGE_QUERIES):
        assert client.get("/foreninger/fjordlund-bibliotek/").status_code == 200

    def queries():
        client.get("/foreninger/fjordlund-bibliotek/")  # a new page gives the cached frame a new generation: refill
        with CaptureQueriesContext(connection) as captured:
            client.get("/foreninger/fjordlund-bibliotek/")
        return len(captured)

    few = queries()
    for number in range(8, 16):
        VolunteerTaskPageFactory(parent=bibliotek, title=f"Projekt {number}")
    assert queries() == few


def test_the_association_listing_still_lists_associations_only(client, roklub, bibliotek):
    response = client.get("/foreninger/")
    assert card_titles(response) == ["Fjordlund Roklub"]


# The units' projects among the tasks


def test_a_units_projects_appear_in_bliv_frivillig_with_the_associations_tasks(client, task_index, projects, roklub):
    response = client.get("/bliv-frivillig/?sortering=titel")
    assert card_titles(response) == ["Højtlæsning for børn", "It-hjælper for seniorer", "Træner"]
    card = soup_of(response).find(id=f"opgave-{projects['it'].pk}")
    assert text_of(card.find(class_="directory-card-association")) == "Fjordlund Bibliotek"
    assert "Fjordlund" in text_of(card.find("dl"))  # the unit's town, as the task has none of its own


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kategori=kultur-og-musik", ["Højtlæsning for børn", "It-hjælper for seniorer"]),
        ("kategori=idraet-og-motion", ["Træner"]),
        (
            "kategori=kultur-og-musik&kategori=idraet-og-motion",
            ["Højtlæsning for børn", "It-hjælper for seniorer", "Træner"],
        ),
        ("sted=fjordlund", ["It-hjælper for seniorer"]),  # the unit's town
        ("sted=egebjerg", ["Højtlæsning for børn"]),  # the project's own town wins
        ("tid=ugentlig", ["It-hjælper for seniorer", "Træner"]),
    ],
)
def test_the_filters_work_on_a_units_projects_too(client, task_index, projects, roklub, query, expected):
    response = client.get(f"/bliv-frivillig/?{query}&sortering=titel")
    assert card_titles(response) == expected


def test_the_counts_include_the_units_projects(client, task_index, projects, roklub):
    response = client.get("/bliv-frivillig/")
    categories = filter_counts(response, "kategori")
    assert categories["kultur-og-musik"] == 2 and categories["aeldre"] == 2 and categories["idraet-og-motion"] == 1
    assert filter_counts(response, "sted") == {"egebjerg": 1, "fjordlund": 1, "soenderby": 1}


def test_filled_or_expired_projects_of_a_unit_drop_out_of_the_listing_and_the_search(
    client, task_index, projects, bibliotek
):
    projects["it"].status = VolunteerTaskPage.FILLED
    publish(projects["it"])
    publish(
        VolunteerTaskPageFactory(
            parent=bibliotek, title="Sommerbogklub", slug="sommerbogklub", deadline=TODAY - datetime.timedelta(days=1)
        )
    )
    assert card_titles(client.get("/bliv-frivillig/")) == ["Højtlæsning for børn"]
    assert "It-hjælper for seniorer" not in search_titles("it-hjælper")
    assert "Sommerbogklub" not in search_titles("sommerbogklub")
    assert "Højtlæsning for børn" in search_titles("højtlæsning")


def test_the_task_listing_costs_no_more_queries_with_units(client, task_index, projects, roklub):
    def queries():
        client.get("/bliv-frivillig/?kategori=kultur-og-musik&sted=fjordlund")
        with CaptureQueriesContext(connection) as captured:
            client.get("/bliv-frivillig/?kategori=kultur-og-musik&sted=fjordlund")
        return len(captured)

    few = queries()
    for number in range(6):
        club = AssociationPageFactory(title=f"Klub {number}", parent=roklub.get_parent())
        VolunteerTaskPageFactory(parent=club, title=f"Opgave {number}")
        unit = KommuneUnitPageFactory(title=f"Enhed {number}", parent=roklub.get_parent())
        VolunteerTaskPageFactory(parent=unit, title=f"Projekt {number}")
    assert queries() == few


# The project's page


def test_the_project_page_names_the_organiser_and_its_contact(client, projects):
    response = client.get("/foreninger/fjordlund-bibliotek/it-hjaelper/")
    assert response.status_code == 200
    soup = soup_of(response)
    organiser = soup.find(class_="directory-task-association")
    assert text_of(organiser) == f"{in_danish('Organiser:')} Fjordlund Bibliotek (Testrup Kommune)"
    assert organiser.find("a")["href"] == "/foreninger/fjordlund-bibliotek/"
    contact = soup.find(id="kontakt")
    assert contact.find("a", href="mailto:frivillig@bibliotek.testrup.dk")
    assert response.context["association"] is None and response.context["unit"].title == "Fjordlund Bibliotek"


def test_an_association_task_names_its_association_as_organiser(client, roklub):
    AssociationContactFactory(association=roklub, email="formand@roklub.dk")
    response = client.get("/foreninger/roklub/traener/")
    soup = soup_of(response)
    assert text_of(soup.find(class_="directory-task-association")) == f"{in_danish('Organiser:')} Fjordlund Roklub"
    assert response.context["association"].pk == roklub.pk  # what association-run tasks always had
    assert soup.find(id="kontakt").find("a", href="mailto:formand@roklub.dk")


# Search and the content API


def test_the_unit_and_its_projects_are_found_by_search(projects, bibliotek):
    assert "Fjordlund Bibliotek" in search_titles("bibliotek")
    task = SearchDocument.objects.get(key=f"page:{projects['it'].pk}")
    assert task.kind == SearchDocument.TASK and task.association_name == "Fjordlund Bibliotek"
    assert {c.name for c in task.categories.all()} == {"Kultur og musik", "Ældre"}
    assert task.locality.name == "Fjordlund"
    assert "It-hjælper for seniorer" in search_titles("mitid", category="kultur-og-musik")


def test_renaming_the_unit_renames_it_in_its_projects_search_documents(projects, bibliotek):
    bibliotek.title = "Fjordlund Hovedbibliotek"
    publish(bibliotek)
    assert SearchDocument.objects.get(key=f"page:{projects['it'].pk}").association_name == "Fjordlund Hovedbibliotek"


def test_the_content_api_gives_the_organiser_and_its_type(client, projects, bibliotek, roklub):
    items = client.get("/api/v2/pages/", {"type": "directory.VolunteerTaskPage", "fields": "*"}).json()["items"]
    by_title = {item["title"]: item for item in items}
    project = by_title["It-hjælper for seniorer"]
    assert project["organiser"]["id"] == bibliotek.pk
    assert project["organiser"]["meta"]["type"] == "directory.KommuneUnitPage"
    assert project["association"] is None  # a unit is not an association
    trainer = by_title["Træner"]
    assert trainer["organiser"]["meta"]["type"] == "directory.AssociationPage"
    assert trainer["association"]["id"] == roklub.pk == trainer["organiser"]["id"]
    unit = client.get(f"/api/v2/pages/{bibliotek.pk}/").json()
    assert unit["contact"] == {
        "name": "Frivilligkoordinator",
        "email": "frivillig@bibliotek.testrup.dk",
        "phone": "70 10 20 40",
    }
    assert unit["address"]["city"] == "Fjordlund" and [c["slug"] for c in unit["categories"]] == [
        "kultur-og-musik",
        "aeldre",
    ]


# Where enquiries go


def test_enquiries_go_to_the_units_own_contact_and_to_an_associations_contacts(bibliotek, roklub, portal_settings):
    assert contact_recipients(bibliotek) == ["frivillig@bibliotek.testrup.dk"]
    assert bibliotek.organiser_contact_emails() == ["frivillig@bibliotek.testrup.dk"]
    assert contact_recipients(roklub) == ["frivillig@testrup.dk"]  # no contacts yet: the kommune's contact point
    AssociationContactFactory(association=roklub, email="formand@roklub.dk")
    AssociationContactFactory(association=roklub, email="formand@roklub.dk", role="Næstformand")
    assert contact_recipients(roklub) == ["formand@roklub.dk"]


# Who may change a unit


def test_a_representative_can_neither_edit_a_unit_nor_add_projects_to_it(client, projects, bibliotek, roklub):
    rep = representative_of(roklub, "formand@roklub.dk")
    client.force_login(rep)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[bibliotek.pk])).status_code in (302, 403)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[projects["it"].pk])).status_code in (302, 403)
    add = reverse("wagtailadmin_pages:add", args=["directory", "volunteertaskpage", bibliotek.pk])
    assert client.get(add).status_code in (302, 403)
    explorer = client.get(reverse("wagtailadmin_explore", args=[roklub.get_parent().pk])).content.decode()
    assert "Fjordlund Bibliotek" not in explorer

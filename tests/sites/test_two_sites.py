"""Several kommuner on one installation: Testrup at the default site and Nabo Kommune at nabo.localhost.

Each kommune's citizens see only their own kommune's associations, towns, stories and events,
wherever they look (listings, search, the search API, suggestions, feeds, the sitemap), and the
emails an association's page sends name that kommune's contact point. Nabo's communications staff
edit Nabo's pages and not Testrup's.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from directory.factories import ActivityFactory, AssociationPageFactory, DirectoryIndexPageFactory, LocalityFactory
from directory.forms import contact_recipients
from directory.importer import AssociationImporter, read_import_file
from enquiries.emails import portal_settings as enquiry_portal_settings
from home.sites import communications_group_name
from portal_events.factories import EventIndexPageFactory, EventPageFactory
from search.models import SearchDocument
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.helpers import card_titles, filter_counts, member_of, password_login, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_kommuner(portal_settings, home, second_site):
    """A rowing club in each kommune, each in a town of its own kommune; a story and an event in each."""
    testrup = Site.objects.get(is_default_site=True)
    egebjerg = LocalityFactory(name="Egebjerg", site=testrup)
    shared = LocalityFactory(name="Fælles Fjord")  # a town both kommuner offer (no site)
    clubs = {}
    for name, parent, town in (
        ("Egebjerg Roklub", home, egebjerg),
        ("Nabohavn Roklub", second_site.home, second_site.locality),
    ):
        directory = DirectoryIndexPageFactory(parent=parent, title="Foreninger", slug="foreninger")
        club = AssociationPageFactory(
            parent=directory, title=name, summary="Roning og kajak på fjorden for alle.", locality=town
        )
        ActivityFactory(association=club, name=f"Morgenroning i {town.name}")
        clubs[name] = publish(club)
        stories = StoryIndexPageFactory(parent=parent)
        publish(StoryPageFactory(parent=stories, title=f"Ny båd til {name}"))
        calendar = EventIndexPageFactory(parent=parent)
        publish(EventPageFactory(parent=calendar, title=f"Kaproning hos {name}", city=town.name))
    return clubs, egebjerg, shared


def on_nabo(client, second_site, path, **params):
    return client.get(path, params, HTTP_HOST=second_site.host)


def test_each_kommune_has_its_own_home_page_and_name(client, portal_settings, second_site):
    assert "Frivillig i Testrup" in client.get("/").content.decode()
    nabo = on_nabo(client, second_site, "/").content.decode()
    assert "Frivillig i Nabo" in nabo and "Frivillig i Testrup" not in nabo


def test_the_directory_lists_only_its_own_associations_and_towns(client, two_kommuner, second_site):
    _clubs, egebjerg, shared = two_kommuner
    testrup = client.get("/foreninger/")
    nabo = on_nabo(client, second_site, "/foreninger/")
    assert card_titles(testrup) == ["Egebjerg Roklub"]
    assert card_titles(nabo) == ["Nabohavn Roklub"]
    towns = {option.value for group in nabo.context["filter_groups"] if group.key == "sted" for option in group.options}
    assert egebjerg.slug not in towns and second_site.locality.slug in towns
    assert filter_counts(nabo, "sted").get(second_site.locality.slug) == 1
    assert shared.slug not in filter_counts(testrup, "sted") or filter_counts(testrup, "sted")[shared.slug] == 0


def test_search_finds_only_the_kommunes_own_pages_with_its_own_facets(client, two_kommuner, second_site):
    testrup = client.get("/search/", {"q": "roning"})
    nabo = on_nabo(client, second_site, "/search/", q="roning")
    # "roning" also finds each kommune's regatta ("Kaproning"), each on its own site.
    assert [result.document.title for result in testrup.context["results"]] == [
        "Egebjerg Roklub",
        "Kaproning hos Egebjerg Roklub",
    ]
    assert [result.document.title for result in nabo.context["results"]] == [
        "Nabohavn Roklub",
        "Kaproning hos Nabohavn Roklub",
    ]
    towns = {option.value: option.count for facet in nabo.context["outcome"].facets for option in facet.options}
    assert towns.get(second_site.locality.slug) >= 1 and "egebjerg" not in towns


def test_the_search_api_answers_for_the_site_asked_and_refuses_another_kommunes_town(client, two_kommuner, second_site):
    _clubs, egebjerg, _shared = two_kommuner
    testrup = client.get("/api/search", {"q": "roning"}).json()
    nabo = on_nabo(client, second_site, "/api/search", q="roning").json()
    assert [result["title"] for result in testrup["results"]] == ["Egebjerg Roklub", "Kaproning hos Egebjerg Roklub"]
    assert [result["title"] for result in nabo["results"]] == ["Nabohavn Roklub", "Kaproning hos Nabohavn Roklub"]
    assert nabo["results"][0]["url"].startswith("http://nabo.localhost/")
    assert [option["value"] for option in nabo["facets"]["locality"]] == [second_site.locality.slug]
    assert on_nabo(client, second_site, "/api/search", q="roning", locality=egebjerg.slug).status_code == 400


def test_suggestions_come_from_the_kommunes_own_pages(client, two_kommuner, second_site):
    nabo = on_nabo(client, second_site, "/api/search/suggest", q="Roklub").json()
    testrup = client.get("/api/search/suggest", {"q": "Roklub"}).json()
    assert "Nabohavn Roklub" in [item["title"] for item in nabo["suggestions"]]
    assert all("Nabohavn" in item["title"] for item in nabo["suggestions"])
    assert "Egebjerg Roklub" in [item["title"] for item in testrup["suggestions"]]
    assert all("Egebjerg" in item["title"] for item in testrup["suggestions"])


def test_every_search_document_knows_its_site(two_kommuner, second_site):
    titles = dict(SearchDocument.objects.filter(kind=SearchDocument.ASSOCIATION).values_list("title", "site_id"))
    assert titles == {
        "Egebjerg Roklub": Site.objects.get(is_default_site=True).pk,
        "Nabohavn Roklub": second_site.site.pk,
    }
    # The address is within the site: the results put the host of the request in front.
    assert SearchDocument.objects.get(title="Nabohavn Roklub").url == "/foreninger/nabohavn-roklub/"


def test_feeds_and_sitemap_carry_only_the_kommunes_own_pages(client, two_kommuner, second_site):
    rss = on_nabo(client, second_site, "/gode-historier/rss/").content.decode()
    assert "Ny båd til Nabohavn Roklub" in rss and "Egebjerg" not in rss
    ical = on_nabo(client, second_site, "/arrangementer/ical/").content.decode()
    assert "Kaproning hos Nabohavn Roklub" in ical and "Egebjerg" not in ical
    sitemap = on_nabo(client, second_site, "/sitemap.xml").content.decode()
    assert "http://nabo.localhost/foreninger/nabohavn-roklub/" in sitemap and "egebjerg" not in sitemap
    assert "egebjerg-roklub" in client.get("/sitemap.xml").content.decode()


def test_messages_without_a_contact_of_their_own_go_to_the_kommunes_own_contact_point(two_kommuner, second_site):
    clubs, _egebjerg, _shared = two_kommuner
    nabo_club = clubs["Nabohavn Roklub"]
    nabo_club.contacts = []
    nabo_club.save()
    assert contact_recipients(nabo_club) == ["frivillig@nabo.dk"]
    assert enquiry_portal_settings(nabo_club).portal_name == "Frivillig i Nabo"
    assert enquiry_portal_settings(clubs["Egebjerg Roklub"]).portal_name == "Frivillig i Testrup"


def test_the_admin_offers_an_association_only_its_kommunes_towns_and_the_shared_ones(client, two_kommuner, second_site):
    clubs, egebjerg, shared = two_kommuner
    member_of(communications_group_name(second_site.site), "nabo-redaktoer")
    password_login(client, "nabo-redaktoer")
    response = client.get(f"/admin/pages/{clubs['Nabohavn Roklub'].pk}/edit/")
    assert response.status_code == 200
    towns = {str(town) for town in response.context["form"].fields["locality"].queryset}
    assert towns == {"Nabohavn", shared.name}
    assert egebjerg.name not in towns


def test_nabos_communications_staff_edit_nabos_pages_and_not_testrups(client, two_kommuner, second_site):
    clubs, _egebjerg, _shared = two_kommuner
    group = communications_group_name(second_site.site)
    assert group == "Kommunikation – Frivillig i Nabo"
    user = member_of(group, "nabo-redaktoer")
    assert clubs["Nabohavn Roklub"].permissions_for_user(user).can_edit()
    assert second_site.home.permissions_for_user(user).can_publish()
    assert not clubs["Egebjerg Roklub"].permissions_for_user(user).can_edit()
    password_login(client, "nabo-redaktoer")
    assert client.get(f"/admin/pages/{clubs['Nabohavn Roklub'].pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{clubs['Egebjerg Roklub'].pk}/edit/").status_code in (302, 403)
    # Testrup's Kommunikation (the first kommune's group) keeps its rights on the whole tree.
    testrup_editor = member_of("Kommunikation", "redaktoer")
    assert clubs["Egebjerg Roklub"].permissions_for_user(testrup_editor).can_edit()


def test_an_import_into_nabos_directory_knows_only_nabos_and_the_shared_towns(two_kommuner, second_site):
    clubs, _egebjerg, shared = two_kommuner
    directory = clubs["Nabohavn Roklub"].get_parent().specific
    rows = (
        "external_id,name,summary,locality\n"
        "n1,Nabohavn Spejdere,Spejder for børn,Nabohavn\n"
        f"n2,Fjordens Kor,Kor for alle,{shared.name}\n"
        "n3,Egebjerg Skakklub,Skak,Egebjerg\n"
    )
    report = AssociationImporter(directory, dry_run=True).run(read_import_file(rows.encode(), "foreninger.csv"))
    outcomes = {result.name: result for result in report.results}
    assert not outcomes["Nabohavn Spejdere"].errors and not outcomes["Fjordens Kor"].errors
    assert outcomes["Egebjerg Skakklub"].errors


def test_a_kommunes_search_costs_no_more_queries_for_the_other_kommune(client, two_kommuner, second_site):
    with CaptureQueriesContext(connection) as testrup:
        client.get("/search/", {"q": "roning"})
    with CaptureQueriesContext(connection) as nabo:
        on_nabo(client, second_site, "/search/", q="roning")
    assert len(nabo) <= len(testrup) + 2

"""A client that syncs the feed every night must recognise yesterday's associations: the ids stay the same
when an association edits its page and when the kommune imports its register again. And a list costs the
same few queries however many associations the kommune has."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.factories import (
    ActivityFactory,
    AssociationContactFactory,
    AssociationPageFactory,
    VolunteerTaskPageFactory,
    category,
)
from directory.models import AssociationPage

pytestmark = pytest.mark.django_db

# A list, whatever its length: the site with its root page (1) and that page's locale (1); the view
# restrictions (1); the three vocabularies (3); the associations (1) with their categories, contacts,
# target groups and activities with their target groups (4); the tasks (1). The first request also
# fills Wagtail's per-process caches (site root paths, content types), so a second one is counted.
LIST_QUERIES = 12


def every_id(client):
    """Every id the feed hands out, by kind and name."""
    found = {}
    for org in client.get("/api/hsds/organizations", {"full": "true"}).json()["contents"]:
        found[("organization", org["name"])] = org["id"]
        for contact in org["contacts"]:
            found[("contact", contact["title"], contact["email"])] = contact["id"]
        for location in org["locations"]:
            found[("location", location["name"])] = location["id"]
    for at in client.get("/api/hsds/service_at_locations").json()["contents"]:
        found[("service", at["service"]["name"])] = at["service_id"]
        found[("service_at_location", at["service"]["name"])] = at["id"]
    return found


def test_ids_survive_an_edit(client, clubs):
    before = every_id(client)
    roklub = clubs["roklub"]
    roklub.summary = "Roning og kajak på fjorden."
    activities = list(roklub.activities.all())
    activities[0].description = "Nu også om torsdagen."
    roklub.activities.set(activities)  # as the editor's form does: the inline rows go through the revision
    roklub.save_revision().publish()
    after = every_id(client)
    assert after == before
    assert "Nu også om torsdagen." in str(
        client.get(f"/api/hsds/services/{before[('service', 'Motionsroning')]}").json()
    )


def test_ids_survive_importing_the_register_again(client, clubs, tmp_path):
    before = every_id(client)
    register = tmp_path / "register.csv"
    register.write_text(
        "external_id;name;summary;email;phone\n"
        "R-1;Fjordlund Roklub;Roning for alle, nu med ny tekst.;formand@roklub.example.dk;70 11 22 33\n"
        "K-2;Egebjerg Kor;Et kor for alle.;;\n",
        encoding="utf-8",
    )
    for _time in range(2):
        call_command("import_associations", str(register), stdout=StringIO(), stderr=StringIO())
    assert AssociationPage.objects.get(external_id="R-1").summary == "Roning for alle, nu med ny tekst."
    after = every_id(client)
    assert {key: value for key, value in after.items() if key in before} == before


@pytest.mark.parametrize(
    "path",
    [
        "/organizations",
        "/organizations?full=true&full_service=true",
        "/services?full=true",
        "/service_at_locations?full=true",
        "/locations",
    ],
)
def test_a_list_costs_the_same_few_queries_however_long(client, clubs, places, path, django_assert_max_num_queries):
    def count():
        client.get(f"/api/hsds{path}")  # fills the per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/api/hsds{path}").status_code == 200
        return len(queries)

    few = count()
    directory = clubs["roklub"].get_parent()
    for number in range(5):
        more = AssociationPageFactory(parent=directory, categories=[category("Spejder")])
        ActivityFactory(association=more, where=f"Spejderhytte {number}")
        AssociationContactFactory(association=more)
        VolunteerTaskPageFactory(parent=more, locality=places["Egebjerg"], where="Spejderhytten")
    assert count() == few
    with django_assert_max_num_queries(LIST_QUERIES):
        client.get(f"/api/hsds{path}")

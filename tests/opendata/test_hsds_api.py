"""A library's citizen service, a national portal or the neighbouring kommune reads the directory as HSDS 3.0.

They get the associations as organizations (CVR as an identifier), their activities and volunteer
tasks as services, the places as locations, the vocabularies as taxonomy terms; page by page as the
HSDS API reference describes; filtered by what changed, by term and by words; with ids that stay the
same whatever is edited or imported again; only what the association page itself shows; and only
the kommune whose address they asked.
"""

import pytest

pytestmark = pytest.mark.django_db

API = "/api/hsds"


def get(client, path, status=200, **params):
    response = client.get(f"{API}{path}", params)
    assert response.status_code == status, response.content
    return response.json()


def test_the_root_document_says_which_hsds_version_and_profile(client, portal_settings):
    response = client.get(f"{API}/")
    assert response["Access-Control-Allow-Origin"] == "*"  # open data: any web page may read it
    assert "max-age=60" in response["Cache-Control"]
    root = response.json()
    assert root["version"] == "3.0"
    assert root["profile"].startswith("https://")
    assert root["openapi_url"].endswith("openapi.json")
    assert root["publisher"]["name"] == "Testrup Kommune"


def test_the_associations_are_the_organizations(client, clubs):
    page = get(client, "/organizations")
    names = [org["name"] for org in page["contents"]]
    assert names == ["Fjordlund Roklub", "Egebjerg Kor"]  # not the unconfirmed one
    assert page["total_items"] == 2 and page["total_pages"] == 1 and page["page_number"] == 1
    assert page["first_page"] and page["last_page"] and not page["empty"] and page["size"] == 2
    roklub = page["contents"][0]
    assert roklub["id"] == str(clubs["roklub"].translation_key)
    assert roklub["description"] == "Roning på fjorden for alle aldre."


def test_an_organization_has_its_cvr_contacts_locations_terms_and_services(client, clubs):
    roklub = get(client, f"/organizations/{clubs['roklub'].translation_key}")
    assert roklub["organization_identifiers"][0]["identifier_scheme"] == "DK-CVR"
    assert roklub["organization_identifiers"][0]["identifier"] == "31068142"
    main = roklub["locations"][0]
    assert main["name"] == "Bådehuset" and main["latitude"] == pytest.approx(55.123456)
    assert main["addresses"][0]["postal_code"] == "4790" and main["addresses"][0]["country"] == "DK"
    assert {location["name"] for location in roklub["locations"][1:]} == {"Bådehuset, Havnevej 2", "Havnen"}
    terms = {attribute["taxonomy_term"]["name"] for attribute in roklub["attributes"]}
    assert terms == {"Idræt og motion", "Natur og miljø", "Unge", "Fjordlund"}
    assert [service["name"] for service in roklub["services"]] == [
        "Motionsroning",
        "Kajak for begyndere",
        "Hjælp til kajakstævnet",
    ]


def test_contacts_are_what_the_association_page_shows(client, clubs):
    """A person's name and phone only with consent on record; nothing at all behind the contact form."""
    roklub = get(client, f"/organizations/{clubs['roklub'].translation_key}")
    formand, kasserer = roklub["contacts"]
    assert formand["name"] == "Mette Hansen" and formand["title"] == "Formand"
    assert [phone["number"] for phone in formand["phones"]] == ["70 11 22 33", "20 30 40 50"]
    assert "name" not in kasserer and kasserer["email"] == "kasserer@roklub.example.dk"
    kor = get(client, f"/organizations/{clubs['kor'].translation_key}")
    assert kor["contacts"] == [] and "email" not in kor
    assert "Ole Uden Samtykke" not in str(get(client, "/organizations", full="true"))
    assert "dirigent@kor.example.dk" not in str(get(client, "/services", full="true"))


def test_activities_and_tasks_are_the_services(client, clubs):
    services = get(client, "/services")["contents"]
    by_name = {service["name"]: service for service in services}
    assert set(by_name) == {"Motionsroning", "Kajak for begyndere", "Hjælp til kajakstævnet", "Korprøve"}
    assert by_name["Kajak for begyndere"]["fees_description"] == "Gratis"
    assert by_name["Hjælp til kajakstævnet"]["minimum_age"] == 15
    assert by_name["Korprøve"]["organization"]["name"] == "Egebjerg Kor"
    korproeve = get(client, f"/services/{by_name['Korprøve']['id']}")
    assert korproeve["schedules"][0]["description"] == "Onsdage kl. 19–21"
    # No place of its own: it is at the choir's address.
    assert [at["location"]["name"] for at in korproeve["service_at_locations"]] == ["Egebjerg Kor"]


def test_a_service_is_at_the_place_it_names_or_else_at_the_association(client, clubs):
    places = {at["service"]["name"]: at["location"]["name"] for at in get(client, "/service_at_locations")["contents"]}
    assert places == {
        "Motionsroning": "Bådehuset, Havnevej 2",
        "Kajak for begyndere": "Bådehuset",
        "Hjælp til kajakstævnet": "Havnen",
        "Korprøve": "Egebjerg Kor",
    }
    first = get(client, "/service_at_locations")["contents"][0]
    assert get(client, f"/service_at_locations/{first['id']}")["location"]["name"] == "Bådehuset, Havnevej 2"
    assert get(client, f"/locations/{first['location_id']}")["name"] == "Bådehuset, Havnevej 2"


def test_the_vocabularies_are_taxonomies_with_terms(client, clubs):
    taxonomies = get(client, "/taxonomies")["contents"]
    assert [taxonomy["name"] for taxonomy in taxonomies] == ["Kategorier", "Målgrupper", "Områder"]
    localities = get(client, "/taxonomy_terms", taxonomy_id=taxonomies[2]["id"], per_page=100)["contents"]
    assert {term["name"] for term in localities} == {"Fjordlund", "Egebjerg"}
    term = get(client, f"/taxonomy_terms/{localities[0]['id']}")
    assert term["taxonomy_id"] == taxonomies[2]["id"]
    assert get(client, f"/taxonomies/{taxonomies[0]['id']}")["name"] == "Kategorier"


def test_filters_by_term_by_words_and_by_what_changed(client, clubs):
    terms = get(client, "/taxonomy_terms", search="idræt")["contents"]
    assert [term["name"] for term in terms] == ["Idræt og motion"]
    sport = terms[0]["id"]
    assert [org["name"] for org in get(client, "/organizations", taxonomy_term_id=sport)["contents"]] == [
        "Fjordlund Roklub"
    ]
    assert get(client, "/services", taxonomy_term_id=sport)["total_items"] == 3
    assert [s["name"] for s in get(client, "/services", search="KAJAK stævnet")["contents"]] == [
        "Hjælp til kajakstævnet"
    ]
    assert [org["name"] for org in get(client, "/organizations", search="korprøve")["contents"]] == ["Egebjerg Kor"]
    assert get(client, "/organizations", modified_after="2000-01-01")["total_items"] == 2
    assert get(client, "/services", modified_after="2999-01-01T00:00:00Z")["empty"]
    only_kor = get(client, "/services", organization_id=str(clubs["kor"].translation_key))["contents"]
    assert [service["name"] for service in only_kor] == ["Korprøve"]


def test_lists_are_paginated_as_the_reference_describes(client, clubs):
    first = get(client, "/services", per_page=3)
    assert (first["total_items"], first["total_pages"], first["size"]) == (4, 2, 3)
    assert first["first_page"] and not first["last_page"]
    second = get(client, "/services", per_page=3, page=2)
    assert second["size"] == 1 and second["last_page"] and not second["first_page"]
    past = get(client, "/services", per_page=3, page=9)
    assert past["empty"] and past["contents"] == [] and past["total_items"] == 4
    assert get(client, "/services", per_page=100000)["size"] == 4  # served as at most MAX_PER_PAGE


def test_minimal_services_are_just_ids_and_when_they_changed(client, clubs):
    minimal = get(client, "/services", minimal="true")["contents"]
    assert all(set(item) == {"id", "last_modified"} for item in minimal)


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        ("/organizations", {"page": "0"}, "page"),
        ("/organizations", {"page": "to"}, "page"),
        ("/services", {"per_page": "-5"}, "per_page"),
        ("/services", {"modified_after": "i går"}, "modified_after"),
        ("/services", {"modified_after": "2025-13-45"}, "modified_after"),
        ("/organizations", {"taxonomy_term_id": "idraet"}, "taxonomy_term_id"),
        ("/organizations", {"taxonomy_term_id": "00000000-0000-0000-0000-000000000000"}, "taxonomy_term_id"),
        ("/organizations", {"full_service": "måske"}, "full_service"),
        ("/services", {"organization_id": "R-1"}, "organization_id"),
        ("/taxonomy_terms", {"taxonomy_id": "kategorier"}, "taxonomy_id"),
    ],
)
def test_a_bad_parameter_gets_400_naming_it(client, places, path, params, named):
    error = get(client, path, status=400, **params)["error"]
    assert f"“{named}”" in error


@pytest.mark.parametrize(
    "path",
    ["/organizations/", "/services/", "/service_at_locations/", "/locations/", "/taxonomy_terms/", "/taxonomies/"],
)
@pytest.mark.parametrize("unknown", ["00000000-0000-0000-0000-000000000000", "ikke-et-id", "%00"])
def test_an_unknown_id_gets_404(client, places, path, unknown):
    assert "error" in get(client, f"{path}{unknown}", status=404)


def test_the_messages_are_in_the_sites_language(client, places):
    assert get(client, "/services", status=400, page="nul")["error"] == (
        "Parameteren “page” skal være et helt tal fra 1 og op, ikke “nul”."
    )
    assert (
        get(client, "/organizations/ukendt", status=404)["error"] == "Her findes ingen organisation med id'et “ukendt”."
    )


def test_only_reading_is_allowed(client, clubs):
    assert client.post(f"{API}/organizations").status_code == 405


def test_a_kommune_sees_only_its_own_directory(client, clubs, other_kommune):
    ours = get(client, "/organizations")
    assert [org["name"] for org in ours["contents"]] == ["Fjordlund Roklub", "Egebjerg Kor"]
    assert "Naboernes fodbold" not in str(get(client, "/services", per_page=200))
    assert "Nabohjælp" not in str(get(client, "/service_at_locations", per_page=200))
    nabo_id = str(other_kommune["association"].translation_key)
    get(client, f"/organizations/{nabo_id}", status=404)
    theirs = client.get(f"{API}/organizations", HTTP_HOST="nabo.example.dk").json()
    assert [org["name"] for org in theirs["contents"]] == ["Naboforeningen"]
    services = client.get(f"{API}/services", HTTP_HOST="nabo.example.dk").json()["contents"]
    assert {service["name"] for service in services} == {"Naboernes fodbold", "Nabohjælp"}
    assert client.get(f"{API}/organizations/{nabo_id}", HTTP_HOST="nabo.example.dk").status_code == 200


def test_a_kommune_lists_its_own_and_the_shared_towns_never_the_neighbours(client, places, second_site):
    """Towns may belong to one site (directory.Locality.site): Nabohavn is Nabo Kommune's, Fjordlund and
    Egebjerg are shared; each feed's taxonomy terms are the towns its directory can use."""
    ours = {term["name"] for term in get(client, "/taxonomy_terms", per_page=200)["contents"]}
    assert {"Fjordlund", "Egebjerg"} <= ours and "Nabohavn" not in ours
    nabohavn = client.get(f"{API}/taxonomy_terms", {"search": "nabohavn"}, HTTP_HOST=second_site.host).json()
    assert [term["name"] for term in nabohavn["contents"]] == ["Nabohavn"]
    get(client, f"/taxonomy_terms/{nabohavn['contents'][0]['id']}", status=404)


HOSTILE = [
    "",
    " ",
    "-1",
    "1e3",
    "0x10",
    "99999999999999999999",
    "\x00",
    "ø" * 300,
    "2025-02-30",
    "2025-01-01T25:00",
    "+",
]


@pytest.mark.parametrize("path", ["/organizations", "/services", "/taxonomy_terms"])
def test_hostile_parameters_never_break_the_api(client, places, path):
    params = ("page", "per_page", "modified_after", "taxonomy_term_id", "search", "full", "minimal", "taxonomy_id")
    for param in params:
        for value in HOSTILE:
            response = client.get(f"{API}{path}", {param: value})
            assert response.status_code in (200, 400), (param, value)
            assert response["Content-Type"] == "application/json"

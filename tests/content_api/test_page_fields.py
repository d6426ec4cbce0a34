"""Reusers build on the portal's content: every public page type gives its public fields in the content API.

The town library's app lists the associations with their categories, activities and public
contacts; a job centre's site shows the open volunteer tasks; a neighbouring kommune's intranet
reads the guides and where the volunteering policy stands. They ask
``/api/v2/pages/?type=<app.Model>&fields=*`` (a listing) or ``/api/v2/pages/<id>/`` (one page)
and get what the page shows: vocabulary terms as ``{"name", "slug"}``, links to other pages only
when those are public, and never a person's name or phone without recorded consent, a consent
record, an address the association keeps behind its contact form, a consultation response, a
draft or a private page.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from directory.access import grant_association_access
from directory.factories import (
    ActivityFactory,
    AssociationContactFactory,
    AssociationPageFactory,
    DirectoryIndexPageFactory,
    LocalityFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
    target_group,
)
from directory.models import Activity, AssociationContact, ContactMessage, SocialLink, VolunteerTaskPage
from home.factories import StandardPageFactory
from policy.factories import (
    ConsultationPageFactory,
    ConsultationResponseFactory,
    FocusAreaPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    PolicyPageFactory,
    audience,
    initiative,
    principle,
    topic,
)
from policy.models import PolicyPage
from tests.helpers import publish

pytestmark = pytest.mark.django_db

PAGE_META = {"type", "detail_url", "html_url"}


def listing(client, model, **params):
    response = client.get("/api/v2/pages/", {"type": model, "fields": "*", **params})
    assert response.status_code == 200, response.content
    return response.json()["items"]


def detail(client, page):
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


def item_titled(items, title):
    return next(item for item in items if item["title"] == title)


def fields_of(body):
    return set(body) - {"id", "meta", "title"}


def page_link(page):
    """A public page as the API nests it."""
    return {
        "id": page.pk,
        "meta": {
            "type": f"{page.specific_class._meta.app_label}.{page.specific_class.__name__}",
            "detail_url": f"http://localhost/api/v2/pages/{page.pk}/",
            "html_url": page.full_url,
        },
        "title": page.title,
    }


# Associations


@pytest.fixture
def directory(home):
    return publish(DirectoryIndexPageFactory(parent=home, intro="Find en forening i Fjordlund Kommune."))


@pytest.fixture
def roklub(directory):
    page = AssociationPageFactory(
        parent=directory,
        title="Fjordlund Roklub",
        slug="roklub",
        summary="Roning og kajak på fjorden for alle fra 14 år.",
        description=[("paragraph", "<p>Vi ror hele året.</p>")],
        logo=ImageFactory(title="Roklubbens logo"),
        locality=LocalityFactory(name="Birkely"),
        categories=[category("Idræt og motion")],
        target_groups=[target_group("Børn"), target_group("Ældre")],
        street="Havnevej 4",
        postcode="4790",
        city="Birkely",
        latitude="55.123456",
        longitude="10.654321",
        meeting_place="Bådhuset ved havnen",
        meeting_times="Tirsdag og torsdag kl. 17",
        membership_fee="600 kr. om året",
        website="https://roklub.example.dk",
        cvr="12345674",
    )
    ActivityFactory(
        association=page,
        name="Morgenroning",
        description="Roning før arbejde.",
        when="Tirsdag kl. 6",
        where="Bådhuset",
        target_group=target_group("Ældre"),
        is_free=True,
    )
    ActivityFactory(association=page, name="Kajak for begyndere", price="50 kr. pr. gang", no_danish_needed=True)
    AssociationContactFactory(association=page, role="Formand", email="formand@roklub.dk", phone="70 20 30 40")
    AssociationContactFactory(
        association=page,
        role="Kasserer",
        email="kasserer@roklub.dk",
        person_name="Søren Synlig",
        person_phone="20 30 40 50",
        consent_given_by="Søren Synlig selv",
        consent_given_on=datetime.date(2025, 3, 1),
    )
    # Recorded before the consent rule (an old import): the page shows the role, never the person.
    AssociationContactFactory(
        association=page,
        role="Træner",
        email="traener@roklub.dk",
        person_name="Hanne Hemmelig",
        person_phone="99 88 77 66",
    )
    SocialLink.objects.create(association=page, platform="facebook", url="https://facebook.com/fjordlundroklub")
    page = publish(page)
    ContactMessage.objects.create(association=page, name="Borger Beskedsen", email="borger@privat.dk", message="Hej!")
    return page


def test_a_librarys_app_lists_the_associations_with_their_categories_activities_and_public_contacts(client, roklub):
    items = listing(client, "directory.AssociationPage")
    assert [item["title"] for item in items] == ["Fjordlund Roklub"]
    body = items[0]
    assert fields_of(body) == {
        "summary",
        "description",
        "logo",
        "categories",
        "target_groups",
        "locality",
        "address",
        "meeting_place",
        "meeting_times",
        "membership_fee",
        "website",
        "cvr",
        "has_free_offer",
        "has_no_danish_needed",
        "has_accessible_venue",
        "activities",
        "contact_form_enabled",
        "contacts",
        "social_links",
        "last_confirmed_at",
        "unconfirmed",
    }
    assert body["meta"]["html_url"] == roklub.full_url
    assert body["unconfirmed"] is False
    assert body["summary"] == "Roning og kajak på fjorden for alle fra 14 år."
    assert body["description"][0]["type"] == "paragraph" and "Vi ror hele året." in body["description"][0]["value"]
    assert body["categories"] == [{"name": "Idræt og motion", "slug": "idraet-og-motion"}]
    assert body["target_groups"] == [{"name": "Børn", "slug": "boern"}, {"name": "Ældre", "slug": "aeldre"}]
    assert body["locality"] == {"name": "Birkely", "slug": "birkely"}
    assert body["address"] == {
        "street": "Havnevej 4",
        "postcode": "4790",
        "city": "Birkely",
        "latitude": 55.123456,
        "longitude": 10.654321,
    }
    assert body["meeting_place"] == "Bådhuset ved havnen" and body["meeting_times"] == "Tirsdag og torsdag kl. 17"
    assert body["membership_fee"] == "600 kr. om året" and body["website"] == "https://roklub.example.dk"
    assert body["cvr"] == "12345674"
    assert (body["has_free_offer"], body["has_no_danish_needed"], body["has_accessible_venue"]) == (True, True, False)
    assert body["logo"]["url"].endswith(".max-160x160.jpg") and body["logo"]["width"] <= 160
    morning, kayak = body["activities"]
    assert morning == {
        "id": morning["id"],
        "name": "Morgenroning",
        "description": "Roning før arbejde.",
        "when": "Tirsdag kl. 6",
        "where": "Bådhuset",
        "target_group": {"name": "Ældre", "slug": "aeldre"},
        "is_free": True,
        "price": "",
        "no_danish_needed": False,
        "accessible_venue": False,
        "html_url": f"{roklub.full_url}#aktivitet-{morning['id']}",
    }
    assert kayak["name"] == "Kajak for begyndere" and kayak["target_group"] is None
    assert (kayak["is_free"], kayak["price"], kayak["no_danish_needed"]) == (False, "50 kr. pr. gang", True)
    assert body["contact_form_enabled"] is False
    assert body["contacts"] == [
        {
            "role": "Formand",
            "email": "formand@roklub.dk",
            "phone": "70 20 30 40",
            "person_name": "",
            "person_phone": "",
        },
        {
            "role": "Kasserer",
            "email": "kasserer@roklub.dk",
            "phone": "",
            "person_name": "Søren Synlig",
            "person_phone": "20 30 40 50",
        },
        {"role": "Træner", "email": "traener@roklub.dk", "phone": "", "person_name": "", "person_phone": ""},
    ]
    assert body["social_links"] == [
        {"platform": "facebook", "label": "Facebook", "url": "https://facebook.com/fjordlundroklub"}
    ]
    assert detail(client, roklub) == {
        **body,
        "meta": {**body["meta"], "parent": detail(client, roklub)["meta"]["parent"]},
    }


def test_the_api_shows_the_contacts_exactly_as_the_page_does(client, roklub):
    page_html = client.get(roklub.url).content.decode()
    api_text = client.get("/api/v2/pages/", {"type": "directory.AssociationPage", "fields": "*"}).content.decode()
    for shown in ("formand@roklub.dk", "70 20 30 40", "Søren Synlig", "20 30 40 50", "traener@roklub.dk"):
        assert shown in page_html and shown in api_text, shown
    for withheld in ("Hanne Hemmelig", "99 88 77 66", "Søren Synlig selv", "2025-03-01"):
        assert withheld not in page_html and withheld not in api_text, withheld


def test_personal_data_never_leaves_through_the_api(client, roklub):
    """No unconsented person, no consent record, no citizen's message, in a listing or a page, whatever is asked."""
    responses = [
        client.get("/api/v2/pages/", {"type": "directory.AssociationPage", "fields": "*"}),
        client.get("/api/v2/pages/", {"type": "directory.AssociationPage", "fields": "contacts(*)"}),
        client.get(f"/api/v2/pages/{roklub.pk}/"),
        client.get(f"/api/v2/pages/{roklub.pk}/", {"fields": "*"}),
        client.get("/api/v2/pages/", {"fields": "*"}),
    ]
    for response in responses:
        text = response.content.decode()
        for personal in ("Hanne Hemmelig", "99 88 77 66", "Søren Synlig selv", "consent", "Borger", "borger@privat.dk"):
            assert personal not in text, (response.request["QUERY_STRING"], personal)
    for field in ("consent_given_by", "person_name", "messages", "external_id"):
        response = client.get("/api/v2/pages/", {"type": "directory.AssociationPage", "fields": field})
        assert response.status_code == 400, field
    for nested in ("contacts(consent_given_by)", "contacts(person_name)", "messages(email)"):
        response = client.get("/api/v2/pages/", {"type": "directory.AssociationPage", "fields": nested})
        assert response.status_code == 400, nested
    for param in ("person_name", "consent_given_by", "messages__email", "contacts__person_name"):
        response = client.get("/api/v2/pages/", {"type": "directory.AssociationPage", param: "Hanne Hemmelig"})
        assert response.status_code == 400, param  # not a field anyone may filter by


def test_an_association_that_uses_the_contact_form_shows_no_addresses_in_the_api_either(client, roklub):
    roklub.contact_form_enabled = True
    publish(roklub)
    assert "formand@roklub.dk" not in client.get(roklub.url).content.decode()
    body = detail(client, roklub)
    assert body["contact_form_enabled"] is True and body["contacts"] == []
    text = client.get("/api/v2/pages/", {"type": "directory.AssociationPage", "fields": "*"}).content.decode()
    for address in ("formand@roklub.dk", "kasserer@roklub.dk", "Søren Synlig", "70 20 30 40"):
        assert address not in text, address


def test_a_draft_waiting_for_moderation_is_never_in_the_api(client, roklub):
    roklub.summary = "KLADDE: Vi lukker klubben."
    roklub.categories.add(category("Socialt arbejde"))
    roklub.activities.add(Activity(name="Hemmelig kladdeaktivitet"))
    roklub.contacts.add(
        AssociationContact(
            role="Ny formand",
            email="ny@roklub.dk",
            person_name="Kladde Kristensen",
            consent_given_by="Kladde Kristensen",
            consent_given_on=datetime.date(2026, 1, 1),
        )
    )
    roklub.save_revision()  # submitted, not published
    draft = AssociationPageFactory(parent=roklub.get_parent(), title="Kladdeforeningen", slug="kladde", live=False)
    draft.save_revision()
    for response in (
        client.get("/api/v2/pages/", {"type": "directory.AssociationPage", "fields": "*"}),
        client.get(f"/api/v2/pages/{roklub.pk}/"),
        client.get("/api/v2/pages/", {"search": "kladde"}),
    ):
        text = response.content.decode()
        for drafted in ("KLADDE", "Socialt arbejde", "Hemmelig kladdeaktivitet", "Kladde Kristensen", "ny@roklub.dk"):
            assert drafted not in text, drafted
        assert "Kladdeforeningen" not in text
    assert detail(client, roklub)["summary"] == "Roning og kajak på fjorden for alle fra 14 år."
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


def test_private_associations_and_their_tasks_are_absent(client, roklub, directory):
    hidden = publish(AssociationPageFactory(parent=directory, title="Lukket forening", slug="lukket"))
    task = publish(VolunteerTaskPageFactory(parent=hidden, title="Lukket opgave", slug="opgave"))
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    assert [item["title"] for item in listing(client, "directory.AssociationPage")] == ["Fjordlund Roklub"]
    assert listing(client, "directory.VolunteerTaskPage") == []
    assert client.get(f"/api/v2/pages/{hidden.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{task.pk}/").status_code == 404


def test_an_associations_logo_is_served_as_on_its_page_while_its_own_collection_stays_unlisted(client, roklub):
    collection = grant_association_access(roklub, send_invitations=False).collection
    roklub.logo.collection = collection
    roklub.logo.save()
    assert detail(client, roklub)["logo"]["url"].endswith(".max-160x160.jpg")
    assert client.get("/api/v2/images/").json()["items"] == []
    assert client.get(f"/api/v2/images/{roklub.logo.pk}/").status_code == 404


def test_a_listing_of_associations_costs_the_same_queries_for_two_or_twenty(client, directory):
    def associations(count, start):
        for n in range(start, start + count):
            page = AssociationPageFactory(
                parent=directory,
                slug=f"forening-{n}",
                logo=ImageFactory(),
                locality=LocalityFactory(name=f"By {n % 3}"),
                categories=[category("Idræt og motion"), category("Socialt arbejde")],
                target_groups=[target_group("Børn")],
            )
            ActivityFactory(association=page, target_group=target_group("Ældre"))
            AssociationContactFactory(association=page)
            SocialLink.objects.create(association=page, platform="instagram", url=f"https://instagram.com/f{n}")
            publish(page)

    def queries():
        params = {"type": "directory.AssociationPage", "fields": "*", "limit": "20"}
        client.get("/api/v2/pages/", params)  # renditions are made on the first request
        with CaptureQueriesContext(connection) as context:
            items = client.get("/api/v2/pages/", params).json()["items"]
        return len(context.captured_queries), len(items)

    associations(2, 0)
    few, two = queries()
    associations(18, 2)
    many, twenty = queries()
    assert (two, twenty) == (2, 20)
    assert many == few


def test_the_directory_index_gives_its_introduction(client, directory):
    body = listing(client, "directory.DirectoryIndexPage")[0]
    assert fields_of(body) == {"intro"} and body["intro"] == "Find en forening i Fjordlund Kommune."


# Volunteer tasks


@pytest.fixture
def task(roklub):
    return publish(
        VolunteerTaskPageFactory(
            parent=roklub,
            title="Hjælper til morgenroning",
            slug="hjaelper",
            summary="Hjælp nye roere i gang.",
            what_you_do='<p>Du tager imod nye roere. Læs <a href="https://roklub.example.dk">mere</a>.</p>',
            time_commitment=VolunteerTaskPage.WEEKLY,
            hours="2.5",
            start_date=datetime.date(2026, 3, 1),
            end_date=datetime.date(2099, 10, 31),
            deadline=datetime.date(2099, 2, 15),
            skills="Du kan ro.",
            requires_child_certificate=True,
            minimum_age=18,
            language_requirements="Engelsk eller dansk",
            no_danish_needed=True,
            where="Bådhuset",
            locality=LocalityFactory(name="Egebjerg"),
        )
    )


def test_a_job_centres_site_shows_the_open_volunteer_tasks_with_their_association(client, task, roklub):
    body = item_titled(listing(client, "directory.VolunteerTaskPage"), "Hjælper til morgenroning")
    assert fields_of(body) == {
        "organiser",
        "association",
        "summary",
        "what_you_do",
        "time_commitment",
        "hours",
        "start_date",
        "end_date",
        "deadline",
        "status",
        "is_open",
        "skills",
        "requires_child_certificate",
        "minimum_age",
        "language_requirements",
        "no_danish_needed",
        "where",
        "locality",
    }
    assert body["association"] == page_link(roklub)
    assert body["organiser"] == page_link(roklub)  # its type in meta.type: directory.AssociationPage
    assert body["summary"] == "Hjælp nye roere i gang." and "Du tager imod nye roere." in body["what_you_do"]
    assert (body["time_commitment"], body["hours"]) == ("weekly", 2.5)
    assert (body["start_date"], body["end_date"], body["deadline"]) == ("2026-03-01", "2099-10-31", "2099-02-15")
    assert body["status"] == "open" and body["is_open"] is True
    assert body["skills"] == "Du kan ro." and body["requires_child_certificate"] is True and body["minimum_age"] == 18
    assert body["language_requirements"] == "Engelsk eller dansk" and body["no_danish_needed"] is True
    assert body["where"] == "Bådhuset" and body["locality"] == {"name": "Egebjerg", "slug": "egebjerg"}
    assert {key: value for key, value in detail(client, task).items() if key != "meta"} == {
        key: value for key, value in body.items() if key != "meta"
    }


def test_tasks_can_be_filtered_and_ordered_by_their_fields(client, task, roklub):
    filled = publish(VolunteerTaskPageFactory(parent=roklub, title="Besat opgave", slug="besat", status="filled"))
    later = publish(VolunteerTaskPageFactory(parent=roklub, title="Senere", slug="senere", deadline="2099-06-01"))

    def titles(**params):
        return [item["title"] for item in listing(client, "directory.VolunteerTaskPage", **params)]

    assert set(titles(status="open")) == {"Hjælper til morgenroning", "Senere"}
    assert titles(status="filled") == [filled.title]
    assert titles(no_danish_needed="true") == [task.title]
    assert titles(locality=str(task.locality_id)) == [task.title]
    assert titles(deadline="2099-06-01") == [later.title]
    assert titles(order="deadline", status="open") == ["Hjælper til morgenroning", "Senere"]
    assert titles(minimum_age="18") == [task.title]


@pytest.mark.parametrize(
    "params",
    [
        {"deadline": "not-a-date"},
        {"deadline": "2026-02-30"},
        {"start_date": ""},
        {"hours": "many"},
        {"hours": "1e999"},
        {"hours": "NaN"},
        {"minimum_age": "99999999999999999999"},
        {"minimum_age": "-1"},
        {"locality": "birkely"},
        {"locality": "99999999999999999999"},
        {"no_danish_needed": "maybe"},
        {"what_you_do": "x", "search": "ro"},
        {"order": "association"},
        {"fields": "association(title"},
    ],
)
def test_a_bad_filter_on_a_tasks_field_is_a_400_naming_it(client, task, params):
    response = client.get("/api/v2/pages/", {"type": "directory.VolunteerTaskPage", **params})
    assert response.status_code == 400, (params, response.content)
    assert response.json()["message"].strip()


@pytest.mark.parametrize(
    "params",
    [
        {"categories": "idraet"},
        {"categories": "99999999999999999999"},
        {"activities": "x"},
        {"contacts": "-"},
        {"logo": "logo.png"},
        {"description": "Vi ror"},
        {"description": "[]"},
    ],
)
def test_a_bad_filter_on_an_associations_field_is_a_400(client, roklub, params):
    response = client.get("/api/v2/pages/", {"type": "directory.AssociationPage", **params})
    assert response.status_code == 400, (params, response.content)


def test_the_task_listing_page_gives_its_introduction_and_guidance(client, home):
    publish(
        VolunteerTaskIndexPageFactory(
            parent=home, body=[("paragraph", "<p>Husk børneattest, når du arbejder med børn.</p>")]
        )
    )
    body = listing(client, "directory.VolunteerTaskIndexPage")[0]
    assert fields_of(body) == {"intro", "body"}
    assert body["intro"] == "Find en frivillig opgave, der passer til dig."
    assert "Husk børneattest" in body["body"][0]["value"]


# Guides


@pytest.fixture
def guides(home):
    index = publish(GuideIndexPageFactory(parent=home, body=[("paragraph", "<p>Skriv til os, hvis du savner en.</p>")]))
    related = publish(GuidePageFactory(parent=index, title="Forsikring af frivillige", slug="forsikring"))
    unpublished = GuidePageFactory(parent=index, title="Kladde om GDPR", slug="gdpr", live=False)
    guide = GuidePageFactory(
        parent=index,
        title="Sådan indhenter I børneattest",
        slug="boerneattest",
        summary="Trin for trin til børneattesten.",
        topic=topic("boerneattest"),
        audiences=[audience("foreninger"), audience("frivillige")],
        last_reviewed_on=datetime.date(2026, 1, 15),
        reviewed_by="Frivilligkoordinatoren",
        body=[("paragraph", "<p>Start i god tid.</p>")],
        related_guides=[("guide", related), ("guide", unpublished)],
    )
    return {"index": index, "guide": publish(guide), "related": related}


def test_a_neighbouring_intranet_reads_the_guides_with_topic_and_audiences(client, guides):
    body = item_titled(listing(client, "policy.GuidePage"), "Sådan indhenter I børneattest")
    assert fields_of(body) == {
        "summary",
        "topic",
        "audiences",
        "last_reviewed_on",
        "reviewed_by",
        "body",
        "related_guides",
    }
    assert body["summary"] == "Trin for trin til børneattesten."
    assert body["topic"] == {"name": "Børneattest", "slug": "boerneattest"}
    assert body["audiences"] == [
        {"name": "Foreninger", "slug": "foreninger"},
        {"name": "Frivillige", "slug": "frivillige"},
    ]
    assert body["last_reviewed_on"] == "2026-01-15" and body["reviewed_by"] == "Frivilligkoordinatoren"
    assert body["body"][0]["type"] == "paragraph" and "Start i god tid." in body["body"][0]["value"]
    assert body["related_guides"] == [page_link(guides["related"])]  # the unpublished one is left out
    assert "Kladde om GDPR" not in client.get(f"/api/v2/pages/{guides['guide'].pk}/").content.decode()
    assert listing(client, "policy.GuidePage", topic=str(body["topic"] and guides["guide"].topic_id)) == [body]


def test_the_guide_listing_gives_its_introduction(client, guides):
    body = listing(client, "policy.GuideIndexPage")[0]
    assert fields_of(body) == {"intro", "body"}
    assert body["intro"] == "Praktiske guides til foreninger." and "Skriv til os" in body["body"][0]["value"]


# The volunteering policy


@pytest.fixture
def policy(home):
    policy = PolicyPageFactory(
        parent=home,
        title="Frivilligpolitik for Fjordlund Kommune",
        slug="frivilligpolitik",
        principles=[principle("Tillid", "Vi stoler på hinanden.")],
    )
    policy = publish(policy)
    area = publish(
        FocusAreaPageFactory(
            parent=policy,
            title="Unge frivillige",
            slug="unge",
            initiatives=[initiative("Frivilligjob for unge", status="in_progress", unit="Ungdomsskolen")],
        )
    )
    draft_area = FocusAreaPageFactory(parent=policy, title="Hemmeligt fokusområde", slug="hemmeligt", live=False)
    draft_area.save_revision()
    return {"policy": policy, "area": area}


def test_where_the_policy_stands_its_dates_and_its_focus_areas(client, policy):
    page = policy["policy"]
    body = listing(client, "policy.PolicyPage")[0]
    assert fields_of(body) == {
        "status",
        "is_in_force",
        "intro",
        "adopted_by",
        "adopted_on",
        "next_evaluation_on",
        "revises",
        "replaced_by",
        "focus_areas",
        "versions",
        "vision",
        "principles",
        "definitions",
        "cooperation_rules",
        "follow_up",
        "related_policies",
        "documents",
        "contact",
    }
    assert (body["status"], body["is_in_force"]) == ("adopted", True)
    assert (body["adopted_by"], body["adopted_on"], body["next_evaluation_on"]) == (
        "Byrådet",
        "2025-06-19",
        "2028-06-01",
    )
    assert body["intro"] == "Sådan samarbejder kommunen med det frivillige liv."
    assert body["focus_areas"] == [page_link(policy["area"])]
    assert body["versions"] == [
        {
            "number": 1,
            "title": page.title,
            "adopted_by": "Byrådet",
            "adopted_on": "2025-06-19",
            "html_url": f"{page.full_url}versioner/1/",
        }
    ]
    assert body["revises"] is None and body["replaced_by"] is None
    assert "Vi stoler på hinanden." in body["principles"][0]["value"]["text"]
    assert "Hemmeligt fokusområde" not in client.get(f"/api/v2/pages/{page.pk}/").content.decode()


def test_a_replaced_policy_links_to_its_successor_only_once_that_is_public(client, policy, home):
    page = policy["policy"]
    successor = PolicyPageFactory(
        parent=home, title="Ny frivilligpolitik", slug="ny", status=PolicyPage.DRAFT, live=False
    )
    successor.save_revision()
    PolicyPage.objects.filter(pk=page.pk).update(status=PolicyPage.REPLACED, replaced_by=successor)
    assert detail(client, page)["replaced_by"] is None
    assert "Ny frivilligpolitik" not in client.get(f"/api/v2/pages/{page.pk}/").content.decode()
    successor = publish(successor)
    assert detail(client, page)["replaced_by"] == page_link(successor)


def test_a_focus_area_gives_its_goals_and_initiatives_and_its_policy(client, policy):
    body = detail(client, policy["area"])
    assert fields_of(body) == {"policy", "intro", "goals", "initiatives"}
    assert body["policy"] == page_link(policy["policy"])
    assert "Derfor er området vigtigt." in body["intro"]
    (block,) = body["initiatives"]
    assert block["value"]["title"] == "Frivilligjob for unge" and block["value"]["status"] == "in_progress"
    assert block["value"]["responsible_unit"] == "Ungdomsskolen"


def test_a_consultation_gives_its_period_and_never_the_responses(client, policy):
    opens = timezone.now() - datetime.timedelta(days=10)
    closes = timezone.now() - datetime.timedelta(days=1)
    consultation = publish(
        ConsultationPageFactory(
            parent=policy["policy"], title="Høring om unge", slug="hoering", opens_at=opens, closes_at=closes
        )
    )
    ConsultationResponseFactory(
        consultation=consultation, name="Anne Andersen", email="anne@privat.dk", text="Jeg er imod.", status="approved"
    )
    body = item_titled(listing(client, "policy.ConsultationPage"), "Høring om unge")
    assert fields_of(body) == {"policy", "intro", "opens_at", "closes_at", "state", "body", "documents", "next_steps"}
    assert body["policy"] == page_link(policy["policy"])
    assert body["intro"] == "Giv dit høringssvar til udkastet." and body["state"] == "closed"
    assert datetime.datetime.fromisoformat(body["opens_at"]) == opens
    assert datetime.datetime.fromisoformat(body["closes_at"]) == closes
    for response in (client.get(f"/api/v2/pages/{consultation.pk}/"), client.get("/api/v2/pages/", {"fields": "*"})):
        text = response.content.decode()
        assert "Anne Andersen" not in text and "anne@privat.dk" not in text and "Jeg er imod." not in text
    assert client.get("/api/v2/pages/", {"type": "policy.ConsultationPage", "fields": "responses"}).status_code == 400


# Home and standard pages


def test_the_home_page_and_standard_pages_give_their_text(client, home):
    home.hero_image = ImageFactory(title="Fjorden")
    home.body = [("paragraph", "<p>Velkommen til frivilligportalen.</p>")]
    publish(home)
    about = publish(
        StandardPageFactory(
            parent=home, title="Om portalen", slug="om", body=[("paragraph", "<p>Portalen drives af kommunen.</p>")]
        )
    )
    body = listing(client, "home.HomePage")[0]
    assert fields_of(body) == {"hero_heading", "hero_intro", "hero_image", "search_heading", "entry_points", "body"}
    assert body["hero_heading"] == home.hero_heading and body["hero_image"]["url"].endswith(".fill-640x480.jpg")
    assert "Velkommen til frivilligportalen." in body["body"][0]["value"]
    page = detail(client, about)
    assert fields_of(page) == {"intro", "body"}
    assert page["intro"] == "En kort indledning til siden." and "drives af kommunen" in page["body"][0]["value"]


def test_rich_text_can_be_asked_for_as_html_with_page_links_resolved(client, home):
    target = publish(StandardPageFactory(parent=home, title="Kontakt", slug="kontakt"))
    page = publish(
        StandardPageFactory(
            parent=home,
            title="Om",
            slug="om",
            body=[("paragraph", f'<p>Skriv via <a linktype="page" id="{target.pk}">kontakt</a>.</p>')],
        )
    )
    stored = client.get(f"/api/v2/pages/{page.pk}/").json()["body"][0]["value"]
    html = client.get(f"/api/v2/pages/{page.pk}/", {"rich_text_format": "html"}).json()["body"][0]["value"]
    markdown = client.get(f"/api/v2/pages/{page.pk}/", {"rich_text_format": "markdown"}).json()["body"][0]["value"]
    assert 'linktype="page"' in stored
    assert 'href="/kontakt/"' in html
    assert "[kontakt](/kontakt/)" in markdown

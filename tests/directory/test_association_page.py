"""A citizen opens an association's page and finds everything needed to join or get in touch."""

import datetime
import re

import pytest
import wagtail_factories
from django.test import Client
from django.utils import timezone

from directory.factories import (
    ActivityFactory,
    AssociationContactFactory,
    AssociationPageFactory,
    LocalityFactory,
    VolunteerTaskPageFactory,
    category,
    target_group,
)
from directory.models import Activity, SocialLink, VolunteerTaskPage
from tests.helpers import queries_for

pytestmark = pytest.mark.django_db

# The site frame of a page two levels under the home page costs 19 queries whatever the content:
# routing (site, locale, five page lookups on the way down, aliases, the page's view restrictions:
# 9) and for the template the active locale, the site settings, the menu with its view
# restrictions, breadcrumbs and the language links (10). The
# association page adds 9, also whatever it holds: categories and target groups (2), activities
# with their target groups joined in (1), contacts (1), social links (1), the view restrictions
# behind .public() (1) and the open tasks with locality and locale joined in (1), the logo (1;
# its rendition is cached) and the association's locality (1). The sections other apps add through
# the hook "association_page_sections": the grants it received (funding/sections.py, 1), the
# stories about it (stories/sections.py, 1) and its upcoming events (portal_events/sections.py: the
# events and their view restrictions, 2).
ASSOCIATION_PAGE_QUERIES = 19 + 9 + 1 + 1 + 2


@pytest.fixture
def directory(portal_settings, directory):
    """The directory on a site whose settings are filled in: the contact point and the footer pages."""
    return directory


def make_rowing_club(directory, **kwargs):
    defaults = {
        "title": "Fjordlund Roklub",
        "slug": "fjordlund-roklub",
        "summary": "Vi ror på fjorden hver lørdag formiddag.",
        "description": [("paragraph", "<p>Roklubben har både <b>inriggere</b> og kajakker.</p>")],
        "categories": [category("Idræt og motion"), category("Natur og miljø")],
        "target_groups": [target_group("Unge"), target_group("Voksne")],
        "locality": LocalityFactory(name="Fjordlund"),
        "street": "Havnevej 4",
        "postcode": "4790",
        "city": "Fjordlund",
        "meeting_place": "Bådehuset ved havnen",
        "meeting_times": "Lørdage kl. 9–12\nTirsdage kl. 18–20",
        "membership_fee": "600 kr. om året",
        "website": "https://fjordlund-roklub.dk",
        "cvr": "12345607",
    }
    defaults.update(kwargs)
    return AssociationPageFactory(parent=directory, **defaults)


@pytest.fixture
def club(directory):
    club = make_rowing_club(directory, latitude="55.123456", longitude="11.5", logo=wagtail_factories.ImageFactory())
    ActivityFactory(
        association=club,
        name="Inrigger for begyndere",
        description="Vi lærer dig at ro på tre lørdage.",
        when="Lørdage kl. 9",
        where="Havnen",
        target_group=target_group("Voksne"),
        price="50 kr. pr. gang",
    )
    ActivityFactory(
        association=club,
        name="Kajak for unge",
        when="Tirsdage kl. 18",
        where="Stranden",
        target_group=target_group("Unge"),
        is_free=True,
        no_danish_needed=True,
        accessible_venue=True,
    )
    club.save()
    AssociationContactFactory(
        association=club, role="Formand", email="formand@fjordlund-roklub.dk", phone="12 34 56 78"
    )
    AssociationContactFactory(
        association=club,
        role="Kasserer",
        email="kasserer@fjordlund-roklub.dk",
        person_name="Jens Hansen",
        person_phone="87 65 43 21",
        consent_given_by="Jens Hansen",
        consent_given_on=datetime.date(2025, 3, 1),
    )
    # Entered before the consent rule: the person must stay hidden.
    AssociationContactFactory(
        association=club,
        role="Træner",
        email="traener@fjordlund-roklub.dk",
        person_name="Hemmelig Person",
        person_phone="11 22 33 44",
    )
    SocialLink.objects.create(association=club, platform="facebook", url="https://facebook.com/fjordlundroklub")
    SocialLink.objects.create(association=club, platform="instagram", url="https://instagram.com/fjordlundroklub")
    today = timezone.localdate()
    VolunteerTaskPageFactory(
        parent=club,
        title="Hjælp til standerhejsning",
        slug="standerhejsning",
        deadline=today + datetime.timedelta(days=14),
    )
    VolunteerTaskPageFactory(parent=club, title="Træner for ungdomsholdet", slug="traener")
    VolunteerTaskPageFactory(parent=club, title="Ny kasserer", slug="kasserer", status=VolunteerTaskPage.FILLED)
    VolunteerTaskPageFactory(parent=club, title="Julemarked", slug="julemarked", deadline=today - datetime.timedelta(1))
    VolunteerTaskPageFactory(parent=club, title="Sommerlejr", slug="sommerlejr", end_date=today - datetime.timedelta(1))
    VolunteerTaskPageFactory(parent=club, title="Kladde", slug="kladde", live=False)
    return club


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_citizen_sees_name_summary_logo_and_description(client, club):
    response = client.get("/foreninger/fjordlund-roklub/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert '<h1 id="association-heading">Fjordlund Roklub</h1>' in html
    assert '<p class="font-lead">Vi ror på fjorden hver lørdag formiddag.</p>' in html
    assert re.search(r'<img [^>]*alt=""[^>]*class="directory-logo"', html)
    assert "<p>Roklubben har både <b>inriggere</b> og kajakker.</p>" in html


def test_citizen_sees_categories_target_groups_place_and_offers(client, club):
    html = client.get("/foreninger/fjordlund-roklub/").content.decode()
    facts = html[html.index('<dl class="directory-facts directory-key-facts">') :]
    facts = facts[: facts.index("</dl>")]
    assert '<span class="tag directory-tag">Idræt og motion</span>' in facts
    assert '<span class="tag directory-tag">Natur og miljø</span>' in facts
    assert "<dd>Unge, Voksne</dd>" in facts
    assert "<dd>Fjordlund</dd>" in facts
    assert facts.count('<span class="badge') == 3  # free, no Danish needed, accessible


def test_activities_say_when_where_for_whom_and_the_price_or_free(client, club):
    activities = section(client.get("/foreninger/fjordlund-roklub/").content.decode(), "activities-heading")
    beginners = activities[activities.index("Inrigger for begyndere") : activities.index("Kajak for unge")]
    assert "<p>Vi lærer dig at ro på tre lørdage.</p>" in beginners
    assert "<dd>Lørdage kl. 9</dd>" in beginners
    assert "<dd>Havnen</dd>" in beginners
    assert "<dd>Voksne</dd>" in beginners
    assert "<dd>50 kr. pr. gang</dd>" in beginners
    assert "badge" not in beginners
    kayak = activities[activities.index("Kajak for unge") :]
    assert "<dd>Unge</dd>" in kayak
    assert len(re.findall(r'<span class="badge badge-\w+">\w[^<]+</span>', kayak)) == 3
    assert "50 kr." not in kayak


def test_practical_information_with_address_and_a_map_link_as_text(client, club):
    practical = section(client.get("/foreninger/fjordlund-roklub/").content.decode(), "practical-heading")
    assert "<dd>Bådehuset ved havnen</dd>" in practical
    assert "<dd>Lørdage kl. 9–12<br>Tirsdage kl. 18–20</dd>" in practical
    assert "Havnevej 4<br>4790 Fjordlund" in practical
    assert 'href="https://www.openstreetmap.org/?mlat=55.123456&amp;mlon=11.500000#map=17/55.123456/11.500000"' in (
        practical
    )
    assert "<iframe" not in practical  # a text link, no embedded map
    assert "<dd>600 kr. om året</dd>" in practical
    assert '<a href="https://fjordlund-roklub.dk">https://fjordlund-roklub.dk</a>' in practical
    assert 'href="https://facebook.com/fjordlundroklub">Facebook' in practical
    assert 'href="https://instagram.com/fjordlundroklub">Instagram' in practical
    assert "<dd>12345607</dd>" in practical


def test_no_map_link_without_a_position(client, directory):
    make_rowing_club(directory)
    html = client.get("/foreninger/fjordlund-roklub/").content.decode()
    assert "Havnevej 4<br>4790 Fjordlund" in html
    assert "openstreetmap" not in html


def test_contacts_show_roles_and_a_person_only_with_recorded_consent(client, club):
    contact = section(client.get("/foreninger/fjordlund-roklub/").content.decode(), "contact-heading")
    assert ">Formand</h3>" in contact
    assert 'href="mailto:formand@fjordlund-roklub.dk"' in contact
    assert 'href="tel:12345678"' in contact
    assert "Jens Hansen" in contact
    assert 'href="tel:87654321"' in contact
    assert 'href="mailto:traener@fjordlund-roklub.dk"' in contact
    assert "Hemmelig Person" not in contact
    assert "11 22 33 44" not in contact
    assert "<form" not in contact


def test_only_open_volunteer_tasks_are_listed(client, club):
    tasks = section(client.get("/foreninger/fjordlund-roklub/").content.decode(), "tasks-heading")
    assert re.findall(r'<h3 class="h4"><a href="([^"]+)">([^<]+)</a></h3>', tasks) == [
        ("/foreninger/fjordlund-roklub/standerhejsning/", "Hjælp til standerhejsning"),
        ("/foreninger/fjordlund-roklub/traener/", "Træner for ungdomsholdet"),
    ]
    for gone in ["Ny kasserer", "Julemarked", "Sommerlejr", "Kladde"]:
        assert gone not in tasks


def test_an_association_without_tasks_says_so(client, directory):
    make_rowing_club(directory)
    tasks = section(client.get("/foreninger/fjordlund-roklub/").content.decode(), "tasks-heading")
    assert "<li" not in tasks
    assert "<p>" in tasks


def test_with_the_contact_form_no_email_address_is_printed(client, club):
    club.contact_form_enabled = True
    club.save()
    html = client.get("/foreninger/fjordlund-roklub/").content.decode()
    assert "@fjordlund-roklub.dk" not in html
    assert '<form class="directory-contact-form" method="post"' in html
    assert "Jens Hansen" not in html


def test_headings_go_in_order_with_one_h1(client, club):
    html = client.get("/foreninger/fjordlund-roklub/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    levels = [int(level) for level in re.findall(r"<h([1-6])", main)]
    assert levels[0] == 1
    assert levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def add_content(club, number):
    """``number`` more activities, contacts, social links and open tasks."""
    for n in range(number):
        ActivityFactory(association=club, target_group=target_group("Børn"), is_free=n % 2 == 0)
        AssociationContactFactory(association=club, role=f"Rolle {n}")
        SocialLink.objects.create(association=club, platform="other", url=f"https://example.dk/{n}")
        VolunteerTaskPageFactory(parent=club, locality=LocalityFactory(name=f"Sted {n}"))
    club.save()


def test_association_page_renders_with_a_bounded_number_of_queries(club, django_assert_max_num_queries):
    add_content(club, 10)
    client = Client()
    client.get("/foreninger/fjordlund-roklub/")
    with django_assert_max_num_queries(ASSOCIATION_PAGE_QUERIES):
        assert client.get("/foreninger/fjordlund-roklub/").status_code == 200


def test_association_page_queries_do_not_grow_with_its_content(club):
    few = queries_for("/foreninger/fjordlund-roklub/")
    add_content(club, 10)
    assert queries_for("/foreninger/fjordlund-roklub/") == few


def test_editors_preview_shows_changes_not_yet_saved(club):
    """Wagtail's preview renders the page from the edit form, with activities not yet in the database."""

    club.summary = "Et nyt resumé til forhåndsvisning."
    club.activities.add(Activity(name="Vinterroning", when="Søndage kl. 10"))
    response = club.make_preview_request()  # builds a request as Wagtail's preview does, and serves it
    assert response.status_code == 200
    html = response.content.decode()
    assert "Et nyt resumé til forhåndsvisning." in html
    assert "Vinterroning" in html

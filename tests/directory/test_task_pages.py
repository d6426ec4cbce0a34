"""A citizen looks for a volunteer task ("Bliv frivillig") and reads what one involves.

The listing shows every open task of the site's live associations with filters for category (the
association's), time commitment, place (the task's own, or else its association's) and "no
Danish needed". A task that is filled or past its deadline leaves the listing but keeps its page,
which says plainly that it is no longer open.
"""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.factories import (
    AssociationContactFactory,
    AssociationPageFactory,
    LocalityFactory,
    VolunteerTaskIndexPageFactory,
    VolunteerTaskPageFactory,
    category,
)
from directory.models import VolunteerTaskPage
from tests.helpers import card_titles, danish_date, filter_counts, in_danish, rendered_queries

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
NO_RESULTS_TEXT = "Ring til frivilligkoordinatoren, så finder vi en opgave sammen med dig."

# The site frame of a page one level under the home page costs 17 queries whatever the content
# (routing with the page's view restrictions, active locale, site settings, menu, breadcrumbs,
# language links). The listing adds 10, whatever the number of tasks: two vocabularies (2), the
# view restrictions for the tasks and their associations (1), the counts, one aggregate query per
# filter except categories, which belong to the association and take two (tasks per association,
# then the associations' categories): 4, one for the "no Danish" count and the total (1), the
# page of results with locality and locale joined in (1) and those tasks' associations with
# their localities (1).
TASK_LISTING_QUERIES = 17 + 10
# A task page three levels down: the frame costs 21 (two more levels of routing). The task adds
# 2: its place (its own locality, or else its association's: 1) and the association's contacts
# (1). The association itself comes from routing, which has already fetched it.
TASK_PAGE_QUERIES = 21 + 2


@pytest.fixture
def directory(portal_settings, directory):
    """The directory on a site whose settings are filled in: the contact point and the footer pages."""
    return directory


@pytest.fixture
def task_index(home, portal_settings):
    return VolunteerTaskIndexPageFactory(
        parent=home,
        body=[
            ("heading", {"text": "Sådan kommer du i gang", "level": "h2"}),
            ("paragraph", "<p>Skriv til foreningen, så aftaler I en første dag.</p>"),
        ],
    )


@pytest.fixture
def clubs(directory, places):
    return {
        "roklub": AssociationPageFactory(
            parent=directory,
            title="Fjordlund Roklub",
            slug="fjordlund-roklub",
            categories=[category("Idræt og motion"), category("Natur og miljø")],
            locality=places["Fjordlund"],
        ),
        "spejder": AssociationPageFactory(
            parent=directory,
            title="Egebjerg Spejderne",
            slug="egebjerg-spejderne",
            categories=[category("Spejder"), category("Børn og unge")],
            locality=places["Egebjerg"],
            contact_form_enabled=True,
        ),
        "sprogcafe": AssociationPageFactory(
            parent=directory,
            title="Sprogcaféen",
            slug="sprogcafeen",
            categories=[category("Integration og sprog")],
            locality=places["Fjordlund"],
        ),
    }


@pytest.fixture
def tasks(task_index, clubs, places, directory):
    made = {
        "traener": VolunteerTaskPageFactory(
            parent=clubs["roklub"],
            title="Træner for ungdomsholdet",
            slug="traener",
            summary="Lær unge at ro.",
            time_commitment=VolunteerTaskPage.WEEKLY,
            hours=3,
            deadline=TODAY + datetime.timedelta(days=10),
        ),
        "kapsejlads": VolunteerTaskPageFactory(
            parent=clubs["roklub"],
            title="Hjælp til kapsejlads",
            slug="kapsejlads",
            time_commitment=VolunteerTaskPage.ONE_OFF,
            hours=6,
            locality=places["Sønderby"],
        ),
        "lektier": VolunteerTaskPageFactory(
            parent=clubs["sprogcafe"],
            title="Lektiehjælper",
            slug="lektiehjaelper",
            time_commitment=VolunteerTaskPage.WEEKLY,
            hours=2,
            no_danish_needed=True,
        ),
        "leder": VolunteerTaskPageFactory(
            parent=clubs["spejder"],
            title="Spejderleder",
            slug="spejderleder",
            time_commitment=VolunteerTaskPage.FLEXIBLE,
            hours=None,
            requires_child_certificate=True,
        ),
    }
    # Not open, not live, or under an association that is not live: never in the listing.
    VolunteerTaskPageFactory(parent=clubs["roklub"], title="Kasserer", slug="kasserer", status=VolunteerTaskPage.FILLED)
    VolunteerTaskPageFactory(
        parent=clubs["spejder"], title="Julemarked", slug="julemarked", deadline=TODAY - datetime.timedelta(days=1)
    )
    VolunteerTaskPageFactory(
        parent=clubs["spejder"], title="Sommerlejr", slug="sommerlejr", end_date=TODAY - datetime.timedelta(days=1)
    )
    VolunteerTaskPageFactory(parent=clubs["roklub"], title="Kladde", slug="kladde", live=False)
    closed = AssociationPageFactory(parent=directory, title="Lukket Forening", slug="lukket")
    VolunteerTaskPageFactory(parent=closed, title="Oprydning", slug="oprydning")
    closed.unpublish()
    return made


def cards(response):
    html = response.content.decode()
    found = {}
    for card in html.split('<li class="card collapsed-height directory-card"')[1:]:
        card = card[: card.index("</li>\n")]
        found[re.search(r'class="directory-card-link" href="[^"]*">([^<]+)</a>', card).group(1)] = card
    return found


# The listing


def test_citizen_sees_every_open_task_newest_first(client, tasks):
    response = client.get("/bliv-frivillig/")
    assert response.status_code == 200
    assert card_titles(response) == [
        "Spejderleder",
        "Lektiehjælper",
        "Hjælp til kapsejlads",
        "Træner for ungdomsholdet",
    ]
    assert response.context["result_count"] == 4


def test_a_new_task_and_a_filled_one_show_at_once_and_a_passed_deadline_the_next_day(client, tasks, clubs, settings):
    """The listing keeps what its filters count (every open task) until a change or midnight: never longer."""
    settings.PAGE_CACHE_SECONDS = 0  # each request renders: the kept task list is what is tested
    client.get("/bliv-frivillig/")
    VolunteerTaskPageFactory(parent=clubs["roklub"], title="Bådvask", slug="baadvask")
    filled = tasks["leder"]
    filled.status = VolunteerTaskPage.FILLED
    filled.save_revision().publish()
    titles = card_titles(client.get("/bliv-frivillig/"))
    assert "Bådvask" in titles and "Spejderleder" not in titles
    with time_machine.travel(TODAY + datetime.timedelta(days=11)):  # the trainer's deadline has passed
        assert "Træner for ungdomsholdet" not in card_titles(client.get("/bliv-frivillig/"))


def test_citizen_sorts_by_title_or_by_deadline(client, tasks):
    assert card_titles(client.get("/bliv-frivillig/?sortering=titel")) == [
        "Hjælp til kapsejlads",
        "Lektiehjælper",
        "Spejderleder",
        "Træner for ungdomsholdet",
    ]
    assert card_titles(client.get("/bliv-frivillig/?sortering=frist"))[0] == "Træner for ungdomsholdet"


def test_each_task_shows_title_association_summary_time_place_and_deadline(client, tasks):
    found = cards(client.get("/bliv-frivillig/"))
    trainer = found["Træner for ungdomsholdet"]
    assert 'href="/foreninger/fjordlund-roklub/traener/"' in trainer
    assert '<p class="card-subheading directory-card-association">Fjordlund Roklub</p>' in trainer
    assert "<p>Lær unge at ro.</p>" in trainer
    weekly = in_danish("Weekly")
    assert re.search(rf"<dd>{weekly}, [^<]*3[^<]*</dd>", trainer)
    assert "<dd>Fjordlund</dd>" in trainer  # the association's place
    assert f"<dd>{danish_date(TODAY + datetime.timedelta(days=10))}</dd>" in trainer
    regatta = found["Hjælp til kapsejlads"]
    assert "<dd>Sønderby</dd>" in regatta  # the task's own place wins
    assert re.search(rf"<dd>{in_danish('One-off')}, [^<]*6[^<]*</dd>", regatta)
    assert f"<dd>{in_danish('Flexible')}</dd>" in found["Spejderleder"]  # no hours given
    assert "badge" in found["Lektiehjælper"] and "badge" not in regatta


def test_tasks_that_are_not_open_or_not_live_are_not_listed(client, tasks):
    html = client.get("/bliv-frivillig/").content.decode()
    for title in ["Kasserer", "Julemarked", "Sommerlejr", "Kladde", "Oprydning"]:
        assert title not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kategori=idraet-og-motion", ["Hjælp til kapsejlads", "Træner for ungdomsholdet"]),
        ("kategori=spejder", ["Spejderleder"]),
        ("tid=ugentlig", ["Lektiehjælper", "Træner for ungdomsholdet"]),
        ("tid=engangsopgave", ["Hjælp til kapsejlads"]),
        ("sted=fjordlund", ["Lektiehjælper", "Træner for ungdomsholdet"]),
        ("sted=soenderby", ["Hjælp til kapsejlads"]),
        ("uden-dansk=1", ["Lektiehjælper"]),
        ("kategori=integration-og-sprog&kategori=spejder", ["Lektiehjælper", "Spejderleder"]),
        ("tid=ugentlig&tid=fleksibel", ["Lektiehjælper", "Spejderleder", "Træner for ungdomsholdet"]),
        ("kategori=idraet-og-motion&tid=ugentlig", ["Træner for ungdomsholdet"]),
        ("sted=fjordlund&uden-dansk=1", ["Lektiehjælper"]),
        ("kategori=natur-og-miljoe&sted=soenderby&tid=engangsopgave", ["Hjælp til kapsejlads"]),
    ],
)
def test_citizen_filters_and_combines_filters(client, tasks, query, expected):
    response = client.get(f"/bliv-frivillig/?{query}&sortering=titel")
    assert card_titles(response) == expected
    assert response.context["result_count"] == len(expected)


def test_counts_show_what_each_option_gives_with_the_other_filters(client, tasks):
    response = client.get("/bliv-frivillig/")
    categories = filter_counts(response, "kategori")
    assert categories["idraet-og-motion"] == 2
    assert categories["natur-og-miljoe"] == 2
    assert categories["spejder"] == 1
    assert categories["integration-og-sprog"] == 1
    assert categories["aeldre"] == 0
    assert filter_counts(response, "tid") == {"engangsopgave": 1, "ugentlig": 2, "fleksibel": 1}
    assert filter_counts(response, "sted") == {"egebjerg": 1, "fjordlund": 2, "soenderby": 1}
    assert filter_counts(response, "flags") == {"1": 1}

    response = client.get("/bliv-frivillig/?sted=fjordlund")
    assert filter_counts(response, "kategori")["idraet-og-motion"] == 1
    assert filter_counts(response, "kategori")["integration-og-sprog"] == 1
    assert filter_counts(response, "kategori")["spejder"] == 0
    assert filter_counts(response, "tid") == {"engangsopgave": 0, "ugentlig": 2, "fleksibel": 0}
    assert filter_counts(response, "sted") == {"egebjerg": 1, "fjordlund": 2, "soenderby": 1}


def test_no_matching_task_says_so_with_the_contact_point(client, tasks):
    response = client.get("/bliv-frivillig/?tid=engangsopgave&uden-dansk=1")
    assert response.context["result_count"] == 0
    html = response.content.decode()
    assert 'id="no-results"' in html
    assert 'href="tel:70102030"' in html[html.index('id="no-results"') :]
    assert 'href="/bliv-frivillig/"' in html[html.index('id="no-results"') :]


def test_the_how_to_get_started_text_follows_the_list(client, tasks):
    html = client.get("/bliv-frivillig/").content.decode()
    assert "<h2>Sådan kommer du i gang</h2>" in html
    assert html.index('id="results-heading"') < html.index("Sådan kommer du i gang")
    # Also when nothing matches.
    assert "Sådan kommer du i gang" in client.get("/bliv-frivillig/?kategori=aeldre").content.decode()


def test_citizen_pages_through_twelve_tasks_at_a_time(client, task_index, clubs):
    for number in range(1, 15):
        VolunteerTaskPageFactory(parent=clubs["roklub"], title=f"Opgave {number:02d}")
    first = client.get("/bliv-frivillig/?sortering=titel&kategori=idraet-og-motion")
    assert card_titles(first) == [f"Opgave {n:02d}" for n in range(1, 13)]
    assert 'href="?sortering=titel&amp;kategori=idraet-og-motion&amp;page=2"' in first.content.decode()
    second = client.get("/bliv-frivillig/?sortering=titel&kategori=idraet-og-motion&page=2")
    assert card_titles(second) == ["Opgave 13", "Opgave 14"]
    assert card_titles(client.get("/bliv-frivillig/?sortering=titel&page=abc"))[0] == "Opgave 01"
    assert card_titles(client.get("/bliv-frivillig/?sortering=titel&page=500")) == ["Opgave 13", "Opgave 14"]


def test_newest_first_pages_in_the_order_the_database_gives_even_for_tasks_published_at_the_same_moment(
    client, task_index, clubs, places
):
    """The default order is worked out from the listing's kept rows (directory/listing.py): it must be exactly
    "first published, latest first, then by id downwards", as the database orders the other sorts."""
    build_tasks(clubs, places, 20)
    same_moment = timezone.now() - datetime.timedelta(days=3)
    VolunteerTaskPage.objects.filter(title__in=["Opgave 003", "Opgave 007", "Opgave 011"]).update(
        first_published_at=same_moment
    )
    expected = list(
        VolunteerTaskPage.objects.live()
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")
        .values_list("title", flat=True)
    )
    shown = card_titles(client.get("/bliv-frivillig/")) + card_titles(client.get("/bliv-frivillig/?page=2"))
    assert shown == expected


@pytest.mark.parametrize(
    "query",
    [
        "kategori=findes-ikke",
        "tid=hver-dag",
        "tid=weekly",
        "sted=" + "%F0%9F%98%80" * 500,
        "uden-dansk=%00",
        "&".join(["tid=ugentlig"] * 300),
        "page=-7",
        "page=99999999999999999999999999",
        "sortering=deadline",
    ],
)
def test_odd_addresses_never_break_the_listing(client, tasks, query):
    response = client.get(f"/bliv-frivillig/?{query}")
    assert response.status_code == 200
    assert card_titles(response)


def test_an_unknown_time_commitment_is_ignored(client, tasks):
    response = client.get("/bliv-frivillig/?tid=hver-dag&tid=engangsopgave")
    assert card_titles(response) == ["Hjælp til kapsejlads"]


def build_tasks(clubs, places, number, start=0):
    commitments = [VolunteerTaskPage.WEEKLY, VolunteerTaskPage.ONE_OFF, VolunteerTaskPage.FLEXIBLE]
    for n in range(start, start + number):
        VolunteerTaskPageFactory(
            parent=list(clubs.values())[n % 3],
            title=f"Opgave {n:03d}",
            time_commitment=commitments[n % 3],
            locality=list(places.values())[n % 3] if n % 2 else None,
            no_danish_needed=n % 4 == 0,
            deadline=TODAY + datetime.timedelta(days=n) if n % 5 else None,
        )


LISTING = "/bliv-frivillig/?" + "&".join(
    [
        "kategori=idraet-og-motion",
        "kategori=spejder",
        "tid=ugentlig",
        "tid=fleksibel",
        "sted=fjordlund",
        "sted=egebjerg",
    ]
)


def test_task_listing_renders_with_a_bounded_number_of_queries(
    task_index, clubs, places, django_assert_max_num_queries
):
    build_tasks(clubs, places, 20)
    client = Client()
    client.get("/bliv-frivillig/")
    with django_assert_max_num_queries(TASK_LISTING_QUERIES):
        response = client.get("/bliv-frivillig/")
    assert len(card_titles(response)) == 12
    with django_assert_max_num_queries(TASK_LISTING_QUERIES):
        assert client.get(LISTING).status_code == 200


def test_task_listing_queries_do_not_grow_with_the_number_of_tasks(task_index, clubs, places):
    def queries():
        response, captured = rendered_queries(LISTING)
        return len(captured), response.context["result_count"]

    build_tasks(clubs, places, 10)
    few, found_few = queries()
    build_tasks(clubs, places, 20, start=10)
    many, found_many = queries()
    assert found_many > found_few
    assert many == few


# The task page


@pytest.fixture
def trainer(tasks):
    task = tasks["traener"]
    task.what_you_do = "<p>Du træner <b>ungdomsholdet</b> to gange om ugen.</p><ul><li>Tirsdag</li></ul>"
    task.skills = "Du kan ro og har tålmodighed."
    task.requires_child_certificate = True
    task.minimum_age = 18
    task.language_requirements = "Dansk eller engelsk"
    task.where = "Bådehuset"
    task.start_date = TODAY + datetime.timedelta(days=20)
    task.save()
    return task


def test_citizen_reads_everything_about_a_task(client, trainer):
    response = client.get("/foreninger/fjordlund-roklub/traener/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 id="task-heading">Træner for ungdomsholdet</h1>' in html
    assert "<p>Du træner <b>ungdomsholdet</b> to gange om ugen.</p><ul><li>Tirsdag</li></ul>" in html
    assert re.search(rf"<dd>{in_danish('Weekly')}, [^<]*3[^<]*</dd>", html)
    start = danish_date(TODAY + datetime.timedelta(days=20))
    assert in_danish("From %(start)s, ongoing") % {"start": start} in html  # no end date
    assert f"<dd>{danish_date(TODAY + datetime.timedelta(days=10))}</dd>" in html  # apply by
    assert "<dd>Du kan ro og har tålmodighed.</dd>" in html
    assert in_danish("Yes, the association asks for your consent to get a børneattest") in html
    assert "18" in re.search(r"<dt>[^<]+</dt><dd>(18[^<]*)</dd>", html).group(1)
    assert "Dansk eller engelsk" in html
    assert "<dd>Bådehuset, Fjordlund</dd>" in html
    assert f'<span class="badge badge-success">{in_danish("Open")}</span>' in html
    assert 'id="task-closed"' not in html
    assert html.count("<h1") == 1


def test_the_period_shows_start_and_end_or_that_the_task_is_ongoing(client, trainer):
    trainer.end_date = TODAY + datetime.timedelta(days=60)
    trainer.save()
    html = client.get("/foreninger/fjordlund-roklub/traener/").content.decode()
    period = {
        "start": danish_date(TODAY + datetime.timedelta(days=20)),
        "end": danish_date(TODAY + datetime.timedelta(60)),
    }
    assert in_danish("From %(start)s until %(end)s") % period in html
    trainer.start_date = None
    trainer.save()
    html = client.get("/foreninger/fjordlund-roklub/traener/").content.decode()
    assert in_danish("Until %(end)s") % period in html
    trainer.end_date = None
    trainer.save()
    assert f"<dd>{in_danish('Ongoing')}</dd>" in client.get("/foreninger/fjordlund-roklub/traener/").content.decode()


def test_a_task_without_danish_says_so(client, tasks):
    html = client.get("/foreninger/sprogcafeen/lektiehjaelper/").content.decode()
    assert f'<span class="badge badge-info">{in_danish("No Danish needed")}</span>' in html


def test_the_task_shows_its_association_and_how_to_get_in_touch(client, trainer, clubs):
    AssociationContactFactory(association=clubs["roklub"], role="Formand", email="formand@roklub.dk", phone="12345678")
    AssociationContactFactory(
        association=clubs["roklub"], role="Træner", email="traener@roklub.dk", person_name="Uden Samtykke"
    )
    html = client.get("/foreninger/fjordlund-roklub/traener/").content.decode()
    assert '<a href="/foreninger/fjordlund-roklub/">Fjordlund Roklub</a>' in html
    contact = html[html.index('id="kontakt"') :]
    assert 'href="mailto:formand@roklub.dk"' in contact
    assert 'href="tel:12345678"' in contact
    assert "Uden Samtykke" not in contact


def test_an_association_with_a_contact_form_is_reached_through_it(client, tasks, clubs):
    AssociationContactFactory(association=clubs["spejder"], email="leder@spejder.dk")
    html = client.get("/foreninger/egebjerg-spejderne/spejderleder/").content.decode()
    assert "leder@spejder.dk" not in html
    assert 'href="/foreninger/egebjerg-spejderne/#kontakt"' in html


@pytest.mark.parametrize("slug", ["kasserer", "julemarked", "sommerlejr"])
def test_a_closed_task_keeps_its_page_but_says_it_is_no_longer_open(client, tasks, slug):
    association = "fjordlund-roklub" if slug == "kasserer" else "egebjerg-spejderne"
    response = client.get(f"/foreninger/{association}/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="task-closed"' in html
    assert in_danish("This task is no longer open") in html
    assert f'<span class="badge badge-success">{in_danish("Open")}</span>' not in html
    assert slug not in client.get("/bliv-frivillig/").content.decode()


def test_task_page_renders_with_a_bounded_number_of_queries(trainer, clubs, django_assert_max_num_queries):
    for n in range(10):
        AssociationContactFactory(association=clubs["roklub"], role=f"Rolle {n}")
    trainer.locality = LocalityFactory(name="Havnen")
    trainer.save()
    client = Client()
    client.get("/foreninger/fjordlund-roklub/traener/")
    with django_assert_max_num_queries(TASK_PAGE_QUERIES):
        assert client.get("/foreninger/fjordlund-roklub/traener/").status_code == 200


def test_task_page_queries_do_not_grow_with_the_associations_contacts(trainer, clubs):
    def queries():
        client = Client()
        client.get("/foreninger/fjordlund-roklub/traener/")
        with CaptureQueriesContext(connection) as captured:
            client.get("/foreninger/fjordlund-roklub/traener/")
        return len(captured)

    AssociationContactFactory(association=clubs["roklub"])
    few = queries()
    for n in range(10):
        AssociationContactFactory(association=clubs["roklub"], role=f"Rolle {n}")
    assert queries() == few

"""The directory as a printed catalogue for the library and the citizen service desk (/katalog/).

Each test reads the PDF back as a reader does (pypdf): its pages, the table of contents and the
bookmarks, and the words of the associations' blocks."""

import datetime
import re

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from catalogue import rendering
from catalogue.models import Catalogue
from directory.factories import ActivityFactory, AssociationContactFactory, AssociationPageFactory
from tests.helpers import in_danish, publish, soup_of, text_of

from .conftest import contents_entries, full_text, outline, page_texts, pdf_of

# A catalogue served from storage: the site, its directory and settings, the listing's vocabularies,
# the content's version and the stored row (no layout).
CACHED_CATALOGUE_QUERIES = 14
# Making one: the same, the associations with their vocabularies, activities and contacts (one query
# each, however many associations), and the job's progress written down.
MADE_CATALOGUE_QUERIES = 35  # 28 before the vocabularies became translatable and the frame cached (generation read)
PROGRESS_PAGE_QUERIES = 12


def test_the_catalogue_has_a_cover_contents_by_category_and_one_block_per_association(client, associations):
    reader = pdf_of(client.get("/katalog/"))

    assert len(reader.pages) == 3
    # A tagged PDF in Danish, for screen readers (WCAG), with its title.
    assert "/StructTreeRoot" in reader.trailer["/Root"] and reader.trailer["/Root"]["/Lang"] == "da"
    assert reader.metadata.title == "Foreningskatalog – Testrup Kommune"
    cover, contents, _first = page_texts(reader)
    assert cover.startswith("TESTRUP KOMMUNE Foreningskatalog")
    assert "2 foreninger" in cover
    assert "Alle foreninger i foreningsoversigten." in cover
    # Each association is printed once, in its first category; its other categories refer to it.
    assert contents_entries(reader) == {"Idræt og motion": 3, "Natur og miljø": 3, "Spejder": 3}
    assert outline(reader) == [
        (0, "Indhold"),
        (0, "Idræt og motion"),
        (1, "Fjordlund Roklub"),
        (0, "Natur og miljø"),
        (1, "Fjordlund Spejderne"),
        (0, "Spejder"),
    ]
    text = full_text(reader)
    for words in (
        "Fjordlund Spejderne",
        "Ulvegruppen – Onsdage kl. 18–19.30. Gratis",
        "Hvornår vi mødes Onsdage kl. 18–20",
        "Adresse Skovvej 12, 4790 Fjordlund",
        "Gruppeleder: Karen Skovgaard · leder@spejderne.dk · Telefon, Karen Skovgaard 22 33 44 55",
        "Også i denne kategori: Fjordlund Spejderne, side 3",
        "Side 3 af 3",
    ):
        assert words in text
    # A name and phone without recorded consent are not public; nor are the addresses of an
    # association that takes messages through its form.
    assert "kasserer@spejderne.dk" in text
    assert "Hemmelig Hansen" not in text and "87 65 43 21" not in text
    assert "formand@roklub.dk" not in text
    assert "Skriv til foreningen via formularen på dens side: http://localhost/foreninger/roklub/" in text


def test_the_listings_filters_narrow_the_catalogue_and_unknown_values_are_ignored(client, associations):
    reader = pdf_of(client.get("/katalog/?kategori=idraet-og-motion&sted=fjordlund"))
    text = full_text(reader)
    assert "Fjordlund Roklub" in text and "Fjordlund Spejderne" not in text
    assert "1 forening Kategori Idræt og motion Hvor Fjordlund" in page_texts(reader)[0]
    assert contents_entries(reader) == {"Idræt og motion": 3}

    # As on the listing, a value nobody knows is ignored: this is the whole directory, the same
    # catalogue as /katalog/ (the filters are keyed in their normal form).
    unfiltered = client.get("/katalog/?kategori=findes-ikke&sted=%00&gratis=m%C3%A5ske&page=x&sortering=y")
    assert "Fjordlund Spejderne" in full_text(pdf_of(unfiltered))
    client.get("/katalog/")
    assert Catalogue.objects.count() == 2

    free = full_text(pdf_of(client.get("/katalog/?gratis=ja")))
    assert "Fjordlund Spejderne" in free and "Fjordlund Roklub" not in free


def test_a_catalogue_is_kept_until_an_association_is_published(client, associations, django_assert_max_num_queries):
    first = b"".join(client.get("/katalog/").streaming_content)
    made = Catalogue.objects.get()
    with django_assert_max_num_queries(CACHED_CATALOGUE_QUERIES):
        again = b"".join(client.get("/katalog/").streaming_content)
    assert again == first
    assert Catalogue.objects.get().finished_at == made.finished_at  # served, not made again

    roklub = associations["roklub"]
    ActivityFactory(association=roklub, name="Vinterroning i tanken")
    publish(roklub)
    # The publish deleted the stored catalogue, file and all: it may show contacts removed since.
    assert not Catalogue.objects.exists()
    assert not default_storage.exists(made.file.name)
    assert "Vinterroning i tanken" in full_text(pdf_of(client.get("/katalog/")))
    assert Catalogue.objects.get().version != made.version


def test_a_stored_catalogue_of_older_content_is_deleted_when_the_new_one_is_made(client, associations):
    client.get("/katalog/?kategori=spejder")
    older = Catalogue.objects.get()
    # Unconfirmed for too long (directory/freshness.py): out of the listing, with no publish.
    type(associations["roklub"]).objects.filter(pk=associations["roklub"].pk).update(unconfirmed=True)

    assert "Fjordlund Roklub" not in full_text(pdf_of(client.get("/katalog/")))
    assert list(Catalogue.objects.values_list("filters", flat=True)) == [""]
    assert not default_storage.exists(older.file.name)


def test_making_a_catalogue_costs_the_same_queries_however_many_associations(
    client, associations, directory, django_assert_max_num_queries
):
    with django_assert_max_num_queries(MADE_CATALOGUE_QUERIES):
        assert client.get("/katalog/").status_code == 200
    for _ in range(4):
        association = AssociationPageFactory(parent=directory)
        ActivityFactory(association=association)
        AssociationContactFactory(association=association)
        publish(association)
    with django_assert_max_num_queries(MADE_CATALOGUE_QUERIES):
        assert "6 foreninger" in page_texts(pdf_of(client.get("/katalog/")))[0]


def test_a_large_catalogue_is_made_in_the_background_while_the_progress_page_counts(
    client, associations, settings, django_assert_max_num_queries
):
    settings.CATALOGUE_RENDER_IN_REQUEST_MAX = 1
    response = client.get("/katalog/?kategori=spejder&kategori=idraet-og-motion")
    catalogue = Catalogue.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/katalog/{catalogue.token}/"

    with django_assert_max_num_queries(PROGRESS_PAGE_QUERIES):
        waiting = client.get(response["Location"])
    page = soup_of(waiting)
    assert page.find("meta", attrs={"http-equiv": "refresh"})["content"] == "3"
    assert text_of(page.find(id="catalogue-count")) == "0 af 2 foreninger"
    # Asking again while it waits makes no second job.
    assert client.get("/katalog/?kategori=idraet-og-motion&kategori=spejder")["Location"] == response["Location"]

    call_command("build_catalogues", "--once", stdout=None)

    ready = soup_of(client.get(response["Location"]))
    assert ready.find("meta", attrs={"http-equiv": "refresh"}) is None
    link = ready.find("a", string=in_danish("Download the catalogue (PDF)"))
    assert link["href"] == "/katalog/?kategori=idraet-og-motion&kategori=spejder"
    reader = pdf_of(client.get(link["href"]))
    # With the categories chosen, the chapters are those categories (not Spejderne's Natur og miljø).
    assert contents_entries(reader) == {"Idræt og motion": 3, "Spejder": 3}
    assert Catalogue.objects.get().done == 2


def test_the_catalogue_shows_only_the_kommune_whose_site_serves_it(client, associations, andeby):
    testrup = full_text(pdf_of(client.get("/katalog/")))
    assert "Andeby Andefodbold" not in testrup

    reader = pdf_of(client.get("/katalog/", HTTP_HOST="andeby.test"))
    andeby_text = full_text(reader)
    assert page_texts(reader)[0].startswith("ANDEBY KOMMUNE Foreningskatalog")
    assert "Andeby Andefodbold" in andeby_text and "Andebold" in andeby_text
    assert "Spejderne" not in andeby_text and "Roklub" not in andeby_text


def test_the_listing_links_to_the_catalogue_of_what_it_shows(client, associations):
    response = client.get("/foreninger/?kategori=spejder&sted=egebjerg&page=1&sortering=navn")
    link = soup_of(response).find("a", string=None, href=re.compile("^/katalog/"))
    assert link["href"] == "/katalog/?kategori=spejder&sted=egebjerg"
    assert text_of(link) == in_danish("Download as PDF")


def test_without_weasyprint_the_catalogue_says_so_instead_of_failing(client, associations, monkeypatch):
    # As on a server without pango, where WeasyPrint cannot be imported.
    monkeypatch.setattr(rendering, "weasyprint", None)
    response = client.get("/katalog/")
    assert response.status_code == 503
    assert text_of(soup_of(response).find(id="catalogue-message")).startswith("Kataloget kan ikke laves som PDF")


@pytest.mark.parametrize("path", ["/katalog/00000000-0000-0000-0000-000000000000/", "/katalog/ikke-et-id/"])
def test_an_unknown_progress_page_is_not_found(client, directory, path):
    assert client.get(path).status_code == 404


def test_a_site_without_a_directory_has_no_catalogue(client, home):
    assert client.get("/katalog/").status_code == 404
    assert client.post("/katalog/").status_code == 405


def test_a_catalogue_left_half_made_by_a_stopped_worker_is_made_again(client, associations, settings):
    settings.CATALOGUE_RENDER_IN_REQUEST_MAX = 1
    progress = client.get("/katalog/")["Location"]
    Catalogue.objects.update(status=Catalogue.RUNNING, started_at=timezone.now() - datetime.timedelta(hours=1))

    call_command("build_catalogues", "--once", stdout=None)

    assert Catalogue.objects.get().is_ready
    assert in_danish("The catalogue is ready.") in text_of(soup_of(client.get(progress)).find(id="catalogue-status"))


def test_a_client_asking_for_many_catalogues_waits_but_still_gets_those_made(client, associations, settings):
    settings.RATELIMIT_CATALOGUE_PER_IP = "1/h"
    assert client.get("/katalog/").status_code == 200

    refused = client.get("/katalog/?gratis=ja")
    assert refused.status_code == 429
    assert text_of(soup_of(refused).find(id="catalogue-message")) == in_danish(
        "Many catalogues have been asked for from your address. Please try again in a while."
    )
    assert client.get("/katalog/").status_code == 200  # already made: served without counting


def test_the_english_catalogue_prints_the_interface_in_english(client, associations):
    reader = pdf_of(client.get("/en/katalog/?gratis=ja"))
    cover = page_texts(reader)[0]
    assert cover.startswith("TESTRUP KOMMUNE Association catalogue")
    assert "1 association Inclusion Free offer" in cover
    assert reader.trailer["/Root"]["/Lang"] == "en"

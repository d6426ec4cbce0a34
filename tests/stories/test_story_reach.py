"""A story reaches citizens beyond its own page: on the front page and its association's page, in the
RSS and Atom feeds, when shared (Open Graph, Twitter cards), in the search, the content API and as
schema.org data; a story scheduled by Kommunikation appears when cron runs publish_scheduled."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from directory.factories import category
from stories.factories import StoryPageFactory
from tests.helpers import days_ago, publish, soup_of, text_of

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def story(stories, rowing_club, photo):
    return publish(
        StoryPageFactory(
            parent=stories,
            title="Roklubben fik nye både",
            slug="nye-baade",
            intro="Efter to års indsamling kunne roklubben søsætte to nye inriggere.",
            byline="Tekst: Mette Kragh",
            story_date=datetime.date(2026, 5, 14),
            lead_image=photo,
            lead_image_alt="To nye både ved broen",
            categories=[category("Idræt og motion"), category("Lokalsamfund")],
            about=[rowing_club],
        )
    )


# The front page and the association's page


def test_the_front_page_shows_the_featured_stories_first_then_the_newest(client, stories):
    StoryPageFactory(parent=stories, title="Ny historie", story_date=days_ago(1))
    StoryPageFactory(parent=stories, title="Fremhævet historie", story_date=days_ago(40), featured=True)
    StoryPageFactory(parent=stories, title="Næstnyeste", story_date=days_ago(3))
    StoryPageFactory(parent=stories, title="Gammel historie", story_date=days_ago(100))
    soup = soup_of(client.get("/"))
    heading = soup.find(id="home-section-stories")
    assert text_of(heading) == "Gode historier"
    section = heading.find_parent("section")
    assert [text_of(a) for a in section.select(".home-card-link")] == [
        "Fremhævet historie",
        "Ny historie",
        "Næstnyeste",
    ]
    assert section.find(class_="home-section-more")["href"] == "/gode-historier/"


def test_a_new_story_is_on_the_front_page_at_once_though_its_sections_are_kept(client, stories, settings):
    """The front page's sections are kept for a minute (core/sections.py): its render then runs none of their
    queries. A publish changes the pages generation, so the next visitor sees the new story all the same."""
    settings.PAGE_CACHE_SECONDS = 0  # each request renders: the kept sections are what is tested
    StoryPageFactory(parent=stories, title="Første historie", story_date=days_ago(2))

    def front_page():
        with CaptureQueriesContext(connection) as queries:
            soup = soup_of(client.get("/"))
        section = soup.find(id="home-section-stories").find_parent("section")
        return [text_of(a) for a in section.select(".home-card-link")], len(queries)

    front_page()
    titles, kept = front_page()
    settings.PAGE_SECTIONS_SECONDS = 0
    _titles, made = front_page()
    assert titles == ["Første historie"] and kept < made

    settings.PAGE_SECTIONS_SECONDS = 60
    front_page()
    publish(StoryPageFactory(parent=stories, title="Ny historie", story_date=days_ago(1)))
    assert front_page()[0] == ["Ny historie", "Første historie"]


def test_no_stories_no_section_on_the_front_page(client, stories):
    assert "home-section-stories" not in client.get("/").content.decode()


def test_the_associations_page_shows_the_stories_about_it(client, story, stories, rowing_club):
    StoryPageFactory(parent=stories, title="En historie om noget andet")
    soup = soup_of(client.get(rowing_club.url))
    heading = soup.find(id="association-section-stories")
    assert text_of(heading) == "Historier om foreningen"
    links = heading.find_parent("section").select("a")
    assert [(text_of(a), a["href"]) for a in links] == [("Roklubben fik nye både", story.url)]


# Scheduled publishing


def test_a_scheduled_story_appears_when_cron_publishes_it(stories):
    tomorrow_morning = timezone.now() + datetime.timedelta(days=1)
    story = StoryPageFactory(parent=stories, title="Historie til i morgen", live=False)
    story.go_live_at = tomorrow_morning
    story.save_revision(approved_go_live_at=tomorrow_morning)
    story.get_latest_revision().publish()
    story.refresh_from_db()
    assert not story.live

    def listed():
        return "Historie til i morgen" in Client().get("/gode-historier/").content.decode()

    call_command("publish_scheduled")
    assert not listed()
    with time_machine.travel(tomorrow_morning + datetime.timedelta(minutes=10)):
        call_command("publish_scheduled")
        assert listed()
    story.refresh_from_db()
    assert story.live


def test_the_readme_cron_block_runs_publish_scheduled():
    readme = (settings.BASE_DIR / "README.md").read_text()
    assert "manage.py publish_scheduled" in readme.split("```cron", 1)[1].split("```", 1)[0]


# Feeds


def test_the_rss_feed_lists_the_stories_newest_first(client, story, stories):
    StoryPageFactory(parent=stories, title="Ældre historie", story_date=datetime.date(2026, 1, 2))
    response = client.get("/gode-historier/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Gode historier – Frivillig i Testrup"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Roklubben fik nye både", "Ældre historie"]
    first = items[0]
    assert first.findtext("link") == "http://localhost/gode-historier/nye-baade/"
    assert first.findtext("description") == story.intro
    assert first.findtext("pubDate").startswith("Thu, 14 May 2026")
    assert "Mette Kragh" in first.findtext("{http://purl.org/dc/elements/1.1/}creator") or "Mette Kragh" in (
        first.findtext("author") or ""
    )
    assert {c.text for c in first.findall("category")} == {"Idræt og motion", "Lokalsamfund"}
    enclosure = first.find("enclosure")
    assert enclosure.get("url").startswith("http://") and enclosure.get("type").startswith("image/")


def test_the_atom_feed_has_the_same_stories(client, story):
    response = client.get("/gode-historier/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entry = feed.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Roklubben fik nye både"
    assert entry.find(f"{ATOM}link").get("href") == "http://localhost/gode-historier/nye-baade/"
    assert entry.findtext(f"{ATOM}summary") == story.intro
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Tekst: Mette Kragh"
    assert entry.findtext(f"{ATOM}published").startswith("2026-05-14")
    assert {c.get("term") for c in entry.findall(f"{ATOM}category")} == {"Idræt og motion", "Lokalsamfund"}
    assert any(link.get("rel") == "enclosure" for link in entry.findall(f"{ATOM}link"))


def test_the_feeds_leave_out_drafts(client, story, stories):
    StoryPageFactory(parent=stories, title="Kladde", live=False)
    assert b"Kladde" not in client.get("/gode-historier/rss/").content


def test_story_pages_and_the_list_point_to_the_feeds(client, story):
    for path in (story.url, "/gode-historier/"):
        soup = soup_of(client.get(path))
        alternates = {link["type"]: link["href"] for link in soup.head.select('link[rel="alternate"]')}
        assert alternates["application/rss+xml"] == "/gode-historier/rss/"
        assert alternates["application/atom+xml"] == "/gode-historier/atom/"


# Sharing


def meta(soup, key):
    tag = soup.head.find("meta", attrs={"property": key}) or soup.head.find("meta", attrs={"name": key})
    return tag and tag["content"]


def test_a_shared_story_shows_its_headline_intro_and_picture(client, story):
    soup = soup_of(client.get(story.url))
    assert meta(soup, "og:title") == "Roklubben fik nye både"
    assert meta(soup, "og:description") == story.intro
    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:url") == "http://testserver/gode-historier/nye-baade/"
    assert meta(soup, "og:image").startswith("http://testserver/") and ".fill-1200x630" in meta(soup, "og:image")
    assert meta(soup, "og:image:alt") == "To nye både ved broen"
    assert meta(soup, "article:published_time") == "2026-05-14"
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "twitter:title") == "Roklubben fik nye både"


def test_every_page_has_basic_sharing_metadata(client, stories):
    soup = soup_of(client.get("/gode-historier/"))
    assert meta(soup, "og:title") == "Gode historier"
    assert meta(soup, "og:type") == "website"
    assert meta(soup, "twitter:card") == "summary"
    assert meta(soup, "og:site_name") == "Frivillig i Testrup"


# Search


def test_the_search_finds_a_story_with_its_categories(client, story):
    response = client.get("/api/search", {"q": "inriggere", "type": "story"})
    assert response.status_code == 200
    data = response.json()
    assert [(r["title"], r["type"]) for r in data["results"]] == [("Roklubben fik nye både", "story")]
    assert data["results"][0]["type_label"] == "Historie"
    assert sorted(data["results"][0]["categories"]) == ["Idræt og motion", "Lokalsamfund"]
    categories = {f["value"]: f["count"] for f in data["facets"]["category"]}
    assert categories["idraet-og-motion"] == 1 and categories["lokalsamfund"] == 1
    narrowed = client.get("/api/search", {"q": "inriggere", "category": "aeldre"}).json()
    assert narrowed["results"] == []
    page = client.get("/search/", {"q": "inriggere"})
    assert "Roklubben fik nye både" in page.content.decode()


def test_an_unpublished_story_leaves_the_search(client, story):
    story.unpublish()
    assert client.get("/api/search", {"q": "inriggere"}).json()["results"] == []


# Content API and structured data


def test_the_content_api_serves_the_story(client, story, rowing_club):
    response = client.get(f"/api/v2/pages/{story.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["intro"] == story.intro and data["byline"] == "Tekst: Mette Kragh"
    assert data["story_date"] == "2026-05-14"
    assert [c["slug"] for c in data["categories"]] == ["idraet-og-motion", "lokalsamfund"]
    assert [page["title"] for page in data["about"]] == ["Fjordlund Roklub"]
    assert data["lead_image"]["url"] and data["lead_image_alt"] == "To nye både ved broen"
    listing = client.get("/api/v2/pages/", {"type": "stories.StoryPage", "fields": "*"})
    assert listing.status_code == 200 and listing.json()["meta"]["total_count"] == 1


def test_the_story_is_a_schema_org_article(story, site):
    request = RequestFactory().get(story.url, SERVER_NAME="localhost")
    [article] = story.structured_data(request)
    assert article["@context"] == "https://schema.org" and article["@type"] == "Article"
    for prop in ("headline", "description", "image", "datePublished", "dateModified", "author", "publisher"):
        assert article[prop], prop
    assert article["headline"] == "Roklubben fik nye både"
    assert article["datePublished"] == "2026-05-14"
    assert article["author"] == {"@type": "Person", "name": "Mette Kragh"}
    assert article["publisher"]["@type"] == "GovernmentOrganization"
    assert article["publisher"]["name"] == "Testrup Kommune"
    assert article["mainEntityOfPage"]["@id"] == "http://localhost/gode-historier/nye-baade/"
    assert article["image"][0].startswith("http://localhost/")
    assert [thing["name"] for thing in article["about"]] == ["Fjordlund Roklub"]


def test_a_story_under_a_view_restriction_stays_off_the_front_page_and_the_association(client, story, rowing_club):
    PageViewRestriction.objects.create(page=story.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    assert "home-section-stories" not in client.get("/").content.decode()
    assert "association-section-stories" not in client.get(rowing_club.url).content.decode()


def test_the_story_listing_is_a_schema_org_collection_page(stories):
    request = RequestFactory().get("/gode-historier/", SERVER_NAME="localhost")
    [collection] = stories.structured_data(request)
    assert collection["@context"] == "https://schema.org" and collection["@type"] == "CollectionPage"
    assert collection["name"] == "Gode historier"
    assert collection["url"] == "http://localhost/gode-historier/"
    assert collection["publisher"] == {"@type": "GovernmentOrganization", "name": "Testrup Kommune"}

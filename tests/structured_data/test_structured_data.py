"""A search engine reads every public page of the portal and understands what it is about.

Each page carries one ``<script type="application/ld+json">`` in its head (core/structured_data.py):
the page's own schema.org objects (an association is an NGO, a volunteer task a JobPosting, a guide
an Article, the kommune a GovernmentOrganization, …) and, below the front page, its BreadcrumbList.
The tests read the demo's pages back with ``extruct`` (as a crawler would) and check what Google
requires of each type. The walk over the demo covers page types added later as well: a page type
without ``structured_data(self, request)`` fails it, naming the type.
"""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from core import structured_data
from core.structured_data import StructuredData, collect, compact, thing, to_json
from directory.models import AssociationPage, KommuneUnitPage, VolunteerTaskPage
from home.factories import StandardPageFactory
from home.models import HomePage, PortalSettings
from policy.models import GuidePage, PolicyPage
from tests.helpers import days_ago, publish
from tests.structured_data.checks import (
    SCHEMA_ORG,
    SCRIPT_TAG,
    TRAIL_ONLY,
    json_ld,
    of_type,
    one_of_type,
    problems_of,
)

pytestmark = pytest.mark.django_db


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def missing_structured_data(page, objects):
    """Why a live page's JSON-LD is not enough ("" when it is): a page type says what it is."""
    own = [obj for obj in objects if obj.get("@type") not in TRAIL_ONLY]
    if own:
        return ""
    return (
        f"{page._meta.label} ({page.url}) has no structured data beyond its breadcrumbs: give the page type "
        "a method structured_data(self, request) returning its schema.org objects (core/structured_data.py)"
    )


# Every public page of the demo


def test_every_public_page_of_the_demo_has_one_json_ld_script_with_what_google_requires(demo, client):
    pages = Page.objects.live().public().filter(depth__gte=2).specific().order_by("path")
    failures, types_seen = [], set()
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        if response.status_code != 200:
            failures.append(f"{url}: status {response.status_code}")
            continue
        html = response.content.decode()
        soup = BeautifulSoup(html, "html.parser")
        scripts = soup.find_all("script", type="application/ld+json")
        if len(scripts) != 1 or html.count(SCRIPT_TAG) != 1 or scripts[0].find_parent("head") is None:
            failures.append(f"{url}: {len(scripts)} JSON-LD scripts (one, in the head, expected)")
            continue
        objects = json_ld(html)
        types_seen.add(page._meta.label)
        if reason := missing_structured_data(page, objects):
            failures.append(reason)
        failures += [f"{url}: {problem}" for obj in objects for problem in problems_of(obj)]
        trails = of_type(objects, "BreadcrumbList")
        if page.depth > 2:
            if len(trails) != 1:
                failures.append(f"{url}: {len(trails)} BreadcrumbLists")
            else:
                last = trails[0]["itemListElement"][-1]
                if last["name"] != page.title or not last["item"].endswith(url):
                    failures.append(f"{url}: the trail ends at {last}, not at the page")
        elif trails:
            failures.append(f"{url}: the front page has a trail")
    assert failures == []
    # The walk met every page type of the portal that the demo has (so it checks what it claims to).
    assert {
        "home.HomePage",
        "home.StandardPage",
        "directory.DirectoryIndexPage",
        "directory.AssociationPage",
        "directory.KommuneUnitPage",
        "directory.VolunteerTaskIndexPage",
        "directory.VolunteerTaskPage",
        "policy.PolicyPage",
        "policy.FocusAreaPage",
        "policy.ConsultationPage",
        "policy.GuideIndexPage",
        "policy.GuidePage",
    } <= types_seen


def test_the_check_finds_a_page_type_without_structured_data(demo):
    # So the walk above can fail: a page type someone adds without structured_data().
    page = Page.objects.get(depth=1)
    trail_only = [thing("BreadcrumbList", itemListElement=[])]
    assert "give the page type a method structured_data" in missing_structured_data(page, trail_only)
    assert not isinstance(page, StructuredData)
    assert problems_of({"@context": SCHEMA_ORG, "@type": "JobPosting", "title": "x"}) != []
    assert problems_of({"@context": SCHEMA_ORG, "@type": "Event", "name": "x"}) != []


def test_the_front_page_names_the_kommune_and_the_portal_with_its_search(demo, client):
    objects = json_ld(get(client, "/"))
    portal = PortalSettings.objects.get()
    kommune = one_of_type(objects, "GovernmentOrganization")
    assert kommune["name"] == "Fjordlund Kommune" == portal.kommune_name
    assert kommune["logo"].startswith("http") and kommune["logo"].endswith(".svg")
    assert kommune["contactPoint"]["email"] == portal.contact_email
    assert kommune["contactPoint"]["telephone"] == portal.contact_phone
    assert kommune["address"]["addressCountry"] == "DK"
    website = one_of_type(objects, "WebSite")
    assert website["name"] == portal.portal_name
    assert website["publisher"] == {"@id": kommune["@id"]}
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["query-input"] == "required name=search_term_string"
    template = action["target"]["urlTemplate"]
    assert template.endswith("/search/?q={search_term_string}")
    # The template is a working search when a search engine fills it in.
    path = "/" + template.split("/", 3)[3].replace("{search_term_string}", "roning")
    results = json_ld(get(client, path))
    assert one_of_type(results, "SearchResultsPage")["name"].endswith("roning")


def test_every_address_in_the_data_is_on_the_sites_own_host(demo, client):
    site = Site.objects.get(is_default_site=True)
    html = get(client, "/")
    block = re.search(r"ld\+json\">(.*?)</script>", html).group(1)
    addresses = [address for address in re.findall(r'"(https?://[^"]+)"', block) if address != SCHEMA_ORG]
    assert addresses and all(address.startswith(site.root_url) for address in addresses), addresses


def test_an_association_is_an_ngo_with_only_the_contacts_its_page_shows(demo, client):
    club = AssociationPage.objects.live().get(slug="fjordlund-roklub")
    ngo = one_of_type(json_ld(get(client, club.url)), "NGO")
    assert ngo["name"] == club.title
    assert ngo["url"].endswith(club.url)
    assert ngo["description"] == club.summary
    assert ngo["address"] == {
        "@type": "PostalAddress",
        "streetAddress": club.street,
        "postalCode": club.postcode,
        "addressLocality": club.city,
        "addressCountry": "DK",
    }
    assert set(ngo["sameAs"]) == {club.website, *(link.url for link in club.social_links.all())}
    assert [point["email"] for point in ngo["contactPoint"]] == [contact.email for contact in club.contacts.all()]
    assert ngo["logo"].startswith("http")
    # With the contact form on, the page shows no address, and neither does the data.
    club.contact_form_enabled = True
    publish(club)
    html = get(client, club.url)
    ngo = one_of_type(json_ld(html), "NGO")
    assert "contactPoint" not in ngo and "email" not in ngo


def test_a_persons_name_and_phone_stay_on_the_page(demo, client):
    """Consent was given for the page: the machine-readable data gives role contacts only."""
    contacts = [contact for page in AssociationPage.objects.live() for contact in page.contacts.all()]
    person = next((contact for contact in contacts if contact.shows_person and contact.person_phone), None)
    if person is None:
        pytest.skip("the demo has no person with consent on record")
    association = AssociationPage.objects.get(pk=person.association_id)
    html = get(client, association.url)
    data = to_json(json_ld(html))
    assert person.person_phone in html
    assert person.person_phone not in data and (not person.person_name or person.person_name not in data)


def test_an_open_task_is_a_volunteer_job_posting_of_its_association(demo, client):
    task = next(task for task in VolunteerTaskPage.objects.live().public().specific() if task.is_open)
    association = task.get_parent().specific
    posting = one_of_type(json_ld(get(client, task.url)), "JobPosting")
    assert posting["title"] == task.title
    assert posting["employmentType"] == "VOLUNTEER"
    assert posting["description"].startswith(task.summary)
    assert posting["datePosted"][:10] == task.first_published_at.date().isoformat()
    assert posting["hiringOrganization"]["name"] == association.title
    assert posting["hiringOrganization"]["@type"] in {"NGO", "GovernmentOrganization"}
    assert posting["jobLocation"]["@type"] == "Place"
    assert posting["jobLocation"]["address"]["addressCountry"] == "DK"
    assert posting["directApply"] is True
    ends = [day for day in (task.deadline, task.end_date) if day]
    assert (posting.get("validThrough") or "")[:19] == (f"{min(ends).isoformat()}T23:59:59" if ends else "")


def test_a_kommune_units_task_is_posted_by_the_unit_of_the_kommune(demo, client):
    unit = KommuneUnitPage.objects.live().first()
    task = next(task for task in VolunteerTaskPage.objects.live().child_of(unit).specific() if task.is_open)
    posting = one_of_type(json_ld(get(client, task.url)), "JobPosting")
    hiring = posting["hiringOrganization"]
    assert hiring["@type"] == "GovernmentOrganization"
    assert hiring["name"] == unit.title
    assert hiring["parentOrganization"]["name"] == "Fjordlund Kommune"
    unit_data = one_of_type(json_ld(get(client, unit.url)), "GovernmentOrganization")
    assert unit_data["contactPoint"]["email"] == unit.contact_email
    assert unit_data["parentOrganization"]["@type"] == "GovernmentOrganization"


def test_a_task_nobody_can_answer_any_more_is_no_longer_a_job_posting(demo, client):
    task = next(task for task in VolunteerTaskPage.objects.live().specific() if task.is_open)
    task.status = VolunteerTaskPage.FILLED
    publish(task)
    objects = json_ld(get(client, task.url))
    assert of_type(objects, "JobPosting") == []
    assert one_of_type(objects, "WebPage")["name"] == task.title
    task.status, task.deadline = VolunteerTaskPage.OPEN, days_ago(1)
    publish(task)
    assert of_type(json_ld(get(client, task.url)), "JobPosting") == []


def test_a_sub_address_of_a_page_keeps_the_trail_but_is_not_the_page(demo, client):
    """The enquiry form of a task is not the task's posting; a policy's versions are not the policy."""
    task = next(task for task in VolunteerTaskPage.objects.live().specific() if task.is_open)
    form_page = get(client, f"/jeg-vil-hjaelpe/{task.pk}/")
    assert form_page.count(SCRIPT_TAG) == 1
    objects = json_ld(form_page)
    assert of_type(objects, "JobPosting") == []
    assert one_of_type(objects, "BreadcrumbList")["itemListElement"][-1]["name"] == task.title
    policy = PolicyPage.objects.live().order_by("path").first()
    objects = json_ld(get(client, policy.url + "versioner/"))
    assert [obj["@type"] for obj in objects] == ["BreadcrumbList"]
    assert one_of_type(json_ld(get(client, policy.url)), "WebPage")["name"] == policy.title


def test_a_guide_is_an_article_by_the_kommune(demo, client):
    guide = GuidePage.objects.live().first()
    article = one_of_type(json_ld(get(client, guide.url)), "Article")
    assert article["headline"] == guide.title
    assert article["description"] == guide.summary
    assert article["author"]["name"] == article["publisher"]["name"] == "Fjordlund Kommune"
    assert article["datePublished"] and article["dateModified"]
    assert article["mainEntityOfPage"]["lastReviewed"] == guide.last_reviewed_on.isoformat()
    assert article["about"]["name"] == guide.topic.name


def test_the_english_pages_say_they_are_in_english(demo, client):
    objects = json_ld(get(client, "/en/"))
    assert one_of_type(objects, "WebSite")["inLanguage"] == "en"


# Escaping: no text in the data can end the script


HOSTILE = "</script><script>alert(1)</script>"


def test_a_title_cannot_break_out_of_the_script(demo, client):
    home = HomePage.objects.get(locale__language_code="da")
    page = StandardPageFactory(parent=home, title=f"Om os {HOSTILE} & <!-- mere", slug="fjendtlig", intro=HOSTILE)
    publish(page)
    html = get(client, page.url)
    assert "<script>alert(1)" not in html
    assert html.count("</script>") == html.count("<script")  # every script element ends where it should
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003c/script\\u003e" in block
    objects = json_ld(html)
    assert one_of_type(objects, "WebPage")["name"] == page.title  # read back unchanged
    assert one_of_type(objects, "WebPage")["description"] == HOSTILE
    assert one_of_type(objects, "BreadcrumbList")["itemListElement"][-1]["name"] == page.title


def test_the_json_is_escaped_for_html_and_reads_back_unchanged():
    data = [{"name": "</script>&<!--", "n": 1}]
    text = to_json(data)
    assert text == '[{"name":"\\u003c/script\\u003e\\u0026\\u003c!--","n":1}]'
    assert json.loads(text) == data


def test_empty_properties_are_left_out():
    assert compact({"a": "", "b": None, "c": [], "d": {"e": ""}, "f": [{"g": None}], "h": 0, "i": False}) == {
        "h": 0,
        "i": False,
    }
    assert thing("NGO", name=" Roklub ", url="")["name"] == "Roklub"


# SQL: the data costs (almost) nothing


def _queries(path):
    client = Client()
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_json_ld_adds_at_most_two_queries_to_any_page_type(demo, monkeypatch):
    """Each page type's first live page, with and without the JSON-LD (the breadcrumb trail is shared)."""
    samples = {}
    for page in Page.objects.live().public().filter(depth__gte=2).specific().order_by("path"):
        samples.setdefault(page._meta.label, page.url)
    samples["search"] = "/search/?q=fodbold"
    for url in samples.values():  # the process's first views fill the site frame's caches (home/frame.py)
        _queries(url)
    with_data = {label: _queries(url) for label, url in samples.items()}
    monkeypatch.setattr("core.templatetags.structured_data_tags.collect", lambda *args, **kwargs: [])
    without = {label: _queries(url) for label, url in samples.items()}
    added = {label: with_data[label] - without[label] for label in samples}
    assert {label: count for label, count in added.items() if count > 2} == {}, added


def test_a_view_can_add_its_own_objects_and_a_page_without_any_gets_only_its_trail(demo):
    request = RequestFactory().get("/")
    root = Page.objects.get(depth=1)
    assert collect(request, root) == []  # the tree's root: no type of its own, no trail
    extra = [{"@type": "WebPage", "name": "Tilmeld", "url": "http://x/"}]
    assert collect(request, None, extra) == [{"@context": "https://schema.org", **extra[0]}]
    assert structured_data.script([]) == ""

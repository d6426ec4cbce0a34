"""A kommune trying the portal meets a full directory: associations in every town, tasks, representatives.

The demo takes seconds to load, so the suite loads it once (the ``demo`` fixture, which is
also what load_demo printed then) and every test works on that data; each test's own
changes are rolled back as usual.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Collection, Page, Revision

from directory.access import association_collection, association_group
from directory.demo import content
from directory.models import (
    Activity,
    AssociationContact,
    AssociationPage,
    Category,
    DirectoryIndexPage,
    KommuneUnitPage,
    Locality,
    TargetGroup,
    VolunteerTaskIndexPage,
    VolunteerTaskPage,
)
from directory.validators import validate_cvr, validate_postcode
from home.models import HomePage, StandardPage
from tests.helpers import card_titles, load_demo

pytestmark = pytest.mark.django_db

TOWNS = {"Fjordlund", "Egebjerg", "Kløvermose", "Strandbæk", "Lyngå", "Birkely"}


def danish(model):
    """The live Danish pages of a type: the demo has English (and some Ukrainian and Arabic) translations too."""
    return model.objects.live().filter(locale__language_code="da")


def danish_home():
    return HomePage.objects.get(locale__language_code="da")


def associations():
    return danish(AssociationPage).prefetch_related("categories", "target_groups", "activities", "contacts")


def test_sixty_associations_cover_every_category_town_and_target_group(demo):
    pages = list(associations())
    assert len(pages) >= 60
    assert {category.name for page in pages for category in page.categories.all()} == set(
        Category.objects.sources().values_list("name", flat=True)
    )
    assert (
        {page.locality.name for page in pages}
        == TOWNS
        == set(Locality.objects.sources().values_list("name", flat=True))
    )
    assert {group.name for page in pages for group in page.target_groups.all()} == set(
        TargetGroup.objects.sources().values_list("name", flat=True)
    )
    for page in pages:
        assert 1 <= page.categories.count() <= 3, page.title
        assert 1 <= page.target_groups.count() <= 3, page.title
        assert 1 <= page.activities.count() <= 3, page.title
        paragraphs = sum(
            block.value.source.count("<p>") for block in page.description if block.block_type == "paragraph"
        )
        assert 2 <= paragraphs <= 4, page.title
        assert page.summary and page.meeting_place and page.meeting_times and page.membership_fee, page.title
        validate_postcode(page.postcode)
        assert page.city == page.locality.name


def test_every_text_is_written_for_its_own_association(demo):
    """Distinct names, summaries and descriptions: no association is a copy of another."""
    pages = list(associations())
    for field in ("title", "summary"):
        values = [getattr(page, field) for page in pages]
        assert len(set(values)) == len(values), field
    descriptions = [str(page.description.raw_data) for page in pages]
    assert len(set(descriptions)) == len(descriptions)


def test_every_filter_finds_several_associations(demo):
    live = danish(AssociationPage)
    for flag in ("has_free_offer", "has_no_danish_needed", "has_accessible_venue"):
        assert live.filter(**{flag: True}).count() >= 5, flag
    assert live.filter(has_free_offer=False).exists()
    for activity in Activity.objects.filter(association__in=live):
        activity.full_clean()  # Free or priced, never both.


def test_practical_details_are_valid_where_given(demo):
    live = danish(AssociationPage)
    with_cvr = live.exclude(cvr="")
    assert with_cvr.count() >= 10
    for cvr in with_cvr.values_list("cvr", flat=True):
        validate_cvr(cvr)
    assert live.exclude(cvr="").values("cvr").distinct().count() == with_cvr.count()
    websites = list(live.exclude(website="").values_list("website", flat=True))
    assert len(websites) >= 10
    assert all(url.startswith("https://") and url.endswith(".example.dk") for url in websites)
    pinned = live.filter(latitude__isnull=False)
    assert pinned.count() >= 10
    for page in pinned:
        assert 54.5 < page.latitude < 57.8 and 8 < page.longitude < 15.2, page.title
    assert live.filter(social_links__isnull=False).distinct().count() >= 10


def test_contacts_use_role_addresses_and_show_people_only_with_consent(demo):
    for page in associations():
        assert any(contact.email.startswith("formand@") for contact in page.contacts.all()), page.title
    people = AssociationContact.objects.exclude(person_name="")
    assert people.count() >= 5
    for contact in people:
        contact.full_clean()
        assert contact.shows_person and contact.person_phone
        assert contact.consent_given_on <= timezone.localdate()
    assert danish(AssociationPage).filter(contact_form_enabled=True).count() >= 5


def test_most_tasks_are_open_and_a_few_show_that_listings_clear_themselves(demo):
    tasks = danish(VolunteerTaskPage)
    open_tasks = tasks.open_on()
    assert open_tasks.count() >= 25
    assert tasks.count() - open_tasks.count() == 3
    closed = tasks.exclude(pk__in=open_tasks)
    assert closed.filter(status=VolunteerTaskPage.FILLED).exists()
    assert closed.filter(deadline__lt=timezone.localdate()).exists()
    today = timezone.localdate()
    assert {task.time_commitment for task in open_tasks} == {"one_off", "weekly", "flexible"}
    assert open_tasks.filter(deadline__gt=today).count() >= 5
    assert open_tasks.filter(no_danish_needed=True).count() >= 5
    assert open_tasks.filter(requires_child_certificate=True).count() >= 5
    assert open_tasks.filter(minimum_age__isnull=False).count() >= 5
    assert open_tasks.filter(end_date__isnull=True).exists() and open_tasks.filter(end_date__isnull=False).exists()
    for task in tasks:
        assert isinstance(task.get_parent().specific, (AssociationPage, KommuneUnitPage)), task.title
        assert task.locality is not None and task.what_you_do.startswith("<p>"), task.title


def test_the_two_listing_pages_replace_the_plain_pages_first_in_the_menu(demo):
    children = danish_home().get_children().live()
    first, second = (page.specific for page in children[:2])
    assert isinstance(first, DirectoryIndexPage) and (first.title, first.slug) == ("Find en forening", "foreninger")
    assert isinstance(second, VolunteerTaskIndexPage) and (second.title, second.slug) == (
        "Bliv frivillig",
        "bliv-frivillig",
    )
    assert first.show_in_menus and second.show_in_menus
    assert first.intro and first.no_results_text and second.intro
    assert [block.value["text"] for block in second.body if block.block_type == "heading"][:2] == [
        "Kom i gang på fire trin",
        "Hvad kan du forvente?",
    ]
    assert not StandardPage.objects.filter(slug__in=["foreninger", "bliv-frivillig"]).exists()
    assert set(AssociationPage.objects.child_of(first).values_list("pk", flat=True)) == set(
        AssociationPage.objects.filter(locale__language_code="da").values_list("pk", flat=True)
    )


def test_entry_points_link_to_the_directory_and_the_task_listing(demo):
    links = {block.value["title"]: block.value["link"]["page"].specific for block in danish_home().entry_points}
    assert isinstance(links["Find en forening"], DirectoryIndexPage)
    assert isinstance(links["Bliv frivillig"], VolunteerTaskIndexPage)


def test_the_homework_cafes_are_found_by_search(demo):
    titles = {page.title for page in AssociationPage.objects.live().search("lektiecafé")}
    assert {"Strandbæk Lektiecafé", "Birkely Lektiecafé"} <= titles
    assert "Høslæt på Lyngå Enge" in {task.title for task in VolunteerTaskPage.objects.live().search("høslæt")}


def test_some_associations_have_a_logo_and_representatives_keep_theirs_in_their_collection(demo):
    with_logo = danish(AssociationPage).filter(logo__isnull=False).select_related("logo")
    assert with_logo.count() >= 8
    for page in with_logo:
        expected = association_collection(page) or Collection.get_first_root_node()
        assert page.logo.collection == expected and page.logo.description, page.title
    rep_associations = with_logo.filter(slug__in=[rep["association"] for rep in content.REPRESENTATIVES])
    assert rep_associations.count() == 3
    assert all(association_collection(page) is not None for page in rep_associations)


@pytest.mark.parametrize("rep", content.REPRESENTATIVES, ids=lambda rep: rep["username"])
def test_a_representative_logs_in_and_may_edit_only_their_own_association(demo, client, rep):
    assert rep["username"] in demo and "fjordlund-forening" in demo
    response = client.post("/admin/login/", {"username": rep["username"], "password": "fjordlund-forening"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    user = get_user_model().objects.get(username=rep["username"])
    own = AssociationPage.objects.get(slug=rep["association"])
    other = AssociationPage.objects.exclude(pk=own.pk).first()
    assert own.permissions_for_user(user).can_edit()
    assert not own.permissions_for_user(user).can_publish()
    assert not other.permissions_for_user(user).can_edit()
    assert set(user.groups.all()) == {association_group(own), Group.objects.get(name="Foreningsrepræsentanter")}


def test_a_second_run_changes_nothing(demo):
    def snapshot():
        return {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "images": Image.objects.count(),
            "users": get_user_model().objects.count(),
            "groups": Group.objects.count(),
            "collections": Collection.objects.count(),
            "localities": Locality.objects.count(),
            "activities": Activity.objects.count(),
            "latest": sorted(Page.objects.values_list("id", "latest_revision_id", "last_published_at", "path")),
        }

    before = snapshot()
    output = load_demo()
    assert snapshot() == before
    assert "nothing changed" in output


def test_the_library_posts_two_projects_that_citizens_find_with_the_associations_tasks(demo, client):
    library = KommuneUnitPage.objects.live().get(slug="fjordlund-bibliotek")
    projects = VolunteerTaskPage.objects.child_of(library).live().open_on()
    assert projects.count() == 2
    assert library.contact_email and library.contact_name
    response = client.get(library.url)
    assert response.status_code == 200
    listing = client.get("/bliv-frivillig/?kategori=kultur-og-musik").content.decode()
    for project in projects:
        assert project.title in listing
    directory = client.get("/foreninger/")  # associations only: not the library
    assert directory.context["result_count"] == danish(AssociationPage).filter(unconfirmed=False).count()


def test_a_few_associations_show_each_freshness_state_and_the_rest_are_confirmed(demo, client):
    associations = danish(AssociationPage)
    states = {page.slug: page.freshness_state for page in associations}
    assert states["strandbaek-lektiecafe"] == states["mosekoret"] == AssociationPage.REMINDED
    assert AssociationPage.objects.get(slug="mosekoret").freshness_reminders_sent == 2
    assert states["lyngaa-krolfklub"] == AssociationPage.UNCONFIRMED
    assert list(states.values()).count(AssociationPage.CONFIRMED) == len(states) - 3
    assert all(page.last_confirmed_at for page in associations)
    hidden = AssociationPage.objects.get(slug="lyngaa-krolfklub")
    assert hidden.title not in card_titles(client.get("/foreninger/?sted=lyngaa&sortering=navn"))
    assert client.get("/foreninger/?sted=lyngaa").context["result_count"] < 12  # all on one page
    assert 'id="ikke-bekraeftet"' in client.get(hidden.url).content.decode()

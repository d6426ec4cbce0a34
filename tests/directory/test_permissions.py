"""What an association's representative can reach in the admin: their own association's pages and media, nothing else.

The representative of "Ajax Roklub" (A) uses the admin while "Bifrost Skakklub" (B)
exists with a task, an image, a document and a message. Every title, file and name
of B's contains "Bifrost", so no response the representative gets may contain it.
"""

from dataclasses import dataclass

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from directory.access import grant_association_access
from directory.factories import AssociationPageFactory, DirectoryIndexPageFactory, VolunteerTaskPageFactory
from directory.models import Category, ContactMessage, VolunteerTaskPage
from tests.helpers import menu_urls

pytestmark = pytest.mark.django_db

B = "Bifrost"  # in everything of association B's; never shown to A's representative
PASSWORD = "Roning-paa-fjorden-2025"


@dataclass
class World:
    home: Page
    directory: Page
    a: Page
    a_task: Page
    b: Page
    b_task: Page
    rep: object
    staff: object
    a_image: object
    b_image: object
    a_document: object
    b_document: object
    b_message: ContactMessage
    b_revision: object


@pytest.fixture
def world(home):
    directory = DirectoryIndexPageFactory(parent=home)
    a = AssociationPageFactory(parent=directory, title="Ajax Roklub", slug="ajax")
    a_task = VolunteerTaskPageFactory(parent=a, title="Ajax kaproning", slug="kaproning")
    b = AssociationPageFactory(parent=directory, title="Bifrost Skakklub", slug="bifrost")
    b_task = VolunteerTaskPageFactory(parent=b, title="Bifrost skakturnering", slug="skakturnering")
    b_revision = b.save_revision()
    access_a = grant_association_access(a, ["formand@ajax.dk"], send_invitations=False)
    access_b = grant_association_access(b, ["formand@bifrost.dk"], send_invitations=False)
    rep = access_a.invited[0]
    rep.set_password(PASSWORD)
    rep.save()
    staff = get_user_model().objects.create_user("kommunikation", "kommunikation@kommune.dk", PASSWORD)
    staff.groups.add(Group.objects.get(name="Kommunikation"))
    return World(
        home=home,
        directory=directory,
        a=a,
        a_task=a_task,
        b=b,
        b_task=b_task,
        rep=rep,
        staff=staff,
        a_image=wagtail_factories.ImageFactory(title="Ajax logo", collection=access_a.collection),
        b_image=wagtail_factories.ImageFactory(title="Bifrost logo", collection=access_b.collection),
        a_document=wagtail_factories.DocumentFactory(title="Ajax regler", collection=access_a.collection),
        b_document=wagtail_factories.DocumentFactory(title="Bifrost regler", collection=access_b.collection),
        b_message=ContactMessage.objects.create(
            association=b, name="Bifrost borger", email="borger@example.dk", message="Hej Bifrost"
        ),
        b_revision=b_revision,
    )


@pytest.fixture
def rep_client(client, world):
    client.force_login(world.rep)
    return client


# The matrix -----------------------------------------------------------------------------------------------------
#
# OWN: answers 200 (after any redirect), shows the named thing of A's, and nothing of B's.
# DENIED: answers 403 or 404, or redirects elsewhere (Wagtail sends people to the dashboard with
#         "you do not have permission"); never 200 at the address asked for, and nothing of B's.


OWN, DENIED = "own", "denied"


def url(name, *args, query=""):
    def build(w):
        return reverse(name, args=[arg(w) if callable(arg) else arg for arg in args]) + query

    build.__name__ = name
    return build


def pk(attribute):
    return lambda w: getattr(w, attribute).pk


MATRIX = [
    # Pages: explorer, editing, history
    ("dashboard", url("wagtailadmin_home"), OWN, None),
    ("explorer root", url("wagtailadmin_explore_root"), OWN, "Ajax Roklub"),
    ("explorer: directory index", url("wagtailadmin_explore", pk("directory")), OWN, "Ajax Roklub"),
    ("explorer: A", url("wagtailadmin_explore", pk("a")), OWN, "Ajax kaproning"),
    ("explorer: B", url("wagtailadmin_explore", pk("b")), DENIED, None),
    ("explorer: home", url("wagtailadmin_explore", pk("home")), OWN, "Ajax Roklub"),
    ("edit A", url("wagtailadmin_pages:edit", pk("a")), OWN, "Ajax Roklub"),
    ("edit A's task", url("wagtailadmin_pages:edit", pk("a_task")), OWN, "Ajax kaproning"),
    ("add a task under A", url("wagtailadmin_pages:add", "directory", "volunteertaskpage", pk("a")), OWN, None),
    ("edit B", url("wagtailadmin_pages:edit", pk("b")), DENIED, None),
    ("edit B's task", url("wagtailadmin_pages:edit", pk("b_task")), DENIED, None),
    ("edit the home page", url("wagtailadmin_pages:edit", pk("home")), DENIED, None),
    ("edit the directory index", url("wagtailadmin_pages:edit", pk("directory")), DENIED, None),
    ("add a task under B", url("wagtailadmin_pages:add", "directory", "volunteertaskpage", pk("b")), DENIED, None),
    (
        "add an association",
        url("wagtailadmin_pages:add", "directory", "associationpage", pk("directory")),
        DENIED,
        None,
    ),
    ("history of B", url("wagtailadmin_pages:history", pk("b")), DENIED, None),
    (
        "revision of B",
        lambda w: reverse("wagtailadmin_pages:revisions_view", args=[w.b.pk, w.b_revision.pk]),
        DENIED,
        None,
    ),
    (
        "compare revisions of B",
        lambda w: reverse("wagtailadmin_pages:revisions_compare", args=[w.b.pk, "earliest", "latest"]),
        DENIED,
        None,
    ),
    ("workflow history of B", url("wagtailadmin_pages:workflow_history", pk("b")), DENIED, None),
    ("usage of B", url("wagtailadmin_pages:usage", pk("b")), DENIED, None),
    ("draft of B", url("wagtailadmin_pages:view_draft", pk("b")), DENIED, None),
    ("preview of B", url("wagtailadmin_pages:preview_on_edit", pk("b")), DENIED, None),
    ("copy B", url("wagtailadmin_pages:copy", pk("b")), DENIED, None),
    ("move B", url("wagtailadmin_pages:move", pk("b")), DENIED, None),
    ("unpublish B", url("wagtailadmin_pages:unpublish", pk("b")), DENIED, None),
    ("delete B", url("wagtailadmin_pages:delete", pk("b")), DENIED, None),
    ("delete A (their association)", url("wagtailadmin_pages:delete", pk("a")), DENIED, None),
    ("unpublish A", url("wagtailadmin_pages:unpublish", pk("a")), DENIED, None),
    ("move A", url("wagtailadmin_pages:move", pk("a")), DENIED, None),
    (
        "bulk delete B",
        lambda w: reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={w.b.pk}",
        DENIED,
        None,
    ),
    (
        "bulk delete A's task",
        lambda w: reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={w.a_task.pk}",
        OWN,
        "Ajax kaproning",
    ),
    (
        "bulk delete all under the directory",
        lambda w: (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id=all&childOf={w.directory.pk}"
        ),
        DENIED,
        None,
    ),
    ("pages of a type, site-wide", url("wagtailadmin_pages:type_use", "directory", "associationpage"), OWN, None),
    # Admin search
    ("admin search for B", url("wagtailadmin_pages:search", query="?q=Bifr"), OWN, None),
    ("admin search results for B", url("wagtailadmin_pages:search_results", query="?q=Bifr"), OWN, None),
    ("admin search for A", url("wagtailadmin_pages:search", query="?q=Ajax"), OWN, "Ajax Roklub"),
    # Page chooser
    ("page chooser", url("wagtailadmin_choose_page"), OWN, "Ajax Roklub"),
    ("page chooser: home", url("wagtailadmin_choose_page_child", pk("home")), OWN, "Ajax Roklub"),
    ("page chooser: directory", url("wagtailadmin_choose_page_child", pk("directory")), OWN, "Ajax Roklub"),
    ("page chooser: A", url("wagtailadmin_choose_page_child", pk("a")), OWN, "Ajax kaproning"),
    ("page chooser: B", url("wagtailadmin_choose_page_child", pk("b")), DENIED, None),
    ("page chooser: B's task", url("wagtailadmin_choose_page_child", pk("b_task")), DENIED, None),
    (
        "page chooser for tasks",
        url("wagtailadmin_choose_page", query="?page_type=directory.volunteertaskpage"),
        OWN,
        "Ajax Roklub",
    ),
    ("page chooser search for B", url("wagtailadmin_choose_page_search", query="?q=Bifr"), OWN, None),
    ("page chooser search for A", url("wagtailadmin_choose_page_search", query="?q=Ajax"), OWN, "Ajax Roklub"),
    (
        "page chooser: B chosen",
        lambda w: reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={w.b.pk}",
        DENIED,
        None,
    ),
    (
        "page chooser: A chosen",
        lambda w: reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={w.a.pk}",
        OWN,
        "Ajax Roklub",
    ),
    # Images and documents
    ("images", url("wagtailimages:index"), OWN, "Ajax logo"),
    ("upload images", url("wagtailimages:add_multiple"), OWN, None),
    ("edit A's image", url("wagtailimages:edit", pk("a_image")), OWN, "Ajax logo"),
    ("edit B's image", url("wagtailimages:edit", pk("b_image")), DENIED, None),
    ("delete B's image", url("wagtailimages:delete", pk("b_image")), DENIED, None),
    ("usage of B's image", url("wagtailimages:image_usage", pk("b_image")), DENIED, None),
    ("URL generator for B's image", url("wagtailimages:url_generator", pk("b_image")), DENIED, None),
    ("image chooser", url("wagtailimages_chooser:choose"), OWN, "Ajax logo"),
    ("image chooser results", url("wagtailimages_chooser:choose_results"), OWN, "Ajax logo"),
    ("image chooser: B's image chosen", url("wagtailimages_chooser:chosen", pk("b_image")), DENIED, None),
    (
        "bulk delete B's image",
        lambda w: reverse("wagtail_bulk_action", args=["wagtailimages", "image", "delete"]) + f"?id={w.b_image.pk}",
        DENIED,
        None,
    ),
    ("documents", url("wagtaildocs:index"), OWN, "Ajax regler"),
    ("edit A's document", url("wagtaildocs:edit", pk("a_document")), OWN, "Ajax regler"),
    ("edit B's document", url("wagtaildocs:edit", pk("b_document")), DENIED, None),
    ("document chooser", url("wagtaildocs_chooser:choose"), OWN, "Ajax regler"),
    ("document chooser: B's document chosen", url("wagtaildocs_chooser:chosen", pk("b_document")), DENIED, None),
    # People, settings and the rest of the admin
    ("users", url("wagtailusers_users:index"), DENIED, None),
    ("edit a user", url("wagtailusers_users:edit", pk("staff")), DENIED, None),
    ("bulk delete users", url("wagtail_bulk_action", "auth", "user", "delete", query="?id=1"), DENIED, None),
    ("groups", url("wagtailusers_groups:index"), DENIED, None),
    ("portal settings", url("wagtailsettings:edit", "home", "portalsettings"), DENIED, None),
    ("snippets", url("wagtailsnippets:index"), DENIED, None),
    ("categories", url("wagtailsnippets_directory_category:list"), DENIED, None),
    ("add a category", url("wagtailsnippets_directory_category:add"), DENIED, None),
    ("target groups", url("wagtailsnippets_directory_targetgroup:list"), DENIED, None),
    ("localities", url("wagtailsnippets_directory_locality:list"), DENIED, None),
    ("locality chooser (for editing A)", url("wagtailsnippetchoosers_directory_locality:choose"), OWN, None),
    ("messages", url("wagtailsnippets_directory_contactmessage:list"), DENIED, None),
    ("B's message", url("wagtailsnippets_directory_contactmessage:inspect", pk("b_message")), DENIED, None),
    ("message chooser", url("wagtailsnippetchoosers_directory_contactmessage:choose"), DENIED, None),
    ("report: locked pages", url("wagtailadmin_reports:locked_pages"), DENIED, None),
    ("report: workflows", url("wagtailadmin_reports:workflow"), DENIED, None),
    ("report: workflow results", url("wagtailadmin_reports:workflow_results"), DENIED, None),
    ("report: workflow tasks", url("wagtailadmin_reports:workflow_tasks"), DENIED, None),
    ("report: site history", url("wagtailadmin_reports:site_history"), DENIED, None),
    ("report: site history results", url("wagtailadmin_reports:site_history_results"), DENIED, None),
    ("report: aging pages", url("wagtailadmin_reports:aging_pages"), DENIED, None),
    ("report: aging pages results", url("wagtailadmin_reports:aging_pages_results"), DENIED, None),
    ("report: page types usage", url("wagtailadmin_reports:page_types_usage"), DENIED, None),
    ("workflows", url("wagtailadmin_workflows:index"), DENIED, None),
    ("workflow tasks", url("wagtailadmin_workflows:task_index"), DENIED, None),
    ("redirects", url("wagtailredirects:index"), DENIED, None),
    ("forms", url("wagtailforms:index"), DENIED, None),
    ("sites", url("wagtailsites:index"), DENIED, None),
    ("collections", url("wagtailadmin_collections:index"), DENIED, None),
    ("locales", url("wagtaillocales:index"), DENIED, None),
    ("give an association access", url("directory_association_access", pk("a")), DENIED, None),
    # The admin API behind the explorer menu
    ("admin API: pages", lambda w: reverse("wagtailadmin_api:pages:listing"), OWN, None),
    (
        "admin API: the directory's children",
        lambda w: reverse("wagtailadmin_api:pages:listing") + f"?child_of={w.directory.pk}&for_explorer=1",
        OWN,
        "Ajax Roklub",
    ),
    ("admin API: B", lambda w: reverse("wagtailadmin_api:pages:detail", args=[w.b.pk]), DENIED, None),
    ("admin API: search for B", lambda w: reverse("wagtailadmin_api:pages:listing") + "?search=Bifr", OWN, None),
    ("admin API: images", lambda w: reverse("wagtailadmin_api:images:listing"), DENIED, None),
    ("admin API: B's image", lambda w: reverse("wagtailadmin_api:images:detail", args=[w.b_image.pk]), DENIED, None),
    ("admin API: documents", lambda w: reverse("wagtailadmin_api:documents:listing"), DENIED, None),
    # wagtail-localize
    ("translations report", url("wagtail_localize:translations_report"), DENIED, None),
    (
        "snippet API: messages",
        url("wagtail_localize:snippets_api_listing", "directory", "contactmessage"),
        DENIED,
        None,
    ),
    ("snippet API: categories", url("wagtail_localize:snippets_api_listing", "directory", "category"), DENIED, None),
    ("account", url("wagtailadmin_account"), OWN, None),
]


def case(row):
    """A row of the matrix as a test; searching reads Wagtail's search index, kept up to date only on request."""
    return pytest.param(*row, id=row[0], marks=[pytest.mark.search_index] if "search" in row[0] else [])


@pytest.mark.parametrize(("where", "address", "outcome", "shows"), [case(row) for row in MATRIX])
def test_what_a_representative_reaches(rep_client, world, where, address, outcome, shows):
    target = address(world)
    response = rep_client.get(target, follow=True)
    body = response.content.decode()
    assert B not in body
    assert "formand@bifrost.dk" not in body
    if outcome == OWN:
        assert response.status_code == 200
        if shows:
            assert shows in body
    else:
        landed_elsewhere = response.redirect_chain and response.request["PATH_INFO"] != target.split("?")[0]
        assert response.status_code in (403, 404) or landed_elsewhere


# The menu ---------------------------------------------------------------------------------------------------------


def test_the_menu_offers_a_representative_pages_images_and_documents_only(rep_client):
    urls = menu_urls(rep_client.get(reverse("wagtailadmin_home")))
    assert {reverse("wagtailadmin_explore_root"), reverse("wagtailimages:index"), reverse("wagtaildocs:index")} <= urls
    for hidden in ["/admin/reports/", "/admin/settings/", "/admin/snippets/", "/admin/users/", "/admin/groups/"]:
        assert not any(address.startswith(hidden) for address in urls), hidden
    for hidden in ["/admin/workflows/", "/admin/redirects/", "/admin/forms/", "/admin/sites/", "/admin/collections/"]:
        assert not any(address.startswith(hidden) for address in urls), hidden
    assert not any(address.startswith("/admin/locales/") for address in urls)


def test_staff_keep_the_reports_in_their_menu(client, world):
    client.force_login(world.staff)
    urls = menu_urls(client.get(reverse("wagtailadmin_home")))
    assert reverse("wagtailadmin_reports:site_history") in urls
    assert reverse("wagtailadmin_reports:aging_pages") in urls
    assert client.get(reverse("wagtailadmin_reports:aging_pages")).status_code == 200


# Editing, moderation and tasks --------------------------------------------------------------------------------------


def edit_form(client, page):
    """The edit form as the browser posts it; the browser's script fills in the (empty) description StreamField."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["description-count"] = "0"
    return response, data


def test_a_representative_edits_their_page_but_has_no_publish_action(rep_client, world):
    response, _ = edit_form(rep_client, world.a)
    html = response.content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    assert "Give the association access" not in html


def test_posting_publish_as_a_representative_publishes_nothing(rep_client, world):
    live_revision = world.a.live_revision_id
    _, data = edit_form(rep_client, world.a)
    data["title"] = "Ajax Roklub er lukket"
    data["action-publish"] = "action-publish"
    rep_client.post(reverse("wagtailadmin_pages:edit", args=[world.a.pk]), data)
    world.a.refresh_from_db()
    assert world.a.title == "Ajax Roklub"
    assert world.a.live_revision_id == live_revision
    assert world.a.has_unpublished_changes  # kept as a draft for the communications team
    response = rep_client.get(world.a.url)
    assert "Ajax Roklub er lukket" not in response.content.decode()


def test_a_representative_submits_changes_for_moderation(rep_client, world):
    _, data = edit_form(rep_client, world.a)
    data["summary"] = "Vi ror hver tirsdag og torsdag."
    data["action-submit"] = "action-submit"
    response = rep_client.post(reverse("wagtailadmin_pages:edit", args=[world.a.pk]), data)
    assert response.status_code == 302
    assert WorkflowState.objects.filter(object_id=str(world.a.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()
    world.a.refresh_from_db()
    assert world.a.specific.summary != "Vi ror hver tirsdag og torsdag."


def test_a_representative_cannot_delete_their_association_even_unpublished(rep_client, world):
    world.a.get_descendants(inclusive=True).unpublish()
    delete_url = reverse("wagtailadmin_pages:delete", args=[world.a.pk])
    assert rep_client.get(delete_url).status_code in (302, 403)
    assert rep_client.post(delete_url).status_code in (302, 403)
    assert Page.objects.filter(pk=world.a.pk).exists()


def test_a_representative_adds_edits_and_deletes_their_own_draft_task(rep_client, world):
    add_url = reverse("wagtailadmin_pages:add", args=["directory", "volunteertaskpage", world.a.pk])
    data = querydict_from_html(rep_client.get(add_url).content.decode(), form_id="page-edit-form")
    data.update(
        {
            "title": "Ajax bådvask",
            "slug": "baadvask",  # not in a representative's form: made from the title, æøå spelt out
            "summary": "Hjælp os med at vaske bådene.",
            "what_you_do": rich_text("<p>Du vasker både.</p>"),
            "time_commitment": VolunteerTaskPage.ONE_OFF,
            "status": VolunteerTaskPage.OPEN,
            "action-save-draft": "action-save-draft",
        }
    )
    response = rep_client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    task = VolunteerTaskPage.objects.get(slug="ajax-baadvask")
    assert task.get_parent().pk == world.a.pk
    assert not task.live
    assert task.owner == world.rep

    assert rep_client.get(reverse("wagtailadmin_pages:edit", args=[task.pk])).status_code == 200
    response = rep_client.post(reverse("wagtailadmin_pages:delete", args=[task.pk]))
    assert response.status_code == 302
    assert not VolunteerTaskPage.objects.filter(pk=task.pk).exists()


# Choosers and search ------------------------------------------------------------------------------------------------


@pytest.mark.search_index  # the chooser's search must not offer the home page either
def test_the_page_chooser_offers_only_the_representatives_association(rep_client, world):
    html = rep_client.get(reverse("wagtailadmin_choose_page")).content.decode()
    assert "Ajax Roklub" in html
    # Neither the home page nor the directory is offered on the way: only A itself.
    assert world.home.title not in html
    assert world.directory.title not in html
    html = rep_client.get(reverse("wagtailadmin_choose_page_search") + "?q=Forside").content.decode()
    assert world.home.title not in html


@pytest.mark.search_index  # the chooser's search finds association B for staff
def test_staff_still_choose_among_all_pages(client, world):
    client.force_login(world.staff)
    html = client.get(reverse("wagtailadmin_choose_page_child", args=[world.directory.pk])).content.decode()
    assert "Ajax Roklub" in html and "Bifrost Skakklub" in html
    html = client.get(reverse("wagtailadmin_choose_page_search") + "?q=Bifr").content.decode()
    assert "Bifrost Skakklub" in html


def test_an_image_a_representative_uploads_lands_in_their_associations_collection(rep_client, world):
    picture = wagtail_factories.ImageFactory.build().file
    picture.seek(0)
    upload = SimpleUploadedFile("ajax-baad.jpg", picture.read(), content_type="image/jpeg")
    response = rep_client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload})
    assert response.status_code == 200
    assert response.json()["success"]
    image = world.a_image.__class__.objects.get(pk=response.json()["image_id"])
    assert image.collection == world.a_image.collection
    assert image.uploaded_by_user == world.rep


# Who may enter at all -----------------------------------------------------------------------------------------------


def test_a_representative_without_an_association_cannot_enter_the_admin(client, world):
    nobody = get_user_model().objects.create_user("uden-forening", "uden@forening.dk", PASSWORD)
    nobody.groups.add(Group.objects.get(name="Foreningsrepræsentanter"))
    client.force_login(nobody)
    for address in [reverse("wagtailadmin_home"), reverse("wagtailadmin_explore_root"), reverse("wagtailimages:index")]:
        response = client.get(address)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_representative_logs_in_with_a_password_and_lands_on_the_dashboard(client, world):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": world.rep.username, "password": PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == reverse("wagtailadmin_home")


def test_a_representative_ticks_vocabulary_terms_they_cannot_edit(rep_client, world):
    html = rep_client.get(reverse("wagtailadmin_pages:edit", args=[world.a.pk])).content.decode()
    assert Category.objects.filter(name="Idræt og motion").exists()
    assert "Idræt og motion" in html
    assert reverse("wagtailsnippets_directory_category:list") not in html

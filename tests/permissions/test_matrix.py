"""Who may do what in the portal: every role against every action on every kind of thing, on the demo.

The table reads across: for each action on an object, the outcome for the five roles in
the order of ``ROLES`` — anonymous, association representative (egebjerg-boldklub),
policy owner (politikejer), Kommunikation (redaktoer) and administrator (admin).
"+" is allowed, "-" refused. Refused means: anonymous is sent to the login (302), a
logged-in user gets 403 or 404, or Wagtail's redirect away with "you do not have
permission". A listing row ("shows ...") is allowed only when the thing named is in it,
so a listing that lets a role in but hides another association's image reads "-".
An action that is a POST (publishing, uploading, moderating) is allowed only when it
took effect, which the row checks in the database.

Every cell is one test and one request, on the demo loaded once per session; each
test's changes are rolled back. The "own association" is Egebjerg Boldklub (the
representative's), the "other association" is Lyngå Naturplejelaug, and "the policy" is
the draft policy 2027-2030 the policy owners work on.
"""

from dataclasses import dataclass

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site

from applications.models import AssociationApplication
from directory.access import association_collection
from directory.models import AssociationPage, Category, ContactMessage
from enquiries.models import Enquiry
from policy.access import POLICY_COLLECTION
from policy.models import ConsultationResponse, GuideTopic, PolicyPage
from shortlists.models import Shortlist, ShortlistItem

ROLES = ["anonymous", "representative", "policy owner", "Kommunikation", "administrator"]
USERNAMES = {
    "representative": "egebjerg-boldklub",
    "policy owner": "politikejer",
    "Kommunikation": "redaktoer",
    "administrator": "admin",
}
Image, Document = get_image_model(), get_document_model()


@dataclass
class Demo:
    own: AssociationPage  # the representative's association
    other: AssociationPage
    policy: PolicyPage
    own_image: object
    other_image: object
    policy_image: object
    own_document: object
    other_document: object
    policy_document: object
    own_collection: Collection
    other_collection: Collection
    policy_collection: Collection
    own_message: ContactMessage
    other_message: ContactMessage
    response: ConsultationResponse
    attachment: ConsultationResponse
    own_enquiry: Enquiry
    other_enquiry: Enquiry
    application: AssociationApplication
    category: Category
    topic: GuideTopic
    site: Site
    user: object
    group: Group


def message(association):
    return ContactMessage.objects.create(
        association=association, name=f"Borger hos {association.title}", email="b@example.dk", message="Hej"
    )


def enquiry(association):
    found = Enquiry.objects.filter(organiser=association).first()
    if found is None:
        found = Enquiry.objects.create(
            page=association,
            page_title=association.title,
            organiser=association,
            organiser_title=association.title,
            name=f"Hjælper hos {association.title}",
            consent_at="2026-01-01T10:00:00+01:00",
        )
    return found


@pytest.fixture
def world(demo):
    own = AssociationPage.objects.get(slug="egebjerg-boldklub")
    other = AssociationPage.objects.get(slug="lyngaa-naturplejelaug")
    own_collection, other_collection = association_collection(own), association_collection(other)
    policy_collection = Collection.objects.get(name=POLICY_COLLECTION)
    responses = ConsultationResponse.objects.order_by("pk")
    return Demo(
        own=own,
        other=other,
        policy=PolicyPage.objects.get(slug="frivilligpolitik-2027-2030"),
        own_image=wagtail_factories.ImageFactory(title="Egebjerg billede", collection=own_collection),
        other_image=wagtail_factories.ImageFactory(title="Lyngå billede", collection=other_collection),
        policy_image=wagtail_factories.ImageFactory(title="Politik billede", collection=policy_collection),
        own_document=wagtail_factories.DocumentFactory(title="Egebjerg vedtægter", collection=own_collection),
        other_document=wagtail_factories.DocumentFactory(title="Lyngå vedtægter", collection=other_collection),
        policy_document=Document.objects.filter(collection=policy_collection).order_by("pk").first(),
        own_collection=own_collection,
        other_collection=other_collection,
        policy_collection=policy_collection,
        own_message=message(own),
        other_message=message(other),
        response=responses.filter(consent_to_publish=True).first(),
        attachment=responses.exclude(attachment_name="").first(),
        own_enquiry=enquiry(own),
        other_enquiry=enquiry(other),
        application=AssociationApplication.objects.order_by("pk").first(),
        category=Category.objects.order_by("pk").first(),
        topic=GuideTopic.objects.order_by("pk").first(),
        site=Site.objects.get(is_default_site=True),
        user=get_user_model().objects.get(username="redaktoer"),
        group=Group.objects.get(name="Kommunikation"),
    )


# How a row asks ------------------------------------------------------------------------------------------------------


@dataclass
class Ask:
    """A request: GET address(world), or a POST with data(world); ``took_effect(world, before)`` for a POST."""

    address: object
    method: str = "get"
    data: object = None
    shows: object = None  # a listing row: the text that must be in the listing
    before: object = None  # what to note before a POST
    took_effect: object = None
    leads_on: str = ""  # a redirect to an address starting with this is the way in (e.g. the only page type)


def get(name, *args, query="", shows=None):
    def address(w):
        return reverse(name, args=[arg(w) if callable(arg) else arg for arg in args]) + query

    return Ask(address, shows=shows)


def pk(attribute):
    return lambda w: getattr(w, attribute).pk


def title(attribute):
    return lambda w: getattr(w, attribute).title


def bulk(app_label, model, action, attribute):
    return Ask(lambda w: reverse("wagtail_bulk_action", args=[app_label, model, action]) + f"?id={pk(attribute)(w)}")


def publish(attribute):
    """Bulk-publish a page with a fresh draft: allowed when the draft is live afterwards."""

    def before(w):
        page = getattr(w, attribute)
        return page.save_revision().pk

    def took_effect(w, revision_pk):
        page = type(getattr(w, attribute)).objects.get(pk=getattr(w, attribute).pk)
        return page.live_revision_id == revision_pk

    return Ask(
        lambda w: reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={pk(attribute)(w)}",
        method="post",
        data=lambda w: {},
        before=before,
        took_effect=took_effect,
    )


def upload(kind, collection):
    """Upload an image or a document into a collection: allowed when it landed there."""
    model = Image if kind == "image" else Document

    def data(w):
        if kind == "image":
            picture = wagtail_factories.ImageFactory.build().file
            picture.seek(0)
            content = SimpleUploadedFile("matrix.jpg", picture.read(), content_type="image/jpeg")
        else:
            content = SimpleUploadedFile("matrix.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
        return {"files[]": content, "collection": getattr(w, collection).pk}

    def before(w):
        return model.objects.filter(collection=getattr(w, collection)).count()

    def took_effect(w, count):
        return model.objects.filter(collection=getattr(w, collection)).count() > count

    name = "wagtailimages:add_multiple" if kind == "image" else "wagtaildocs:add_multiple"
    return Ask(lambda w: reverse(name), method="post", data=data, before=before, took_effect=took_effect)


def moderate():
    def before(w):
        ConsultationResponse.objects.filter(pk=w.response.pk).update(status=ConsultationResponse.PENDING)

    def took_effect(w, status):
        return ConsultationResponse.objects.get(pk=w.response.pk).status == ConsultationResponse.APPROVED

    return Ask(
        lambda w: reverse("consultation_responses:moderate", args=[w.response.pk]),
        method="post",
        data=lambda w: {"decision": "approve", "moderation_note": "Matrix"},
        before=before,
        took_effect=took_effect,
    )


def shortlist_post(address, data, model):
    """A staff member's shortlist action (POST): allowed when a row of ``model`` was made."""
    return Ask(
        lambda w: reverse(address),
        method="post",
        data=lambda w: data(w),
        before=lambda w: model.objects.count(),
        took_effect=lambda w, count: model.objects.count() > count,
    )


def api(path, shows=None):
    return Ask(lambda w: path, shows=shows)


# The matrix ----------------------------------------------------------------------------------------------------------
# Outcomes read across ROLES: anonymous, representative, policy owner, Kommunikation, administrator.

PAGES = {"own association": "own", "other association": "other", "the policy": "policy"}
PAGE_ACTIONS = [
    ("explore", lambda page: get("wagtailadmin_explore", pk(page))),
    ("edit", lambda page: get("wagtailadmin_pages:edit", pk(page))),
    (
        "add child",
        # With one page type allowed below, Wagtail goes straight on to the form for it.
        lambda page: Ask(
            lambda w: reverse("wagtailadmin_pages:add_subpage", args=[pk(page)(w)]), leads_on="/admin/pages/add/"
        ),
    ),
    ("delete", lambda page: get("wagtailadmin_pages:delete", pk(page))),
    ("publish", publish),
    ("unpublish", lambda page: get("wagtailadmin_pages:unpublish", pk(page))),
    ("move", lambda page: get("wagtailadmin_pages:move", pk(page))),
    ("copy", lambda page: get("wagtailadmin_pages:copy", pk(page))),
    ("history", lambda page: get("wagtailadmin_pages:history", pk(page))),
    ("revisions", lambda page: get("wagtailadmin_pages:revisions_compare", pk(page), "earliest", "latest")),
    ("preview", lambda page: get("wagtailadmin_pages:view_draft", pk(page))),
    ("bulk delete confirmation", lambda page: bulk("wagtailcore", "page", "delete", page)),
    ("admin API detail", lambda page: Ask(lambda w: reverse("wagtailadmin_api:pages:detail", args=[pk(page)(w)]))),
    (
        # Wagtail's admin search lists the latest draft titles of the pages it finds, each linked to the page
        # (the title itself is also on the page, as the query typed).
        "found by the admin's page search",
        lambda page: Ask(
            lambda w: reverse("wagtailadmin_pages:search") + "?" + urlencode({"q": title(page)(w)}),
            shows=lambda w: f'href="/admin/pages/{pk(page)(w)}/',
        ),
    ),
    (
        "chosen in the page chooser",
        lambda page: Ask(lambda w: reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={pk(page)(w)}"),
    ),
]
PAGE_OUTCOMES = {
    # action                       own association  other association  the policy
    "explore": ("- + - + +", "- - - + +", "- - + + +"),
    "edit": ("- + - + +", "- - - + +", "- - + + +"),
    "add child": ("- + - + +", "- - - + +", "- - + + +"),
    "delete": ("- - - + +", "- - - + +", "- - - + +"),
    "publish": ("- - - + +", "- - - + +", "- - - + +"),
    "unpublish": ("- - - + +", "- - - + +", "- - - + +"),
    "move": ("- - - + +", "- - - + +", "- - - + +"),
    # Wagtail offers to copy a page within one's own subtree only (the form lists where one may add pages).
    "copy": ("- + - + +", "- - - + +", "- - + + +"),
    "history": ("- + - + +", "- - - + +", "- - + + +"),
    "revisions": ("- + - + +", "- - - + +", "- - + + +"),
    "preview": ("- + - + +", "- - - + +", "- - + + +"),
    "bulk delete confirmation": ("- + - + +", "- - - + +", "- - + + +"),
    "admin API detail": ("- + - + +", "- - - + +", "- - + + +"),
    "found by the admin's page search": ("- + - + +", "- - - + +", "- - + + +"),
    # A policy links to associations: its owners may choose any live page, a representative only their own.
    "chosen in the page chooser": ("- + + + +", "- - + + +", "- - + + +"),
}


def page_rows():
    for action, make in PAGE_ACTIONS:
        if action not in PAGE_OUTCOMES:
            continue
        for (label, attribute), outcomes in zip(PAGES.items(), PAGE_OUTCOMES[action], strict=True):
            yield (f"page {action}: {label}", make(attribute), outcomes)


MEDIA = {
    "image": (
        "wagtailimages",
        "image",
        {"own association": "own_image", "other association": "other_image", "the policy": "policy_image"},
    ),
    "document": (
        "wagtaildocs",
        "document",
        {"own association": "own_document", "other association": "other_document", "the policy": "policy_document"},
    ),
}
COLLECTIONS = {
    "own association": "own_collection",
    "other association": "other_collection",
    "the policy": "policy_collection",
}
MEDIA_OUTCOMES = {
    # action                  own association  other association  the policy
    "listed": ("- + - + +", "- - - + +", "- - + + +"),
    "edit": ("- + - + +", "- - - + +", "- - + + +"),
    "delete": ("- + - + +", "- - - + +", "- - + + +"),
    "upload into": ("- + - + +", "- - - + +", "- - + + +"),
    "admin API listing": ("- - - + +", "- - - + +", "- - - + +"),
    "chosen": ("- + - + +", "- - - + +", "- - + + +"),
}


def media_rows():
    for kind, (app, _model, objects) in MEDIA.items():
        index = "wagtailimages:index" if kind == "image" else "wagtaildocs:index"
        for (label, attribute), (_, collection) in zip(objects.items(), COLLECTIONS.items(), strict=True):
            column = list(objects).index(label)
            asks = {
                "listed": get(index, shows=title(attribute)),
                "edit": get(f"{app}:edit", pk(attribute)),
                "delete": get(f"{app}:delete", pk(attribute)),
                "upload into": upload(kind, collection),
                "admin API listing": Ask(
                    lambda w, a=attribute, k=kind: (
                        reverse(f"wagtailadmin_api:{k}s:listing") + "?" + urlencode({"title": title(a)(w)})
                    ),
                    shows=title(attribute),
                ),
                "chosen": get(f"{app}_chooser:chosen", pk(attribute)),
            }
            for action, ask in asks.items():
                yield (f"{kind} {action}: {label}", ask, MEDIA_OUTCOMES[action][column])


AREAS = [
    # (area and action, the request, outcome for: anonymous representative policy-owner Kommunikation administrator)
    ("dashboard", get("wagtailadmin_home"), "- + + + +"),
    ("collections", get("wagtailadmin_collections:index"), "- - - - +"),
    ("snippets: categories (vocabulary)", get("wagtailsnippets_directory_category:list"), "- - - + +"),
    ("snippets: edit a category", get("wagtailsnippets_directory_category:edit", pk("category")), "- - - + +"),
    ("snippets: guide topics (vocabulary)", get("wagtailsnippets_policy_guidetopic:list"), "- - - + +"),
    ("snippets: edit a guide topic", get("wagtailsnippets_policy_guidetopic:edit", pk("topic")), "- - - + +"),
    # Kommunikation reads the messages citizens send to associations (the kommune's contact point).
    ("snippets: contact messages", get("wagtailsnippets_directory_contactmessage:list"), "- - - + +"),
    (
        "snippets: own association's message",
        get("wagtailsnippets_directory_contactmessage:inspect", pk("own_message")),
        "- - - + +",
    ),
    (
        "snippets: other association's message",
        get("wagtailsnippets_directory_contactmessage:inspect", pk("other_message")),
        "- - - + +",
    ),
    ("report: locked pages", get("wagtailadmin_reports:locked_pages"), "- - - + +"),
    ("report: workflows", get("wagtailadmin_reports:workflow"), "- - - + +"),
    ("report: workflow tasks", get("wagtailadmin_reports:workflow_tasks"), "- - - + +"),
    ("report: site history", get("wagtailadmin_reports:site_history"), "- - - + +"),
    ("report: aging pages", get("wagtailadmin_reports:aging_pages"), "- - - + +"),
    ("report: page types usage", get("wagtailadmin_reports:page_types_usage"), "- - - + +"),
    ("report: guides due for review", get("policy_guides_due_for_review"), "- - + + +"),
    ("report: freshness of the associations", get("directory_freshness_report"), "- - - + +"),
    ("report: frequent searches", get("search_reports:frequent"), "- - - + +"),
    ("report: searches that found nothing", get("search_reports:zero_results"), "- - - + +"),
    ("workflows", get("wagtailadmin_workflows:index"), "- - - - +"),
    ("workflow tasks", get("wagtailadmin_workflows:task_index"), "- - - - +"),
    ("settings: PortalSettings", get("wagtailsettings:edit", "home", "portalsettings", pk("site")), "- - - + +"),
    ("users", get("wagtailusers_users:index"), "- - - - +"),
    ("edit a user", get("wagtailusers_users:edit", pk("user")), "- - - - +"),
    ("groups", get("wagtailusers_groups:index"), "- - - - +"),
    ("edit a group", get("wagtailusers_groups:edit", pk("group")), "- - - - +"),
    ("admin API: pages", get("wagtailadmin_api:pages:listing"), "- + + + +"),
    ("localize: translations report", get("wagtail_localize:translations_report"), "- - - + +"),
    (
        "localize: snippet API, contact messages",
        get("wagtail_localize:snippets_api_listing", "directory", "contactmessage"),
        "- - - + +",
    ),
    (
        "localize: snippet API, categories",
        get("wagtail_localize:snippets_api_listing", "directory", "category"),
        "- - - + +",
    ),
    ("search admin: promotions", get("wagtailsearchpromotions:index"), "- - - + +"),
    ("search admin: synonyms", get("wagtailsnippets_search_synonymgroup:list"), "- - - + +"),
    ("consultation responses: list", get("consultation_responses:index"), "- - + - +"),
    ("consultation responses: inspect", get("consultation_responses:inspect", pk("response")), "- - + - +"),
    ("consultation responses: moderate (POST)", moderate(), "- - + - +"),
    ("consultation responses: attachment", get("consultation_responses:attachment", pk("attachment")), "- - + - +"),
    ("enquiries: list", get("enquiries_admin:index"), "- + - + +"),
    ("enquiries: own association's", get("enquiries_admin:inspect", pk("own_enquiry")), "- + - + +"),
    ("enquiries: other association's", get("enquiries_admin:inspect", pk("other_enquiry")), "- - - + +"),
    # Shortlists for citizens ("Forslag til dig"): Kommunikation and Frivilligvejledere (tests/shortlists), not
    # representatives or policy owners.
    ("shortlists: list", get("shortlists:index"), "- - - + +"),
    (
        "shortlists: create (POST)",
        shortlist_post("shortlists:create", lambda w: {"label": "Karen"}, Shortlist),
        "- - - + +",
    ),
    (
        "shortlists: add an association (POST)",
        shortlist_post("shortlists:add", lambda w: {"page": w.own.pk}, ShortlistItem),
        "- - - + +",
    ),
    ("applications: list", get("association_applications:index"), "- - - + +"),
    ("applications: inspect", get("association_applications:inspect", pk("application")), "- - - + +"),
    # The public JSON APIs answer everyone alike.
    ("API v2: pages", api("/api/v2/pages/"), "+ + + + +"),
    ("API v2: images", api("/api/v2/images/"), "+ + + + +"),
    ("API v2: documents", api("/api/v2/documents/"), "+ + + + +"),
    ("API: search", api("/api/search?q=frivillig"), "+ + + + +"),
    ("API: search suggestions", api("/api/search/suggest?q=fri"), "+ + + + +"),
    ("API: OpenAPI description", api("/api/openapi.json"), "+ + + + +"),
]


def cells():
    rows = [*page_rows(), *media_rows(), *AREAS]
    for where, ask, outcomes in rows:
        expected = outcomes.split()
        assert len(expected) == len(ROLES), where
        for role, outcome in zip(ROLES, expected, strict=True):
            yield pytest.param(role, ask, outcome == "+", id=f"{role} | {where}")


CELLS = list(cells())
MATRIX_SIZE = 655  # 131 rows of actions on objects, for 5 roles


def test_the_matrix_is_as_large_as_reported():
    """The closing note of issue 12 quotes this number; a row added or lost shows here."""
    assert len(CELLS) == MATRIX_SIZE


# One request per cell ------------------------------------------------------------------------------------------------


def outcome(response, ask, world, noted, role):
    """True when the role got what it asked for, False when refused; a 5xx or a stray answer fails the test."""
    status = response.status_code
    assert status < 500, response.content[:500]
    if ask.method == "post":
        return ask.took_effect(world, noted)
    if status == 200:
        return ask.shows is None or ask.shows(world) in response.content.decode()
    if status == 302 and ask.leads_on and response["Location"].startswith(ask.leads_on):
        return True
    if role == "anonymous":
        assert status == 302 and "/login/" in response["Location"], (status, response.get("Location"))
        return False
    assert status in (302, 403, 404), status
    return False


@pytest.mark.parametrize(("role", "ask", "allowed"), CELLS)
def test_who_may_do_what(client, world, role, ask, allowed):
    if role != "anonymous":
        client.force_login(get_user_model().objects.get(username=USERNAMES[role]))
    noted = ask.before(world) if ask.before else None
    address = ask.address(world)
    response = client.post(address, ask.data(world)) if ask.method == "post" else client.get(address)
    assert outcome(response, ask, world, noted, role) is allowed


# A sixth role, Frivilligvejledere (shortlists/migrations/0002): the admin's dashboard and the shortlists, and
# nothing else of the areas above; the public APIs answer them as everyone. One request per row.

GUIDE_ALLOWED = {
    "dashboard",
    "admin API: pages",
    "shortlists: list",
    "shortlists: create (POST)",
    "shortlists: add an association (POST)",
}
GUIDE_CELLS = [
    pytest.param(ask, where in GUIDE_ALLOWED or where.startswith(("API", "API v2")), id=f"Frivilligvejleder | {where}")
    for where, ask, _outcomes in AREAS
]


@pytest.mark.parametrize(("ask", "allowed"), GUIDE_CELLS)
def test_what_a_volunteer_guide_may_do(client, world, ask, allowed):
    guide = get_user_model().objects.create_user("frivilligvejleder", email="vejleder@kommune.dk")
    guide.groups.add(Group.objects.get(name="Frivilligvejledere"))
    client.force_login(guide)
    noted = ask.before(world) if ask.before else None
    address = ask.address(world)
    response = client.post(address, ask.data(world)) if ask.method == "post" else client.get(address)
    assert outcome(response, ask, world, noted, "Frivilligvejleder") is allowed

"""The directory of the demo's second kommune, Nabo Kommune (``manage.py load_demo --site``).

A small neighbour beside Fjordlund on the same installation: two towns of its own, a directory
("Find en forening") with four associations and two volunteer tasks. Fjordlund's towns become
Fjordlund's own then, so each kommune offers only its own towns in its filters.
Like the rest of the demo it only creates what is missing.
"""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Page, Site

from ..models import (
    Activity,
    AssociationContact,
    AssociationPage,
    Category,
    DirectoryIndexPage,
    Locality,
    TargetGroup,
    VolunteerTaskIndexPage,
    VolunteerTaskPage,
)
from . import content

TOWNS = [("Nabohavn", "nabohavn", "4880"), ("Skovby", "skovby", "4881")]

DIRECTORY = {
    "title": "Find en forening",
    "slug": "foreninger",
    "intro": "Foreninger i Nabo Kommune, der gerne tager imod nye medlemmer og frivillige.",
}
TASK_LISTING = {
    "title": "Bliv frivillig",
    "slug": "bliv-frivillig",
    "intro": "Opgaver i Nabo Kommunes foreninger, hvor der er brug for en hånd.",
}

ASSOCIATIONS = [
    {
        "name": "Nabohavn Roklub",
        "slug": "nabohavn-roklub",
        "summary": "Roning og havkajak fra den gamle havn, for begyndere og øvede.",
        "town": "nabohavn",
        "street": "Havnevej 3",
        "categories": ["Idræt og motion"],
        "groups": ["Voksne"],
        "activity": ("Morgenroning", "Vi ror en time, før arbejdsdagen begynder.", "Tirsdag og torsdag kl. 6.30"),
    },
    {
        "name": "Skovby Besøgsvenner",
        "slug": "skovby-besogsvenner",
        "summary": "Frivillige besøgsvenner for ældre, der sidder meget alene.",
        "town": "skovby",
        "street": "Kirkestien 8",
        "categories": ["Socialt arbejde"],
        "groups": ["Ældre"],
        "activity": ("Besøgsven", "En kop kaffe og en snak hver anden uge.", "Efter aftale"),
    },
    {
        "name": "Nabo Lektiecafé",
        "slug": "nabo-lektiecafe",
        "summary": "Hjælp til lektier for skolebørn på biblioteket i Nabohavn.",
        "town": "nabohavn",
        "street": "Biblioteksgade 1",
        "categories": ["Børn og unge"],
        "groups": ["Børn"],
        "activity": ("Lektiecafé", "Frivillige hjælper med dansk, matematik og engelsk.", "Mandag kl. 15–17"),
    },
    {
        "name": "Skovby Naturgruppe",
        "slug": "skovby-naturgruppe",
        "summary": "Naturpleje og ture i Skovby Skov for hele familien.",
        "town": "skovby",
        "street": "Skovvej 20",
        "categories": ["Natur og miljø"],
        "groups": ["Familier"],
        "activity": ("Naturpleje", "Vi rydder krat og holder stierne i skoven fri.", "Første lørdag i måneden"),
    },
]

TASKS = [
    {
        "association": "nabohavn-roklub",
        "title": "Instruktør til begynderhold",
        "slug": "instruktoer-til-begynderhold",
        "summary": "Lær nye roere at ro sikkert i havnen, to morgener om ugen.",
        "what_you_do": "Du viser nye medlemmer, hvordan man ror, og tager med på de første ture.",
        "commitment": VolunteerTaskPage.WEEKLY,
        "hours": 3,
    },
    {
        "association": "nabo-lektiecafe",
        "title": "Lektiehjælper om mandagen",
        "slug": "lektiehjaelper-om-mandagen",
        "summary": "Hjælp skolebørn med lektierne en eftermiddag om ugen.",
        "what_you_do": "Du sidder med en lille gruppe børn og hjælper dem i gang med opgaverne.",
        "commitment": VolunteerTaskPage.WEEKLY,
        "hours": 2,
    },
]


def load_second_site(command, site, home):
    """Nabo Kommune's towns, directory, associations and tasks, where missing; returns its page keys."""
    made = []
    fjordlund_towns = [spec["slug"] for spec in content.LOCALITIES]
    # The towns and their translations (Arabic "فيوردلوند" is Fjordlund's as much as the Danish one is).
    keys = list(Locality.objects.sources().filter(slug__in=fjordlund_towns).values_list("translation_key", flat=True))
    others = Locality.objects.filter(translation_key__in=keys, site__isnull=True)
    default_site_id = Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()
    if default_site_id and others.update(site_id=default_site_id):
        made.append("Fjordlund's towns as Fjordlund's own")
    towns = {}
    for name, slug, _postcode in TOWNS:
        town, created = Locality.objects.sources().get_or_create(slug=slug, defaults={"name": name, "site": site})
        towns[slug] = town
        if created:
            made.append(f"the town {name}")
    directory = listing(home, DirectoryIndexPage, DIRECTORY, made)
    listing(home, VolunteerTaskIndexPage, TASK_LISTING, made)
    categories = {category.name: category for category in Category.objects.sources()}
    groups = {group.name: group for group in TargetGroup.objects.sources()}
    existing = {page.slug: page for page in AssociationPage.objects.child_of(directory)}
    for spec in ASSOCIATIONS:
        if spec["slug"] in existing:
            continue
        page = association(spec, towns, categories, groups)
        directory.add_child(instance=page)
        page.save_revision(clean=False).publish()  # add_child has just validated the page.
        existing[spec["slug"]] = page
        made.append(page.title)
    today = timezone.localdate()
    for spec in TASKS:
        parent = existing[spec["association"]]
        if Page.objects.child_of(parent).filter(slug=spec["slug"]).exists():
            continue
        task = VolunteerTaskPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            what_you_do=spec["what_you_do"],
            time_commitment=spec["commitment"],
            hours=Decimal(spec["hours"]),
            start_date=today + timedelta(days=14),
            locality=parent.locality,
            live=False,
        )
        parent.add_child(instance=task)
        task.save_revision(clean=False).publish()
        made.append(task.title)
    if made:
        command.report(f"Nabo Kommune: created {', '.join(made)}")


def listing(home, model, spec, made):
    page = model.objects.child_of(home).first()
    if page is None:
        page = model(**spec, show_in_menus=True, live=False)
        home.add_child(instance=page)
        page.save_revision().publish()
        made.append(page.title)
    return page


def association(spec, towns, categories, groups):
    town = towns[spec["town"]]
    postcode = next(code for _name, slug, code in TOWNS if slug == spec["town"])
    name, description, when = spec["activity"]
    page = AssociationPage(
        title=spec["name"],
        slug=spec["slug"],
        summary=spec["summary"],
        locality=town,
        street=spec["street"],
        postcode=postcode,
        city=town.name,
        meeting_times=when,
        contact_form_enabled=True,
        live=False,
    )
    page.categories = [categories[name] for name in spec["categories"] if name in categories]
    page.target_groups = [groups[name] for name in spec["groups"] if name in groups]
    page.activities = [Activity(name=name, description=description, when=when, is_free=True)]
    page.contacts = [AssociationContact(role="Formand", email=f"formand@{spec['slug']}.nabo.example.dk")]
    return page

"""Puts the directory's demo content in place for ``manage.py load_demo``.

The towns, "Find en forening" with the associations under it, their volunteer
tasks, "Bliv frivillig", a few drawn logos, and the representatives to log in as.
The words live in content.py, associations.py and tasks.py beside this file.

Like the rest of the demo it only creates what is missing, finding pages by slug
under their parent, so a second run changes nothing and never overwrites what
an editor has changed. The browser tests load the demo before every test, so the
loader keeps its queries down: it looks up what exists in a few queries and writes
one revision per page (load_demo updates the search index once, at the end).
"""

import zlib
from datetime import timedelta
from decimal import Decimal
from functools import partial

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from wagtail.models import Collection, Page

from home.demo import artwork
from search import documents

from ..access import association_collection, grant_association_access
from ..models import (
    Activity,
    AssociationContact,
    AssociationPage,
    Category,
    DirectoryIndexPage,
    KommuneUnitPage,
    Locality,
    SocialLink,
    TargetGroup,
    VolunteerTaskIndexPage,
    VolunteerTaskPage,
)
from ..validators import CVR_WEIGHTS
from . import content
from .associations import ASSOCIATIONS
from .tasks import TASKS
from .units import FRESHNESS, UNITS

EMAIL_DOMAIN = "example.dk"  # Every association gets its own made-up domain under it.


def load(command, home, pages, images):
    """The ``portal_demo_content`` hook's work: returns the representatives to log in as."""
    return DirectoryDemo(command, home, pages, images).load()


class DirectoryDemo:
    """One run of the directory's demo, with the command, the home page and the shared page keys at hand."""

    def __init__(self, command, home, pages, images):
        self.command = command
        self.home = home
        self.pages = pages
        self.images = images
        self.today = timezone.localdate()

    def load(self):
        localities = self.load_localities()
        directory = self.load_listing_page(content.DIRECTORY_PAGE, DirectoryIndexPage)
        tasks_page = self.load_listing_page(content.TASK_PAGE, VolunteerTaskIndexPage, after=directory)
        if directory is None or tasks_page is None:
            return []
        associations = self.load_associations(directory, localities)
        tasks = self.load_tasks(directory, associations, localities)
        if associations.new or tasks:
            self.command.report(
                f"Created {len(associations.new)} associations and {len(tasks)} volunteer tasks in the directory"
            )
        self.load_freshness(associations.new)
        units, projects = self.load_units(directory, localities)
        if units or projects:
            self.command.report(f"Created {len(units)} kommune units and {len(projects)} of their projects")
        return self.representatives(associations)

    # Towns

    def load_localities(self):
        """The kommune's towns by slug, creating those that are missing."""
        existing = {
            town.slug: town
            for town in Locality.objects.sources().filter(slug__in=[spec["slug"] for spec in content.LOCALITIES])
        }
        missing = [spec for spec in content.LOCALITIES if spec["slug"] not in existing]
        for order, spec in enumerate(content.LOCALITIES):
            if spec in missing:
                existing[spec["slug"]] = Locality.objects.create(
                    name=spec["name"], slug=spec["slug"], description=spec["description"], sort_order=order * 10
                )
        if missing:
            self.command.report(f"Created the towns: {', '.join(spec['name'] for spec in missing)}")
        return existing

    # The two listing pages

    def load_listing_page(self, spec, model, after=None):
        """A listing page under the home page, made where missing and added to ``pages`` under its key.

        A new one takes the menu place of the plain page it replaces: right after ``after``, or first.
        Returns None if another kind of page holds the slug (such as the plain page of a demo
        loaded before the directory existed): that page is left alone, and so is the directory."""
        page = Page.objects.child_of(self.home).filter(slug=spec["slug"]).specific().first()
        if page is not None and not isinstance(page, model):
            self.command.stderr.write(
                f"Skipped the directory's demo: /{spec['slug']}/ is a {page.specific_class.__name__}, not a "
                f"{model.__name__}. Delete that page, or load the demo into a fresh database."
            )
            self.pages[spec["key"]] = page
            return None
        if page is None:
            fields = {name: spec[name] for name in ("title", "slug", "intro", "search_description")}
            if "no_results_text" in spec:
                fields["no_results_text"] = spec["no_results_text"]
            page = model(**fields, show_in_menus=True, live=False)
            self.home.add_child(instance=page)
            # Move the page from last to its place, then read it again: moving changes paths in the database only.
            if after is None:
                Page.objects.get(pk=page.pk).move(self.home, pos="first-child")
            else:
                Page.objects.get(pk=page.pk).move(Page.objects.get(pk=after.pk), pos="right")
            page = model.objects.get(pk=page.pk)
            if "body" in spec:
                page.body = self.command.stream(spec["body"], self.images, self.pages)
            page.save_revision().publish()
            self.command.report(f"Created the page {page.title!r}")
        self.pages[spec["key"]] = page
        return page

    # Associations

    def load_associations(self, directory, localities):
        """Every demo association by slug; ``.new`` lists those created now."""
        existing = {page.slug: page for page in AssociationPage.objects.child_of(directory)}
        result = Found(existing)
        missing = [(number, spec) for number, spec in enumerate(ASSOCIATIONS) if spec["slug"] not in existing]
        if not missing:
            return result
        categories = {category.name: category for category in Category.objects.sources()}
        groups = {group.name: group for group in TargetGroup.objects.sources()}
        representatives = {rep["association"] for rep in content.REPRESENTATIVES}
        for number, spec in missing:
            page = self.association(number, spec, localities, categories, groups)
            directory.add_child(instance=page)
            if spec["slug"] in representatives:
                # As staff would in the admin: the association gets its own group and collection,
                # and its representative (created with the users) joins them.
                grant_association_access(page, send_invitations=False)
            if "logo" in spec:
                page.logo = self.logo(page, spec)
            page.save_revision(clean=False).publish()  # add_child has just validated the page.
            result[spec["slug"]] = page
            result.new.append(page)
        return result

    def association(self, number, spec, localities, categories, groups):
        """An unsaved association page with its activities, contacts and links (``number`` spreads the map pins)."""
        town = localities[spec["town"]]
        town_spec = next(item for item in content.LOCALITIES if item["slug"] == spec["town"])
        domain = f"{spec['slug']}.{EMAIL_DOMAIN}"
        page = AssociationPage(
            title=spec["name"],
            slug=spec["slug"],
            summary=spec["summary"],
            description=self.command.stream(spec["about"], self.images, self.pages),
            locality=town,
            street=spec["street"],
            postcode=town_spec["postcode"],
            city=town.name,
            meeting_place=spec["place"],
            meeting_times=spec["times"],
            membership_fee=spec["fee"],
            website=f"https://{domain}" if spec.get("web") else "",
            cvr=cvr_number(spec["slug"]) if spec.get("cvr") else "",
            contact_form_enabled=spec.get("form", False),
            live=False,
        )
        if spec.get("pin"):
            page.latitude, page.longitude = pin(town_spec["centre"], number)
        page.categories = [categories[name] for name in spec["categories"]]
        page.target_groups = [groups[name] for name in spec["groups"]]
        page.activities = [
            Activity(
                name=item["name"],
                description=item["description"],
                when=item["when"],
                where=item["where"] or spec["place"],
                target_group=groups[item["group"]],
                is_free=not item["price"],
                price=item["price"],
                no_danish_needed=item["no_danish_needed"],
                accessible_venue=item["accessible_venue"],
            )
            for item in spec["activities"]
        ]
        contacts = [("Formand", "formand", *spec.get("person", ())), *spec.get("contacts", [])]
        page.contacts = [self.contact(domain, *contact, phone=spec.get("phone", "")) for contact in contacts]
        page.social_links = [
            SocialLink(platform=platform, url=f"https://www.{platform}.example/{spec['slug']}")
            for platform in spec.get("social", [])
        ]
        return page

    def contact(self, domain, role, mailbox, person_name="", person_phone="", phone=""):
        """A role address; a person's name and phone only with consent on record, as the model demands."""
        contact = AssociationContact(role=role, email=f"{mailbox}@{domain}")
        if mailbox == "formand":
            contact.phone = phone  # The association's own number goes with its main address.
        if person_name:
            contact.person_name = person_name
            contact.person_phone = person_phone
            contact.consent_given_by = person_name
            contact.consent_given_on = self.today - timedelta(days=30 + zlib.crc32(domain.encode()) % 300)
        return contact

    def logo(self, association, spec):
        """The association's drawn logo, in its own collection if it has one (so its representatives can swap it)."""
        initials, colour = spec["logo"]
        collection = association_collection(association) or Collection.get_first_root_node()
        image_spec = {"title": f"{spec['name']} – logo", "description": f"Logo for {spec['name']}"}
        draw = partial(artwork.emblem, initials, colour)
        return self.command.image(collection, image_spec, f"logo-{spec['slug']}.png", draw, created=[])

    # Volunteer tasks

    def load_tasks(self, directory, associations, localities):
        """Create the demo tasks that are missing under their associations; returns the new ones."""
        slugs_by_path = {page.path: slug for slug, page in associations.items()}
        existing = {
            (slugs_by_path.get(path[: -Page.steplen]), slug)
            for path, slug in VolunteerTaskPage.objects.descendant_of(directory).values_list("path", "slug")
        }
        towns = {spec["slug"]: spec["town"] for spec in ASSOCIATIONS}
        new = []
        for spec in TASKS:
            association = associations.get(spec["association"])
            if association is None or (spec["association"], spec["slug"]) in existing:
                continue
            task = self.task(spec, localities[spec.get("town", towns[spec["association"]])])
            association.add_child(instance=task)
            task.save_revision(clean=False).publish()  # add_child has just validated the page.
            new.append(task)
        return new

    def task(self, spec, locality):
        """An unsaved task page; its dates count from today."""

        def day(key):
            return self.today + timedelta(days=spec[key]) if spec.get(key) is not None else None

        return VolunteerTaskPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            what_you_do=spec["what_you_do"],
            time_commitment=spec["commitment"],
            hours=Decimal(str(spec["hours"])),
            start_date=day("start"),
            end_date=day("end"),
            deadline=day("deadline"),
            skills=spec.get("skills", ""),
            requires_child_certificate=spec.get("child_certificate", False),
            minimum_age=spec.get("minimum_age"),
            language_requirements=spec.get("language", ""),
            no_danish_needed=spec.get("no_danish", False),
            where=spec.get("where", ""),
            locality=locality,
            status=spec.get("status", VolunteerTaskPage.OPEN),
            live=False,
        )

    # How fresh the associations are

    def load_freshness(self, new_associations):
        """Put the few associations of units.FRESHNESS in their state, when they are created (never again).

        Written with update() as directory/freshness.py does; a page gone "ikke bekræftet" leaves the search."""
        now = timezone.now()
        for association in new_associations:
            spec = FRESHNESS.get(association.slug)
            if spec is None:
                continue
            confirmed = now - relativedelta(months=spec["confirmed_months_ago"], days=spec["days_more"])
            values = {
                "last_confirmed_at": confirmed,
                "freshness_reminders_sent": spec["reminders"],
                "freshness_reminded_at": now - timedelta(days=spec["reminded_days_ago"]),
                "unconfirmed": spec.get("unconfirmed", False),
            }
            AssociationPage.objects.filter(pk=association.pk).update(**values)
            for name, value in values.items():
                setattr(association, name, value)
            if association.unconfirmed:
                documents.sync_page(association, descendants=True)

    # The kommune's own units

    def load_units(self, directory, localities):
        """The units of units.UNITS and their projects, those missing created; returns the new ones of each."""
        existing = {page.slug: page for page in KommuneUnitPage.objects.child_of(directory)}
        categories = {category.name: category for category in Category.objects.sources()}
        groups = {group.name: group for group in TargetGroup.objects.sources()}
        new_units, new_projects = [], []
        for spec in UNITS:
            unit = existing.get(spec["slug"])
            if unit is None:
                unit = self.unit(spec, localities, categories, groups)
                directory.add_child(instance=unit)
                unit.save_revision(clean=False).publish()  # add_child has just validated the page.
                new_units.append(unit)
            have = set(VolunteerTaskPage.objects.child_of(unit).values_list("slug", flat=True))
            for project in spec["projects"]:
                if project["slug"] in have:
                    continue
                task = self.task(project, localities[spec["town"]])
                unit.add_child(instance=task)
                task.save_revision(clean=False).publish()
                new_projects.append(task)
        return new_units, new_projects

    def unit(self, spec, localities, categories, groups):
        town = localities[spec["town"]]
        town_spec = next(item for item in content.LOCALITIES if item["slug"] == spec["town"])
        page = KommuneUnitPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            description=self.command.stream(spec["about"], self.images, self.pages),
            locality=town,
            street=spec["street"],
            postcode=town_spec["postcode"],
            city=town.name,
            contact_name=spec["contact_name"],
            contact_email=spec["contact_email"],
            contact_phone=spec["contact_phone"],
            live=False,
        )
        page.categories = [categories[name] for name in spec["categories"]]
        page.target_groups = [groups[name] for name in spec["groups"]]
        return page

    # Representatives

    def representatives(self, associations):
        """User specs for load_demo: each representative edits only its own association, under moderation."""
        specs = []
        for rep in content.REPRESENTATIVES:
            association = associations.get(rep["association"])
            if association is None:  # Deleted by an editor: nothing to represent.
                continue
            specs.append(
                {
                    "username": rep["username"],
                    "first_name": rep["first_name"],
                    "last_name": rep["last_name"],
                    "email": rep["email"],
                    "role": f"Association representative ({association.title})",
                    "password_env": content.REPRESENTATIVE_PASSWORD_ENV,
                    "default_password": content.REPRESENTATIVE_DEFAULT_PASSWORD,
                    "superuser": False,
                    "groups": [],
                    "setup": partial(add_representative, association.pk),
                }
            )
        return specs


class Found(dict):
    """Pages by slug, remembering which were created in this run."""

    def __init__(self, *args):
        super().__init__(*args)
        self.new = []


def add_representative(association_pk, user):
    """Add a new demo user to its association's group, the way staff give access in the admin."""
    association = AssociationPage.objects.get(pk=association_pk)
    grant_association_access(association, emails=[user.email], send_invitations=False)


def cvr_number(seed):
    """A CVR number that passes the modulus 11 check, the same for the same seed.

    Seven digits from the seed (first digit not 0), then the eighth that makes the
    weighted sum divisible by 11; seeds whose check digit would be 10 move on."""
    base = 1_000_000 + zlib.crc32(seed.encode()) % 9_000_000
    while True:
        digits = [int(digit) for digit in str(base)]
        check = -sum(digit * weight for digit, weight in zip(digits, CVR_WEIGHTS[:7], strict=True)) % 11
        if check < 10:
            return f"{base}{check}"
        base = base + 1 if base < 9_999_999 else 1_000_000


def pin(centre, number):
    """A map position a few hundred metres from the town centre, spread by the association's number."""
    latitude, longitude = centre
    return (
        Decimal(f"{latitude + ((number * 7) % 11 - 5) * 0.0012:.6f}"),
        Decimal(f"{longitude + ((number * 5) % 13 - 6) * 0.0018:.6f}"),
    )

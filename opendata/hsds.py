"""The directory of one site as HSDS 3.0 (Open Referral Human Services Data Specification) objects.

What maps to what:

- an **organization** is a live, public association page of the site (one that went "ikke
  bekræftet", directory/freshness.py, is left out, as the listings leave it out), with its CVR
  number as an ``organization_identifier`` (scheme ``DK-CVR``, org-id.guide's code for the
  Danish company register);
- a **service** is one of its activities (the "Aktiviteter og tilbud" on its page) or one of its
  volunteer tasks (status ``inactive`` once the task is filled or past its deadline);
- a **location** is the association's own address (with its map position), and each place an
  activity or task names in "Hvor" (a free-text name such as "Hallen, Skolevej 3");
- a **service at location** joins a service to the place it names, or to the association's
  address when it names none or names the association's own meeting place;
- **contacts** are the contacts the association page shows, by the page's own rule
  (directory/api.py): none when the association uses the contact form, a person's name and
  phone only with recorded consent; the consent record itself never;
- **taxonomy terms** are the three vocabularies (categories, target groups, localities), linked
  as ``attributes``: an organization has its categories, target groups and locality; an activity
  its association's categories and locality and its own target group (else the association's);
  a task its association's categories and its own locality (else the association's).

Ids are derived (opendata/ids.py). Everything one request needs is read in a fixed number of
queries (``Directory.load``), whatever the number of associations, and then filtered and paged
in memory: a kommune's directory is a few hundred associations, not millions.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from core.pages import private_q
from directory.models import (
    Activity,
    AssociationContact,
    AssociationPage,
    Category,
    Locality,
    TargetGroup,
    VolunteerTaskPage,
)

from . import ids

HSDS_VERSION = "3.0"
COUNTRY = "DK"
CVR_SCHEME = "DK-CVR"

# The vocabularies as taxonomies: (kind in the ids, model).
TAXONOMIES = (("category", Category), ("target_group", TargetGroup), ("locality", Locality))


def iso(moment):
    return moment.isoformat() if moment else None


def pruned(data):
    """HSDS strings may not be null: a field without a value is left out (no "website" for a club without one)."""
    return {key: value for key, value in data.items() if value is not None and value != ""}


# Taxonomies


@dataclass
class Term:
    kind: str
    obj: object

    @property
    def id(self):
        return ids.term_id(self.kind, self.obj.pk)

    def as_hsds(self):
        return pruned(
            {
                "id": str(self.id),
                "code": self.obj.slug,
                "name": self.obj.name,
                "description": self.obj.description,
                "taxonomy": taxonomy_name(self.kind),
                "taxonomy_id": str(ids.taxonomy_id(self.kind)),
                "language": settings.LANGUAGE_CODE,  # the vocabularies are kept in Danish only
            }
        ) | {"description": self.obj.description}  # required, even when empty


def taxonomy_name(kind):
    model = dict(TAXONOMIES)[kind]
    return str(model._meta.verbose_name_plural).capitalize()


TAXONOMY_DESCRIPTIONS = {
    "category": gettext_lazy("What an association does, as the portal's directory files it."),
    "target_group": gettext_lazy("Whom an association or activity is for."),
    "locality": gettext_lazy("The towns and districts of the kommune."),
}


def taxonomies():
    return [
        {
            "id": str(ids.taxonomy_id(kind)),
            "name": taxonomy_name(kind),
            "description": str(TAXONOMY_DESCRIPTIONS[kind]),
        }
        for kind, _model in TAXONOMIES
    ]


def all_terms(site=None):
    """Every term of the three vocabularies the site uses, taxonomy by taxonomy (three queries).

    Towns belong to one site or are shared (``Locality.site``): Nabo Kommune's feed lists its own and
    the shared towns, never Fjordlund's."""
    return [
        Term(kind, obj)
        for kind, model in TAXONOMIES
        for obj in (
            model.objects.for_site(site) if kind == "locality" and site is not None else model.objects.all()
        ).sources()
    ]


def attribute(link_id, link_entity, term):
    return {
        "id": str(ids.derived(link_id, f"attribute/{term.id}")),
        "link_id": str(link_id),
        "link_type": term.kind,
        "link_entity": link_entity,
        "taxonomy_term_id": str(term.id),
        "taxonomy_term": term.as_hsds(),
    }


# The directory of a site


@dataclass
class Location:
    id: object
    org: "Organization"
    name: str
    main: bool = False

    def as_hsds(self):
        page = self.org.page
        data = {
            "id": str(self.id),
            "location_type": "physical",
            "organization_id": str(self.org.id),
            "name": self.name,
        }
        if self.main:
            if page.latitude is not None and page.longitude is not None:
                data["latitude"] = float(page.latitude)
                data["longitude"] = float(page.longitude)
            # HSDS requires a whole address (street, postcode and town); a partial one is left out.
            if page.street and page.postcode and page.city:
                data["addresses"] = [
                    {
                        "id": str(ids.derived(self.id, "address")),
                        "location_id": str(self.id),
                        "address_1": page.street,
                        "city": page.city,
                        "state_province": settings.HSDS_STATE_PROVINCE,
                        "postal_code": page.postcode,
                        "country": COUNTRY,
                        "address_type": "physical",
                    }
                ]
        return pruned(data)


@dataclass
class Service:
    """An activity or a volunteer task of an organization."""

    id: object
    org: "Organization"
    activity: Activity | None = None
    task: VolunteerTaskPage | None = None
    url: str = ""
    locations: list = field(default_factory=list)

    @property
    def name(self):
        return self.activity.name if self.activity else self.task.title

    @property
    def modified(self):
        if self.task and self.task.last_published_at:
            return self.task.last_published_at
        return self.org.page.last_published_at

    @property
    def terms(self):
        org = self.org
        found = list(org.categories)
        if self.activity:
            group = org.terms_by_key.get(("target_group", self.activity.target_group_id))
            found += [group] if group else org.target_groups
            found += [org.locality] if org.locality else []
        else:
            place = org.terms_by_key.get(("locality", self.task.locality_id)) or org.locality
            found += [place] if place else []
        return found

    def text(self):
        """What the search filter looks in."""
        if self.activity:
            parts = [self.activity.name, self.activity.description, self.activity.where, self.org.page.title]
        else:
            parts = [self.task.title, self.task.summary, self.task.where, self.org.page.title]
        return " ".join(parts).casefold()

    def as_hsds(self, full=False):
        if self.activity:
            activity = self.activity
            data = {
                "description": activity.description,
                "fees_description": _("Free") if activity.is_free else activity.price,
                "eligibility_description": activity.target_group.name if activity.target_group else None,
                "status": "active",
            }
        else:
            task = self.task
            data = {
                "description": task.summary,
                "status": "active" if task.is_open else "inactive",
                "minimum_age": task.minimum_age,
                "eligibility_description": task.skills,
            }
        data = {
            "id": str(self.id),
            "organization_id": str(self.org.id),
            "name": self.name,
            "url": self.url,
            **data,
            "last_modified": iso(self.modified),
        }
        data = pruned(data)
        data["organization"] = self.org.as_hsds()
        if full:
            data["schedules"] = self.schedules()
            data["service_at_locations"] = [at.as_hsds(nested_in_service=True) for at in self.at_locations()]
            data["attributes"] = [attribute(self.id, "service", term) for term in self.terms]
        return data

    def schedules(self):
        if self.activity:
            when = self.activity.when
            schedule = {"description": when} if when else None
        else:
            task = self.task
            description = str(task.get_time_commitment_display())
            if task.hours is not None:
                description += ", " + _("about %(hours)s hours") % {"hours": f"{task.hours:g}"}
            schedule = {
                "description": description,
                "valid_from": task.start_date.isoformat() if task.start_date else None,
                "valid_to": task.end_date.isoformat() if task.end_date else None,
            }
        if schedule is None:
            return []
        return [pruned({"id": str(ids.derived(self.id, "schedule")), "service_id": str(self.id), **schedule})]

    def at_locations(self):
        return [ServiceAtLocation(self, location) for location in self.locations]


@dataclass
class ServiceAtLocation:
    service: Service
    location: Location

    @property
    def id(self):
        return ids.service_at_location_id(self.service.id, self.location.id)

    def as_hsds(self, full=False, nested_in_service=False):
        data = {
            "id": str(self.id),
            "service_id": str(self.service.id),
            "location_id": str(self.location.id),
            "location": self.location.as_hsds(),
        }
        if not nested_in_service:
            data["service"] = self.service.as_hsds(full=full)
        if full:
            data["schedules"] = self.service.schedules()
        return data


class Organization:
    """An association page with its activities, tasks, places and contacts, as HSDS sees them."""

    def __init__(self, page, terms_by_key, request):
        self.page = page
        self.terms_by_key = terms_by_key
        self.id = ids.organization_id(page)
        self.url = page.get_full_url(request) or ""
        self.categories = [terms_by_key[("category", c.pk)] for c in page.categories.all()]
        self.target_groups = [terms_by_key[("target_group", t.pk)] for t in page.target_groups.all()]
        self.locality = terms_by_key.get(("locality", page.locality_id))
        self.services = []
        self.places = {}
        self.main_location = None
        if page.street or page.postcode or page.city or page.latitude is not None or page.meeting_place:
            self.main_location = Location(
                ids.main_location_id(self.id), self, page.meeting_place or page.title, main=True
            )

    @property
    def modified(self):
        return self.page.last_published_at

    @property
    def terms(self):
        return self.categories + self.target_groups + ([self.locality] if self.locality else [])

    @property
    def locations(self):
        return ([self.main_location] if self.main_location else []) + list(self.places.values())

    def where(self, name):
        """The location a service names in its "Hvor", or the association's own when it names none."""
        key = ids.place_key(name)
        # No place named, or the association's own meeting place by name ("Klubhuset"): its own address.
        if not key or (self.main_location and key == ids.place_key(self.page.meeting_place)):
            return [self.main_location] if self.main_location else []
        if key not in self.places:
            self.places[key] = Location(ids.place_location_id(self.id, name), self, name.strip())
        return [self.places[key]]

    def text(self):
        page = self.page
        return " ".join([page.title, page.summary, page.city, *(s.name for s in self.services)]).casefold()

    def public_contacts(self):
        """The contacts the page shows: none behind the contact form; a person only with consent on record."""
        if self.page.contact_form_enabled:
            return []
        return list(self.page.contacts.all())

    def as_hsds(self, full=False, full_service=False):
        page = self.page
        contacts = self.public_contacts()
        data = pruned(
            {
                "id": str(self.id),
                "name": page.title,
                "description": page.summary,
                "email": contacts[0].email if contacts else None,
                "website": page.website,
            }
        )
        data.setdefault("description", "")  # required
        if not full:
            return data
        data["organization_identifiers"] = (
            [
                {
                    "id": str(ids.derived(self.id, f"identifier/{CVR_SCHEME}")),
                    "organization_id": str(self.id),
                    "identifier_scheme": CVR_SCHEME,
                    "identifier_type": _("CVR number"),
                    "identifier": page.cvr,
                }
            ]
            if page.cvr
            else []
        )
        data["contacts"] = [self.contact(item) for item in contacts]
        data["locations"] = [location.as_hsds() for location in self.locations]
        data["attributes"] = [attribute(self.id, "organization", term) for term in self.terms]
        services = [service.as_hsds(full=full_service) for service in self.services]
        if not full_service:
            for service in services:
                service.pop("organization")  # it is this one
        data["services"] = services
        return data

    def contact(self, item):
        contact_id = ids.contact_id(self.id, item.pk)
        phones = []
        if item.phone:
            phones.append(("role", item.phone))
        if item.shows_person and item.person_phone:
            phones.append(("person", item.person_phone))
        return pruned(
            {
                "id": str(contact_id),
                "organization_id": str(self.id),
                "name": item.person_name if item.shows_person else None,
                "title": item.role,
                "email": item.email,
            }
        ) | {
            "phones": [
                {"id": str(ids.derived(contact_id, f"phone/{kind}")), "contact_id": str(contact_id), "number": number}
                for kind, number in phones
            ]
        }


def _parent_path(path):
    return path[: -Page.steplen]


class Directory:
    """Every organization, service and location of one site, read in a fixed number of queries."""

    def __init__(self, organizations, terms):
        self.organizations = organizations
        self.terms = terms
        self.services = [service for org in organizations for service in org.services]

    @classmethod
    def load(cls, site, request):
        root = site.root_page
        private = private_q()  # one look at the view restrictions, for associations and tasks
        terms = all_terms(site)
        terms_by_key = {(term.kind, term.obj.pk): term for term in terms}
        pages = (
            AssociationPage.objects.live()
            .exclude(private)
            .descendant_of(root, inclusive=True)
            .filter(locale_id=root.locale_id, unconfirmed=False)
            .defer_streamfields()
            .prefetch_related(
                Prefetch("categories", queryset=Category.objects.only("id")),
                Prefetch("contacts", queryset=AssociationContact.objects.order_by("sort_order", "pk")),
                Prefetch("target_groups", queryset=TargetGroup.objects.only("id")),
                Prefetch(
                    "activities", queryset=Activity.objects.select_related("target_group").order_by("sort_order", "pk")
                ),
            )
            .order_by("path")
        )
        organizations = [Organization(page, terms_by_key, request) for page in pages]
        by_path = {org.page.path: org for org in organizations}
        for org in organizations:
            for activity in org.page.activities.all():
                service = Service(
                    ids.activity_service_id(org.id, activity.pk),
                    org,
                    activity=activity,
                    url=f"{org.url}#aktivitet-{activity.pk}" if org.url else "",
                )
                service.locations = org.where(activity.where)
                org.services.append(service)
        tasks = (
            VolunteerTaskPage.objects.live()
            .exclude(private)
            .descendant_of(root)
            .filter(locale_id=root.locale_id)
            .defer("what_you_do")
            .order_by("path")
        )
        for task in tasks:
            org = by_path.get(_parent_path(task.path))
            if org is None:  # a kommune unit's task, or one under an association left out above
                continue
            service = Service(ids.task_service_id(task), org, task=task, url=task.get_full_url(request) or "")
            service.locations = org.where(task.where)
            org.services.append(service)
        return cls(organizations, terms)

    def service_at_locations(self):
        return [at for service in self.services for at in service.at_locations()]

    def locations(self):
        return [location for org in self.organizations for location in org.locations]

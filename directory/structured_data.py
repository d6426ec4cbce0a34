"""What the directory's pages tell search engines (schema.org JSON-LD; the protocol is core/structured_data.py).

An association is an ``NGO``; a kommune unit a ``GovernmentOrganization`` under the kommune; an
open volunteer task a ``JobPosting`` with ``employmentType`` "VOLUNTEER" (a closed one is a plain
``WebPage``: Google asks that a posting nobody can answer any more is no longer marked up as one);
the two listings are ``CollectionPage``s. Only what the page itself shows is given: an association's
addresses and phone numbers only when it shows them (not behind its contact form), role contacts
only (a person's name and phone stay on the page, where the consent was given for).

The page models mix these classes in. They read what the page's own template reads (the logo, the
town, the contacts and links the page's context has prefetched), so the markup costs no query of
its own, except a task's organiser's logo (one).
"""

import datetime

from django.utils import timezone

from core.structured_data import (
    contact_point,
    image_url,
    node,
    organisation,
    page_url,
    plain,
    postal_address,
    text_of_html,
    thing,
    web_page,
)
from home.models import PortalSettings

COUNTRY = "DK"


def organisation_id(page, request):
    return f"{page_url(page, request)}#organisation"


def association_node(page, request, details=True):
    """An association as an NGO; with ``details`` also its public contacts and links (its own page)."""
    properties = {}
    if details:
        links = [page.website, *(link.url for link in page.social_links.all())]
        properties["sameAs"] = list(dict.fromkeys(link for link in links if link))
        if not page.contact_form_enabled:  # addresses behind the contact form are not shown, so not given
            properties["contactPoint"] = [
                contact_point(contact_type=contact.role, email=contact.email, telephone=contact.phone)
                for contact in page.contacts.all()
            ]
        properties["taxID"] = page.cvr
        properties["areaServed"] = node("Place", name=page.locality.localized.name) if page.locality_id else None
    return organisation(
        "NGO",
        id=organisation_id(page, request),
        name=page.title,
        url=page_url(page, request),
        description=plain(page.summary),
        logo=image_url(page.logo, request) if page.logo_id else "",
        address=postal_address(page.street, page.postcode, page.city),
        **properties,
    )


def unit_node(page, request, details=True):
    """A kommune unit as a GovernmentOrganization belonging to the kommune."""
    properties = {}
    if details:
        properties["contactPoint"] = contact_point(
            contact_type=page.contact_name, email=page.contact_email, telephone=page.contact_phone
        )
        properties["areaServed"] = node("Place", name=page.locality.localized.name) if page.locality_id else None
    return organisation(
        "GovernmentOrganization",
        id=organisation_id(page, request),
        name=page.title,
        url=page_url(page, request),
        description=plain(page.summary),
        logo=image_url(page.logo, request) if page.logo_id else "",
        address=postal_address(page.street, page.postcode, page.city),
        parentOrganization=PortalSettings.for_request(request).organisation(request),
        **properties,
    )


class AssociationStructuredData:
    def structured_data(self, request):
        return [thing("NGO", **association_node(self, request))]


class KommuneUnitStructuredData:
    def structured_data(self, request):
        return [thing("GovernmentOrganization", **unit_node(self, request))]


class VolunteerTaskStructuredData:
    def task_organiser(self):
        """The association or kommune unit the task sits under, or None: one query for the whole organiser, as the
        frame's router (home/frame.py) reads the pages along the path with only their tree fields, and the
        organiser's deferred address fields would otherwise cost a query each (street, postcode, city, …)."""
        parent = self.get_parent()
        parent = getattr(parent, "specific", parent)
        return parent if hasattr(parent, "organiser_contact_emails") else None

    def job_location(self, organiser):
        """Where the task is: its own place and town; the organiser's address when the task is at the organiser's."""
        town = self.locality.name if self.locality_id else ""
        at_organiser = organiser is not None and (not self.locality_id or self.locality_id == organiser.locality_id)
        if at_organiser:
            address = postal_address(organiser.street, organiser.postcode, organiser.city or town)
        else:
            address = postal_address(city=town)
        return node(
            "Place",
            name=self.where or (organiser.title if at_organiser else town),
            address=address or node("PostalAddress", addressCountry=COUNTRY),
        )

    def structured_data(self, request):
        organiser = self.task_organiser()
        if not self.is_open:
            return [web_page(self, request, description=self.summary)]
        if organiser is None:
            hiring = PortalSettings.for_request(request).organisation(request)
        elif hasattr(organiser, "contact_form_enabled"):
            hiring = association_node(organiser, request, details=False)
        else:
            hiring = unit_node(organiser, request, details=False)
        # The last day one can say yes (open_on: a deadline or end counts in full), to its end in Danish time.
        last_day = min(filter(None, [self.deadline, self.end_date]), default=None)
        valid_through = (
            timezone.make_aware(datetime.datetime.combine(last_day, datetime.time(23, 59, 59))) if last_day else None
        )
        return [
            thing(
                "JobPosting",
                title=self.title,
                description=plain(f"{self.summary} {text_of_html(self.what_you_do)}"),
                url=page_url(self, request),
                datePosted=self.first_published_at,
                validThrough=valid_through,
                jobStartDate=self.start_date,
                employmentType="VOLUNTEER",
                hiringOrganization=hiring,
                jobLocation=self.job_location(organiser),
                directApply=True,  # "Jeg vil gerne hjælpe": the enquiry form on the portal
                qualifications=plain(self.skills),
            )
        ]

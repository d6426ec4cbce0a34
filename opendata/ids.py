"""The HSDS identifiers: stable UUIDs derived from what the directory already keeps, with no table of their own.

HSDS wants a UUID for every object, and one that does not change when the data is edited or
imported again, or a client that syncs the feed sees every association vanish and come back.
The rule, so anyone can check it:

- an organization (an association page) is its page's Wagtail ``translation_key``: a UUID every
  page has from the day it is made, kept through edits, moves, moderation and re-imports
  (``import_associations`` updates the page with the same ``external_id``, never a new one);
- a volunteer task (a service) is its own page's ``translation_key`` likewise;
- everything that belongs to an organization is ``uuid5(organization id, "<kind>/<stable key>")``:
  an activity ``activity/<its row id>`` (Wagtail keeps an inline row's id through edits), a
  contact ``contact/<row id>``, the association's own address ``location/main``, a place an
  activity or task names ``location/place/<the place's name, lower case, spaces collapsed>``;
- what belongs to those is derived from them the same way: a service at a location is
  ``uuid5(service id, "at/<location id>")``, a schedule ``uuid5(service id, "schedule")``,
  a phone ``uuid5(contact id, "phone/role")``;
- a taxonomy is ``uuid5(NAMESPACE, "taxonomy/<category|target_group|locality>")`` and a term
  ``uuid5(taxonomy id, "term/<row id>")``, so renaming a term keeps its id.

Example: an association with translation_key 5f0c…, whose activity row 17 is "Fodbold U10",
has that service at ``uuid5(UUID("5f0c…"), "activity/17")``, the same every day.
"""

import re
import uuid

# The portal's own namespace for ids that belong to no page (the taxonomies). Fixed forever.
NAMESPACE = uuid.UUID("7d1f2c9e-4b6a-5e3d-9c8b-0a1f2e3d4c5b")


def derived(parent, key):
    """The id of something that belongs to ``parent`` (a UUID), named by a key that does not change."""
    return uuid.uuid5(parent, key)


def organization_id(page):
    return page.translation_key


def task_service_id(task):
    return task.translation_key


def activity_service_id(org_id, activity_pk):
    return derived(org_id, f"activity/{activity_pk}")


def contact_id(org_id, contact_pk):
    return derived(org_id, f"contact/{contact_pk}")


def main_location_id(org_id):
    return derived(org_id, "location/main")


def place_key(name):
    """A place as written, in a form that edits of spacing or case do not change: "Hallen  B" = "hallen b"."""
    return re.sub(r"\s+", " ", name).strip().casefold()


def place_location_id(org_id, name):
    return derived(org_id, f"location/place/{place_key(name)}")


def service_at_location_id(service_id, location_id):
    return derived(service_id, f"at/{location_id}")


def taxonomy_id(kind):
    return derived(NAMESPACE, f"taxonomy/{kind}")


def term_id(kind, term_pk):
    return derived(taxonomy_id(kind), f"term/{term_pk}")

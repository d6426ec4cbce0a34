"""Every kind of HSDS answer validates against the official compiled schemas of HSDS 3.0, with zero errors.

The schemas are not in this repository: they are the Open Referral project's, in ``../shared/hsds-3.0/compiled/``
next to it (or wherever HSDS_SCHEMA_DIR points). Without that folder these tests are skipped, saying so. The
root document, the taxonomies and the terms have no compiled schema, so they are not checked here.
Formats (uuid, uri, email, date-time) are checked too, not only the structure.
"""

import json
import os
from functools import cache
from pathlib import Path

import jsonschema_rs
import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

SCHEMA_DIR = Path(
    os.environ.get("HSDS_SCHEMA_DIR") or Path(settings.BASE_DIR).parent / "shared" / "hsds-3.0" / "compiled"
)
needs_schemas = pytest.mark.skipif(
    not (SCHEMA_DIR / "organization.json").is_file(),
    reason=f"The official HSDS 3.0 schemas are not in {SCHEMA_DIR} (set HSDS_SCHEMA_DIR to the folder that has them).",
)

# The paginated envelope, from the HSDS OpenAPI description (components/schemas/Page), with ``contents``.
PAGE = {
    "type": "object",
    "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    "properties": {
        "total_items": {"type": "integer"},
        "total_pages": {"type": "integer"},
        "page_number": {"type": "integer"},
        "size": {"type": "integer"},
        "first_page": {"type": "boolean"},
        "last_page": {"type": "boolean"},
        "empty": {"type": "boolean"},
        "contents": {"type": "array"},
    },
}


@cache
def validator(name):
    schema = json.loads((SCHEMA_DIR / name).read_text()) if name else PAGE
    return jsonschema_rs.validator_for(schema, validate_formats=True)


def errors(name, instance):
    return [f"{error.instance_path}: {error.message}" for error in validator(name).iter_errors(instance)]


def page_errors(item_schema, page):
    found = errors(None, page)
    for item in page["contents"]:
        found += errors(item_schema, item)
    return found


@needs_schemas
@pytest.mark.parametrize(
    ("path", "item_schema"),
    [
        ("/organizations", "organization_list.json"),
        ("/organizations?full=true&full_service=true", "organization.json"),
        ("/services", "service_list.json"),
        ("/services?full=true", "service.json"),
        ("/service_at_locations", "service_at_location_list.json"),
        ("/service_at_locations?full=true", "service_at_location.json"),
    ],
)
def test_every_list_validates(client, clubs, path, item_schema):
    page = client.get(f"/api/hsds{path}").json()
    assert page["contents"]
    assert page_errors(item_schema, page) == []


@needs_schemas
def test_every_single_object_validates(client, clubs):
    services = client.get("/api/hsds/services").json()["contents"]
    at_locations = client.get("/api/hsds/service_at_locations").json()["contents"]
    found = []
    for org in client.get("/api/hsds/organizations").json()["contents"]:
        for params in ("", "?full_service=true"):
            found += errors("organization.json", client.get(f"/api/hsds/organizations/{org['id']}{params}").json())
    for service in services:
        found += errors("service.json", client.get(f"/api/hsds/services/{service['id']}").json())
    for at in at_locations:
        found += errors("service_at_location.json", client.get(f"/api/hsds/service_at_locations/{at['id']}").json())
    assert found == []


@needs_schemas
def test_the_schemas_do_catch_a_mistake(client, clubs):
    """The check can fail: an organization without its required description, or with an id that is no UUID."""
    org = client.get("/api/hsds/organizations").json()["contents"][0]
    assert errors("organization_list.json", {**org, "id": "R-1"})
    del org["description"]
    assert errors("organization_list.json", org)


@needs_schemas
def test_the_demo_kommunes_whole_directory_validates(client, demo):
    """Sixty associations as a kommune writes them: partial addresses, places named in many ways, tasks."""
    found = []
    for path, item_schema in [
        ("/organizations?full=true&full_service=true&per_page=200", "organization.json"),
        ("/service_at_locations?full=true&per_page=200", "service_at_location.json"),
    ]:
        page = client.get(f"/api/hsds{path}").json()
        assert page["total_items"] >= 60 and page["last_page"]
        found += page_errors(item_schema, page)
    assert found == []

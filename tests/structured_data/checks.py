"""Reading a page's schema.org JSON-LD as a crawler does, and what Google requires of each type.

``problems_of(obj)`` lists what is missing in one object: use it in an app's own tests of its
``structured_data()`` (``thing()``/dicts straight from the method) as well as on parsed pages.
"""

import extruct

SCRIPT_TAG = '<script type="application/ld+json">'
SCHEMA_ORG = "https://schema.org"
ORGANISATIONS = {"Organization", "NGO", "GovernmentOrganization", "LocalBusiness", "EducationalOrganization"}
WEB_PAGES = {"WebPage", "CollectionPage", "SearchResultsPage", "AboutPage", "ContactPage", "ItemPage", "FAQPage"}
# What a page of the portal may add to its trail without saying what it is: nothing. Every page type
# gives at least one object of its own (an Event, an Article, a WebPage, …).
TRAIL_ONLY = {"BreadcrumbList"}


# Reading a page as a crawler does


def json_ld(html):
    """Every JSON-LD object of a page, as extruct reads it (a top-level array gives its items)."""
    return extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]


def of_type(objects, schema_type):
    return [obj for obj in objects if obj.get("@type") == schema_type]


def one_of_type(objects, schema_type):
    found = of_type(objects, schema_type)
    assert len(found) == 1, f"expected one {schema_type}, found {[obj.get('@type') for obj in objects]}"
    return found[0]


# What each type must carry (Google's required properties, and what the issue asks for)


def _has(obj, path):
    value = obj
    for key in path.split("."):
        if isinstance(value, list):
            value = value[0] if value else None
        if not isinstance(value, dict) or key not in value or value[key] in ("", None, [], {}):
            return False
        value = value[key]
    return True


REQUIRED = {
    "JobPosting": [
        "title",
        "description",
        "datePosted",
        "hiringOrganization.name",
        "jobLocation.address.addressCountry",
        "employmentType",
    ],
    "Article": ["headline", "datePublished", "author.name", "publisher.name"],
    "Event": ["name", "startDate", "location", "eventStatus", "eventAttendanceMode"],
    "WebSite": ["name", "url"],
    "BreadcrumbList": ["itemListElement"],
}
REQUIRED.update({name: ["name", "url"] for name in ORGANISATIONS | WEB_PAGES})


def problems_of(obj):
    """What is missing or wrong in one top-level object (empty when it is fine)."""
    found = []
    if obj.get("@context") != SCHEMA_ORG:
        found.append(f"@context is {obj.get('@context')!r}")
    schema_type = obj.get("@type")
    if not schema_type:
        return [*found, "no @type"]
    found += [f"{schema_type} without {path}" for path in REQUIRED.get(schema_type, []) if not _has(obj, path)]
    if schema_type == "JobPosting" and obj.get("employmentType") != "VOLUNTEER":
        found.append(f"JobPosting employmentType {obj.get('employmentType')!r}")
    if schema_type == "Event":
        found += [
            f"Event {key} {obj.get(key)!r} is not a schema.org URL"
            for key in ("eventStatus", "eventAttendanceMode")
            if obj.get(key) and not str(obj[key]).startswith(("https://schema.org/", "http://schema.org/"))
        ]
    if schema_type == "BreadcrumbList":
        items = obj.get("itemListElement") or []
        if [item.get("position") for item in items] != list(range(1, len(items) + 1)):
            found.append("BreadcrumbList positions are not 1, 2, 3, …")
        found += [
            f"ListItem {item.get('position')} without {key}"
            for item in items
            for key in ("name", "item")
            if not item.get(key)
        ]
    return found

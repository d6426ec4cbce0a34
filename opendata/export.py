"""The directory of a site as the file ``import_associations`` reads (directory/importer.py), CSV or JSON.

So a kommune can move its register between installations, or keep working on it in a spreadsheet:
what this writes, the importer reads back into the same associations. The columns are the
importer's (``COLUMNS``), in its order; lists (categories, target groups) are names separated by
"|" in CSV and JSON lists in JSON; the description is its text, paragraphs separated by a blank
line, as the importer reads it. The email and phone are those of the contact with the role the
importer keeps ("Kontakt"), or else of the first contact, so importing the file gives the
association one contact with them.

Every published association of the site is exported, also one that went "ikke bekræftet" or sits
behind a view restriction: this is the kommune's own register, for staff (the command, and the
download in the admin for those with EXPORT_PERMISSION), not open data. A page never published has no
content to move and is left out. An association made in the admin has no ``external_id``; its page's
``translation_key`` (its HSDS id, opendata/ids.py) stands in, so the file is complete and a second
import of it updates rather than duplicates.
"""

import csv
import html
import io
import json
import re

from django.db.models import Prefetch

from directory.importer import COLUMNS, CONTACT_ROLE, LIST_COLUMNS
from directory.models import AssociationContact, AssociationPage

FORMATS = ("csv", "json")
CSV_DELIMITER = ";"  # what Danish Excel writes and reads
# Who may download the export in the admin: the directory's staff permission (Kommunikation has it,
# directory migration 0006), never a representative (checked as well, opendata/wagtail_hooks.py).
EXPORT_PERMISSION = "directory.edit_technical_fields"


def associations(site):
    """The site's published associations in its own language, in the directory's order, with what a row needs."""
    root = site.root_page
    return (
        AssociationPage.objects.live()
        .descendant_of(root, inclusive=True)
        .filter(locale_id=root.locale_id)
        .select_related("locality")
        .prefetch_related(
            "categories",
            "target_groups",
            Prefetch("contacts", queryset=AssociationContact.objects.order_by("sort_order", "pk")),
        )
        .order_by("path")
    )


def rich_text_to_text(source):
    """A paragraph's HTML as the importer's text: <br> a line break, a new <p> a blank line, no tags, no entities."""
    text = re.sub(r"<br\s*/?>", "\n", source)
    text = re.sub(r"</p>\s*<p[^>]*>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    lines = (line.strip() for line in html.unescape(text).split("\n"))
    return "\n".join(lines).strip()


def description_text(stream):
    """The text of the description's paragraphs and headings, one blank line between them; images and the like go."""
    parts = []
    for block in stream:
        if block.block_type == "paragraph":
            parts.append(rich_text_to_text(block.value.source))
        elif block.block_type == "heading":
            parts.append(block.value["text"].strip())
    return "\n\n".join(part for part in parts if part)


def contact_for_import(page):
    contacts = list(page.contacts.all())
    chosen = next((c for c in contacts if c.role.strip().casefold() == CONTACT_ROLE.casefold()), None)
    return chosen or (contacts[0] if contacts else None)


def row(page):
    contact = contact_for_import(page)
    return {
        "external_id": page.external_id or str(page.translation_key),
        "name": page.title,
        "summary": page.summary,
        "description": description_text(page.description),
        "categories": [term.name for term in page.categories.all()],
        "target_groups": [term.name for term in page.target_groups.all()],
        "locality": page.locality.name if page.locality else "",
        "address": page.street,
        "postcode": page.postcode,
        "city": page.city,
        "email": contact.email if contact else "",
        "phone": contact.phone if contact else "",
        "website": page.website,
        "meeting_times": page.meeting_times,
        "cvr": page.cvr,
    }


def rows(site):
    return [row(page) for page in associations(site)]


def as_json(data):
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def as_csv(data):
    """Semicolons and a byte order mark, so Excel opens it as "CSV UTF-8" with æ, ø and å intact."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter=CSV_DELIMITER)
    writer.writeheader()
    for item in data:
        writer.writerow({key: "|".join(value) if key in LIST_COLUMNS else value for key, value in item.items()})
    return "\ufeff" + out.getvalue()


def export(site, file_format):
    """The site's directory as the text of a file in ``file_format`` ("csv" or "json")."""
    data = rows(site)
    return as_csv(data) if file_format == "csv" else as_json(data)


def filename(site, file_format):
    """E.g. "foreninger-testrup.csv": the site's name, so files from two kommuner do not mix."""
    name = re.sub(r"[^a-z0-9]+", "-", (site.site_name or site.hostname).lower()).strip("-") or "site"
    return f"foreninger-{name}.{file_format}"

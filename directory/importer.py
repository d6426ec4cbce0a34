"""Import associations from a CSV or JSON file, as a kommune's own register exports them.

Reading, checking and saving live here rather than in the management command, so
an upload view in the admin can reuse them and show the same row-by-row report.

A row is keyed by its ``external_id``: importing the same file again updates the
same association (never a duplicate) and, when nothing differs, saves nothing.
A column the file does not have leaves that field alone; a column that is there
but empty clears the field. The exception is email: without one the association's
contacts are left as they are, since a contact cannot exist without an address.
"""

import csv
import html
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import Site
from wagtail.search import index

from core.sites import site_of

from .models import AssociationContact, AssociationPage, Category, DirectoryIndexPage, Locality, TargetGroup
from .validators import validate_cvr, validate_postcode

REQUIRED_COLUMNS = ("external_id", "name", "summary")
OPTIONAL_COLUMNS = (
    "description",
    "categories",
    "target_groups",
    "locality",
    "address",
    "postcode",
    "city",
    "email",
    "phone",
    "website",
    "meeting_times",
    "cvr",
)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
# Columns that hold a list of names, separated by "|" (or a JSON list).
LIST_COLUMNS = ("categories", "target_groups")
# The contact the import keeps up to date; contacts with other roles are the association's own.
CONTACT_ROLE = "Kontakt"
CSV_DELIMITERS = (";", ",", "\t")
DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"


class AssociationImportError(Exception):
    """The import cannot start: the file is unreadable or malformed as a whole, or there is no directory."""


@dataclass
class Record:
    """One row of the file before it is checked.

    ``number`` is what the report shows: the physical line a CSV row starts on (the
    header is line 1), or the 1-based position of an object in a JSON list.
    """

    number: int
    values: dict
    problem: str = ""


@dataclass
class ImportFile:
    format: str  # "csv" or "json"
    records: list
    ignored_columns: list = field(default_factory=list)

    @property
    def unit(self):
        return _("line") if self.format == "csv" else _("object")


@dataclass
class RowResult:
    number: int
    outcome: str
    external_id: str = ""
    name: str = ""
    errors: list = field(default_factory=list)
    page: AssociationPage | None = None

    @property
    def reason(self):
        return " ".join(self.errors)


@dataclass
class ImportReport:
    file: ImportFile
    results: list
    dry_run: bool = False
    draft: bool = False

    def rows(self, outcome):
        return [result for result in self.results if result.outcome == outcome]

    @property
    def counts(self):
        return {outcome: len(self.rows(outcome)) for outcome in (CREATED, UPDATED, UNCHANGED, SKIPPED)}


@dataclass
class CleanRow:
    """A row in the page's own terms, as far as its values could be read."""

    external_id: str
    fields: dict  # page attribute -> value, only for columns the file has
    description: list | None = None  # raw stream data
    categories: list | None = None
    target_groups: list | None = None
    contact: dict | None = None  # {"email": …, "phone": …}; phone only when the file has the column


# Reading the file


def read_import_file(content, filename=""):
    """Decode and split a file into records; raises AssociationImportError for a file that cannot be read at all."""
    suffix = Path(filename).suffix.lower()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if suffix in (".csv", ".txt", ".json"):
            raise AssociationImportError(
                _(
                    "The file is not UTF-8 text (byte %(position)d cannot be read). "
                    "From Excel, save it as “CSV UTF-8” and try again."
                )
                % {"position": error.start + 1}
            ) from error
        text = None
    file_format = detect_format(text, suffix)
    if file_format == "json":
        return parse_json(text)
    return parse_csv(text)


def detect_format(text, suffix=""):
    """The extension decides; without a known one, JSON starts with "[" and CSV with a header we know."""
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".txt"):
        return "csv"
    if text is not None:
        start = text.lstrip()
        if start.startswith(("[", "{")):
            return "json"
        first_line = start.split("\n", 1)[0].lower()
        if all(column in first_line for column in REQUIRED_COLUMNS):
            return "csv"
    raise AssociationImportError(
        _(
            "Unknown file format%(suffix)s. Import a .csv file (UTF-8, separated by semicolons or commas) "
            "or a .json file with a list of objects. From Excel, save as “CSV UTF-8”."
        )
        % {"suffix": f" ({suffix})" if suffix else ""}
    )


def parse_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AssociationImportError(
            _("The file is not valid JSON: %(message)s at line %(line)d, column %(column)d.")
            % {"message": error.msg, "line": error.lineno, "column": error.colno}
        ) from error
    if not isinstance(data, list):
        raise AssociationImportError(_("The JSON file must hold a list of objects, one for each association."))
    records, unknown = [], set()
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            records.append(Record(number, {}, _("This is not a JSON object with keys and values.")))
            continue
        values = {}
        for key, value in item.items():
            column = str(key).strip().lower()
            if column in COLUMNS:
                values[column] = value
            else:
                unknown.add(str(key))
        records.append(Record(number, values))
    return ImportFile("json", records, sorted(unknown))


def parse_csv(text):
    # Split lines only at \n, \r and \r\n, as the csv module expects; str.splitlines()
    # would also split at characters such as U+2028 inside a cell.
    first_line = io.StringIO(text, newline="").readline()
    if not first_line.strip():
        raise AssociationImportError(_("The file is empty or starts with an empty line."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
    try:
        header = [name.strip().lower() for name in next(reader)]
    except csv.Error as error:
        raise AssociationImportError(_("The header line cannot be read: %(error)s") % {"error": error}) from error
    for name in set(header):
        if name and header.count(name) > 1:
            raise AssociationImportError(_("The column “%(column)s” appears more than once.") % {"column": name})
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise AssociationImportError(
            _("The file lacks the required column(s) %(missing)s. The header line has: %(found)s.")
            % {
                "missing": ", ".join(missing),
                "found": ", ".join(name for name in header if name) or _("nothing"),
            }
        )
    columns = [(position, name) for position, name in enumerate(header) if name in COLUMNS]
    ignored = [name for name in header if name and name not in COLUMNS]
    records = []
    line_after_previous = reader.line_num + 1
    try:
        for row in reader:
            number, line_after_previous = line_after_previous, reader.line_num + 1
            if not any(value.strip() for value in row):
                continue  # blank lines and rows of empty cells, as spreadsheets leave them
            problem = ""
            if len(row) < len(header) or any(value.strip() for value in row[len(header) :]):
                problem = _("The row has %(found)d values but the header has %(expected)d columns.") % {
                    "found": len(row),
                    "expected": len(header),
                }
            values = {name: row[position] for position, name in columns if position < len(row)}
            records.append(Record(number, values, problem))
    except csv.Error as error:
        raise AssociationImportError(
            _("Line %(line)d cannot be read: %(error)s") % {"line": reader.line_num, "error": error}
        ) from error
    return ImportFile("csv", records, ignored)


def sniff_delimiter(header_line):
    """The delimiter that splits the header into the most column names we know (Danish Excel uses ";")."""

    def known_columns(delimiter):
        names = next(csv.reader([header_line], delimiter=delimiter), [])
        return sum(name.strip().lower() in COLUMNS for name in names)

    return max(CSV_DELIMITERS, key=known_columns)


# Checking a row


class Vocabulary:
    """Names of a vocabulary, matched exactly but ignoring case and surrounding spaces."""

    def __init__(self, model):
        terms = model.objects.all() if isinstance(model, type) else model  # or a queryset: a site's localities
        terms = terms.sources()  # the import names the Danish terms, the ones pages point at
        self.terms = {term.name.strip().casefold(): term for term in terms}

    def get(self, name):
        return self.terms.get(name.strip().casefold())


def text_of(value, max_length=None):
    """A cell as trimmed text; JSON numbers are fine (a CVR or postcode may come as one), objects are not."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValidationError(_("This must be text."))
    text = str(value).strip()
    if "\x00" in text:
        raise ValidationError(_("The text contains a NUL character."))
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            _("This is too long: %(length)d characters, at most %(max)d.") % {"length": len(text), "max": max_length}
        )
    return text


def names_of(value):
    """A "|"-separated list (or a JSON list) of names, without empty ones."""
    items = value if isinstance(value, list) else text_of(value).split("|")
    return [name for name in (text_of(item) for item in items) if name]


def description_blocks(text):
    """Paragraphs separated by blank lines become paragraph blocks; the text is escaped, never read as HTML."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [paragraph.strip() for paragraph in re.split(r"\n[ \t]*\n", text)]
    return [{"type": "paragraph", "value": paragraph_html(paragraph)} for paragraph in paragraphs if paragraph]


def paragraph_html(paragraph):
    lines = (html.escape(line.strip(), quote=False) for line in paragraph.split("\n"))
    return "<p>" + "<br/>".join(lines) + "</p>"


def max_length_of(name):
    return AssociationPage._meta.get_field(name).max_length


# Importing


def default_parent():
    """The first association directory in the default site's language."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    parents = DirectoryIndexPage.objects.order_by("path")
    if site is not None:
        parents = parents.filter(locale_id=site.root_page.locale_id)
    parent = parents.first()
    if parent is None:
        raise AssociationImportError(
            _(
                "There is no association directory page to import into. "
                "Create one in the admin, or give the ID of the parent page with --parent."
            )
        )
    return parent


def parent_by_id(page_id):
    parent = DirectoryIndexPage.objects.filter(pk=page_id).first()
    if parent is None:
        raise AssociationImportError(
            _("Page %(id)s is not an association directory; associations can only be imported into one.")
            % {"id": page_id}
        )
    return parent


class AssociationImporter:
    """Checks each record and creates, updates or leaves alone the association it describes.

    With ``draft`` new associations are not published and a live association keeps
    its live version (the import becomes a draft revision); with ``dry_run`` nothing is
    saved, but the report says what would have happened.
    """

    def __init__(self, parent, *, draft=False, dry_run=False, user=None):
        self.parent = parent
        self.draft = draft
        self.dry_run = dry_run
        self.user = user
        self.categories = Vocabulary(Category)
        self.target_groups = Vocabulary(TargetGroup)
        # Several kommuner on one installation: the towns of the site imported into, and the shared ones.
        self.site = site_of(parent)
        self.localities = Vocabulary(Locality.objects.for_site(self.site))

    def run(self, import_file, progress=None):
        """Import every record; ``progress`` may wrap the records, e.g. in a progress bar."""
        duplicates = self.duplicate_ids(import_file)
        records = progress(import_file.records) if progress else import_file.records
        results = [self.import_record(record, duplicates, import_file.unit) for record in records]
        return ImportReport(import_file, results, dry_run=self.dry_run, draft=self.draft)

    def duplicate_ids(self, import_file):
        """external_id -> record numbers, for ids that occur more than once (every occurrence is skipped)."""
        numbers = {}
        for record in import_file.records:
            try:
                external_id = text_of(record.values.get("external_id"))
            except ValidationError:
                continue
            if external_id:
                numbers.setdefault(external_id, []).append(record.number)
        return {external_id: found for external_id, found in numbers.items() if len(found) > 1}

    def import_record(self, record, duplicates=None, unit="line"):
        result = RowResult(record.number, SKIPPED)
        for column in ("external_id", "name"):
            value = record.values.get(column)
            setattr(result, column, value.strip() if isinstance(value, str) else "")
        if record.problem:
            result.errors = [record.problem]
            return result
        row, errors = self.clean(record.values)
        if row.external_id in (duplicates or {}):
            others = ", ".join(str(number) for number in duplicates[row.external_id] if number != record.number)
            errors.append(
                _("external_id: “%(id)s” is also used on %(unit)s %(others)s.")
                % {"id": row.external_id, "unit": unit, "others": others}
            )
        if errors:
            result.errors = errors
            return result
        try:
            with transaction.atomic():
                result.outcome, result.page = self.save(row)
        except ValidationError as error:
            # The page's own validation, as a last safeguard behind the checks in clean().
            messages = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
            result.errors = [
                f"{name}: {message}" if name else message for name, ms in messages.items() for message in ms
            ]
        return result

    def clean(self, values):
        """The row in the page's terms and a list of everything wrong with it, as "column: reason"."""
        row = CleanRow(external_id="", fields={})
        errors = []
        required = _("This is required.")
        for column in REQUIRED_COLUMNS:
            value = values.get(column)
            if value is None or (isinstance(value, str) and not value.strip()):
                errors.append(f"{column}: {required}")
        for column in COLUMNS:
            if column not in values or column in ("email", "phone"):
                continue
            try:
                getattr(self, f"clean_{column}")(row, values[column])
            except ValidationError as error:
                errors.extend(f"{column}: {message}" for message in error.messages)
        if "email" in values or "phone" in values:
            errors.extend(self.clean_contact(row, values))
        return row, errors

    def clean_external_id(self, row, value):
        row.external_id = text_of(value, max_length_of("external_id"))

    def clean_name(self, row, value):
        row.fields["title"] = text_of(value, max_length_of("title"))

    def clean_summary(self, row, value):
        row.fields["summary"] = text_of(value, max_length_of("summary"))

    def clean_address(self, row, value):
        row.fields["street"] = text_of(value, max_length_of("street"))

    def clean_city(self, row, value):
        row.fields["city"] = text_of(value, max_length_of("city"))

    def clean_meeting_times(self, row, value):
        row.fields["meeting_times"] = text_of(value, max_length_of("meeting_times"))

    def clean_description(self, row, value):
        row.description = description_blocks(text_of(value))

    def clean_categories(self, row, value):
        row.categories = self.terms(self.categories, value)

    def clean_target_groups(self, row, value):
        row.target_groups = self.terms(self.target_groups, value)

    @staticmethod
    def terms(vocabulary, value):
        found, unknown = [], []
        for name in names_of(value):
            term = vocabulary.get(name)
            if term is None:
                unknown.append(f"“{name}”")
            elif term not in found:
                found.append(term)
        if unknown:
            raise ValidationError(_("Unknown name(s): %(names)s.") % {"names": ", ".join(unknown)})
        return found

    def clean_locality(self, row, value):
        name = text_of(value)
        term = self.localities.get(name) if name else None
        if name and term is None:
            raise ValidationError(_("Unknown name: “%(name)s”.") % {"name": name})
        row.fields["locality"] = term

    def clean_postcode(self, row, value):
        text = text_of(value)
        if text:
            validate_postcode(text)
        row.fields["postcode"] = text

    def clean_cvr(self, row, value):
        text = text_of(value).replace(" ", "")
        if text:
            validate_cvr(text)
        row.fields["cvr"] = text

    def clean_website(self, row, value):
        text = text_of(value)
        if text and "://" not in text:
            text = "https://" + text  # "www.forening.dk", as people write it
        if text:
            URLValidator(schemes=["http", "https"])(text)
        row.fields["website"] = text_of(text, max_length_of("website"))

    def clean_contact(self, row, values):
        """Email and phone fill one contact with the role "Kontakt"; a contact cannot be without an email."""
        errors = []
        contact_field = AssociationContact._meta.get_field
        try:
            email = text_of(values.get("email"), contact_field("email").max_length)
            if email:
                validate_email(email)
        except ValidationError as error:
            errors.extend(f"email: {message}" for message in error.messages)
            email = ""
        try:
            phone = text_of(values.get("phone"), contact_field("phone").max_length)
        except ValidationError as error:
            errors.extend(f"phone: {message}" for message in error.messages)
            phone = ""
        if phone and not email and not errors:
            needs_email = _("A phone number needs an email address in the same row.")
            errors.append(f"phone: {needs_email}")
        if email:
            row.contact = {"email": email}
            if "phone" in values:
                row.contact["phone"] = phone
        return errors

    def save(self, row):
        """Create, update or leave the association; returns the outcome and the page."""
        existing = AssociationPage.objects.filter(external_id=row.external_id).first()
        if existing is None:
            return self.create(row)
        if self.draft:
            # A draft builds on the newest revision, so an earlier draft is not lost and
            # an identical draft import saves nothing.
            page = existing.get_latest_revision_as_object()
            if not self.apply(page, row):
                return UNCHANGED, existing
        else:
            # Publishing builds on the live version: an editor's unpublished draft is never
            # published by an import without going through moderation.
            page = existing
            if not self.apply(page, row) and page.live:
                return UNCHANGED, existing
        if self.dry_run:
            page.full_clean()  # what save_revision() would check, e.g. an old value entered before a validator
            return UPDATED, existing
        revision = page.save_revision(user=self.user, log_action=True)
        if not self.draft:
            revision.publish(user=self.user)
            self.reindex(page)
        return UPDATED, existing

    def create(self, row):
        title = row.fields["title"]
        if self.dry_run:
            return CREATED, None
        page = AssociationPage(title=title, external_id=row.external_id, live=False)
        self.apply(page, row)
        page.slug = find_available_slug(self.parent, self.slug_for(title, row.external_id))
        self.parent.add_child(instance=page)
        revision = page.save_revision(user=self.user, log_action=False)
        log(instance=page, action="wagtail.create", user=self.user, content_changed=True)
        if not self.draft:
            revision.publish(user=self.user)
            self.reindex(page)
        return CREATED, page

    @staticmethod
    def slug_for(title, external_id):
        """A Danish-friendly slug from the name, kept when the association is renamed later."""
        slug = slugify(title.translate(DANISH_LETTERS))[:80].strip("-")
        return slug or slugify(f"forening-{external_id}")[:80].strip("-") or "forening"

    @staticmethod
    def reindex(page):
        """Index categories and the like too: the save signal fires before related rows are written."""
        index.insert_or_update_object(AssociationPage.objects.get(pk=page.pk))

    def apply(self, page, row):
        """Put the row's values on the page in memory; True if anything differed."""
        changed = False
        for attribute, value in row.fields.items():
            if attribute == "locality":
                if page.locality_id != (value.pk if value else None):
                    page.locality = value
                    changed = True
            elif getattr(page, attribute) != value:
                setattr(page, attribute, value)
                changed = True
        if row.description is not None:
            current = [(block["type"], block["value"]) for block in page.description.raw_data]
            if current != [(block["type"], block["value"]) for block in row.description]:
                page.description = row.description
                changed = True
        for name in LIST_COLUMNS:
            terms = getattr(row, name)
            if terms is not None:
                manager = getattr(page, name)
                if {term.pk for term in manager.all()} != {term.pk for term in terms}:
                    manager.set(terms)
                    changed = True
        if row.contact is not None:
            changed = self.apply_contact(page, row.contact) or changed
        return changed

    @staticmethod
    def apply_contact(page, values):
        contacts = list(page.contacts.all())
        contact = next((c for c in contacts if c.role.strip().casefold() == CONTACT_ROLE.casefold()), None)
        if contact is None:
            contacts.append(AssociationContact(role=CONTACT_ROLE, sort_order=len(contacts), **values))
        elif all(getattr(contact, name) == value for name, value in values.items()):
            return False
        else:
            for name, value in values.items():
                setattr(contact, name, value)
        # Set the whole list so the change is held in memory until the revision is saved.
        page.contacts.set(contacts)
        return True

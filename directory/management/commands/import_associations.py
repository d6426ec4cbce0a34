"""Import associations from the kommune's own register (CSV or JSON) into the directory.

The work is done by directory.importer, so an admin upload can share it; this
command reads the file, shows progress and prints the report. Bad rows are
reported and skipped, so the exit code is 0 unless the file as a whole is unusable.
"""

import logging
import shutil

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from directory.importer import (
    CREATED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    AssociationImporter,
    AssociationImportError,
    default_parent,
    parent_by_id,
    read_import_file,
)


class Command(BaseCommand):
    @property
    def help(self):
        # Translated when the command runs, after Django has set up translations.
        return _(
            "Import associations from a CSV file (UTF-8, separated by semicolons or commas) or a JSON file "
            "(a list of objects). Rows are matched on external_id, so importing again updates the same "
            "associations. Required columns: external_id, name, summary. Optional: description, categories, "
            "target_groups (names separated by |), locality, address, postcode, city, email, phone, website, "
            "meeting_times, cvr."
        )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("The .csv or .json file to import."))
        parser.add_argument(
            "--parent",
            type=int,
            metavar="PAGE_ID",
            help=_(
                "ID of the association directory to create new associations under "
                "(default: the first one in the default site's language)."
            ),
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help=_("Save changes as drafts: new associations are not published and live ones keep their live version."),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Check the file and report what would happen, without saving anything."),
        )
        parser.add_argument("--no-progress", action="store_true", help=_("Do not show a progress bar."))

    def handle(self, *args, file, parent=None, draft=False, dry_run=False, no_progress=False, verbosity=1, **options):
        try:
            with open(file, "rb") as handle:
                content = handle.read()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}
            ) from error
        try:
            import_file = read_import_file(content, file)
            parent_page = parent_by_id(parent) if parent is not None else default_parent()
        except AssociationImportError as error:
            raise CommandError(str(error)) from error

        importer = AssociationImporter(parent_page, draft=draft, dry_run=dry_run)
        show_progress = not no_progress and verbosity > 0 and self.stderr.isatty()
        stream = getattr(self.stderr, "_out", self.stderr)

        def progress(records):
            # A file that imports in a moment gets no bar at all (delay). The size comes from shutil,
            # which falls back to 80x24 where a terminal reports 0x0 and tqdm would print nothing.
            size = shutil.get_terminal_size()
            return tqdm(
                records,
                file=stream,
                disable=not show_progress,
                delay=0.5,
                unit=_("rows"),
                leave=False,
                ncols=size.columns,
                nrows=size.lines,
            )

        # Wagtail logs every page saved and published; below verbosity 2 that drowns the report.
        previous_disable = logging.root.manager.disable
        if verbosity < 2:
            logging.disable(logging.INFO)
        try:
            report = importer.run(import_file, progress=progress)
        finally:
            logging.disable(previous_disable)
        self.print_report(report, verbosity)

    def print_report(self, report, verbosity):
        unit = report.file.unit
        if report.file.ignored_columns and verbosity > 0:
            self.stdout.write(
                self.style.WARNING(
                    _("Ignored unknown column(s): %(columns)s.") % {"columns": ", ".join(report.file.ignored_columns)}
                )
            )
        # A dry run lists what it would change; -v 2 lists every row.
        listed = {
            CREATED: _("would create") if report.dry_run else _("created"),
            UPDATED: _("would update") if report.dry_run else _("updated"),
            UNCHANGED: _("unchanged"),
        }
        if verbosity < 2:
            listed = {outcome: text for outcome, text in listed.items() if report.dry_run and outcome != UNCHANGED}
        if verbosity > 0:
            for result in report.results:
                if result.outcome in listed:
                    self.stdout.write(f"{unit} {result.number}: {listed[result.outcome]} “{result.name}”")
        counts = report.counts
        if report.dry_run:
            summary = _(
                "Dry run, nothing was saved. Would create %(created)d, update %(updated)d, "
                "leave %(unchanged)d unchanged, skip %(skipped)d."
            )
        elif report.draft:
            summary = _(
                "Created %(created)d, updated %(updated)d (as drafts, not published), "
                "unchanged %(unchanged)d, skipped %(skipped)d."
            )
        else:
            summary = _("Created %(created)d, updated %(updated)d, unchanged %(unchanged)d, skipped %(skipped)d.")
        if verbosity > 0:
            style = self.style.WARNING if counts[SKIPPED] else self.style.SUCCESS
            self.stdout.write(style(summary % counts))
        skipped = report.rows(SKIPPED)
        if skipped:
            # Listed even at verbosity 0: a skipped row is data that did not get in.
            self.stdout.write(_("Skipped rows:"))
            for result in skipped:
                self.stdout.write(f"  {unit} {result.number}: {result.reason}")

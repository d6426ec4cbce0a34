"""Export a site's associations as the CSV or JSON file import_associations reads (opendata/export.py).

To move a kommune's register to another installation:
``manage.py export_associations --format csv -o foreninger.csv`` here, then
``manage.py import_associations foreninger.csv`` there.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site

from opendata.export import FORMATS, export


class Command(BaseCommand):
    @property
    def help(self):
        # Translated when the command runs, after Django has set up translations.
        return _(
            "Export the associations of a site as a CSV or JSON file in the shape import_associations reads, "
            "to move the register to another installation or work on it in a spreadsheet."
        )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, default="csv", help=_("csv (default) or json."))
        parser.add_argument("-o", "--output", metavar="FILE", help=_("Write to this file (default: the screen)."))
        parser.add_argument(
            "--site",
            metavar="HOSTNAME",
            help=_("The host name of the site whose associations to export (default: the default site)."),
        )

    def handle(self, *args, format="csv", output=None, site=None, **options):
        sites = Site.objects.select_related("root_page")
        chosen = sites.filter(hostname=site).first() if site else sites.filter(is_default_site=True).first()
        if chosen is None:
            known = ", ".join(sites.values_list("hostname", flat=True)) or _("none")
            raise CommandError(
                _("There is no site “%(site)s”. The sites are: %(known)s.") % {"site": site or "", "known": known}
            )
        text = export(chosen, format)
        if not output:
            self.stdout.write(text.removeprefix("\ufeff"), ending="")
            return
        try:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as error:
            raise CommandError(
                _("Cannot write %(file)s: %(error)s") % {"file": output, "error": error.strerror}
            ) from error

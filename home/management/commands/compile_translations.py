"""Compile the project's .po files to .mo without needing GNU gettext on the machine.

Django's own compilemessages shells out to msgfmt, which a fresh server may
lack; polib (already required by wagtail-localize) writes the same files.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po into .mo files."

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
                if options["verbosity"] >= 1:
                    self.stdout.write(f"Compiled {po_path.relative_to(settings.BASE_DIR)}")
        if compiled == 0 and options["verbosity"] >= 2:
            self.stdout.write("Translations are up to date.")

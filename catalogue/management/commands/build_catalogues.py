"""Make the printable catalogues that are too large to make while the visitor waits.

``make serve`` runs it beside the mail worker; in production it runs as a service of its own
(deploy/). ``--once`` makes what is waiting and stops (for cron or a test).
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from catalogue.worker import build_waiting


class Command(BaseCommand):
    help = "Make the waiting PDF catalogues of the directory (loops; --once makes what is waiting and stops)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Make what is waiting, then stop.")

    def handle(self, *args, once=False, **options):
        while True:
            made = build_waiting()
            if made:
                self.stdout.write(f"Made {made} catalogue(s).")
            if once:
                return
            time.sleep(settings.CATALOGUE_WORKER_SLEEP)

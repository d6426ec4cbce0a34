"""Remind associations to confirm their pages, and take out of sight those that never do (cron, daily).

See directory/freshness.py for the timeline (11 and 12 months: a reminder; 13 months: "ikke
bekræftet"). Running it more than once a day sends nothing twice. The emails go through the
mail queue (django-mailer); ``manage.py send_mail`` (the mail worker) delivers them.
"""

from django.core.management.base import BaseCommand

from directory.freshness import send_due


class Command(BaseCommand):
    help = "Email representatives of associations not confirmed for 11 and 12 months; mark them unconfirmed at 13."

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 1
        reminded, hidden = send_due(report=self.stdout.write if verbose else None)
        self.stdout.write(f"Freshness: {reminded} reminders sent, {hidden} associations marked not confirmed")

"""Remind organisers of unanswered enquiries after 7 days; tell the kommune and the citizen after 14 (run from cron)."""

from django.core.management.base import BaseCommand

from enquiries.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Sends the organiser a reminder when an enquiry has waited 7 days, and passes it on to the kommune's "
        "contact point (with other ways in for the citizen) after 14 days. Safe to run as often as you like."
    )

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Enquiries: {sent.reminders} reminder(s), {sent.escalations} passed on to the kommune")

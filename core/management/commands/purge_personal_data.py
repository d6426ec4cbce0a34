"""Delete personal data that has been kept as long as the privacy page says (run nightly from cron)."""

from django.core.management.base import BaseCommand, CommandError

from core.retention import purge, retention_rules


class Command(BaseCommand):
    help = "Deletes personal data past its retention period (core/retention.py); run it every night."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would go, delete nothing.")
        parser.add_argument("--only", action="append", default=[], metavar="RULE", help="Apply only this rule.")
        parser.add_argument("--list", action="store_true", help="List the rules and their periods.")

    def handle(self, *args, **options):
        dry_run, only = options["dry_run"], options["only"]
        rules = retention_rules()
        unknown = set(only) - {rule.name for rule in rules}
        if unknown:
            known = ", ".join(rule.name for rule in rules)
            raise CommandError(f"Unknown rule(s): {', '.join(sorted(unknown))}. Known: {known}")
        if options["list"]:
            for rule in rules:
                period = f"{rule.days} days" if rule.days > 0 else "off"
                self.stdout.write(f"{rule.name:<28} {period:<10} {rule.setting:<34} {rule.description}")
            return
        for outcome in purge(dry_run=dry_run, only=only):
            verb = "would go" if dry_run else "deleted"
            period = f"after {outcome.days} days" if outcome.days > 0 else "off"
            self.stdout.write(f"{outcome.rule.name}: {outcome.count} {verb} ({period})")

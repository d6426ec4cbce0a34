"""Personal data is deleted on the schedule the privacy page states.

Each app says what it keeps and for how long through the ``register_retention_rules`` hook: a
function in its ``wagtail_hooks`` that returns ``RetentionRule`` objects. One management command,
``purge_personal_data`` (run nightly from cron), applies them all, so adding a kind of personal
data touches its own app only. For example the enquiries app registers::

    @hooks.register("register_retention_rules")
    def enquiry_rules():
        return [RetentionRule(
            name="enquiries",
            description=_("Answered or closed enquiries"),
            setting="RETENTION_ENQUIRY_DAYS",
            expired=lambda cutoff: Enquiry.objects.filter(closed_at__lt=cutoff),
        )]

A rule deletes what ``expired(cutoff)`` returns, or, with ``erase``, only wipes the personal part
and keeps the rest (a consultation response keeps its published text but loses its email).
The period comes from the Django setting the rule names (days; each documented in the README and
stated on the privacy page); 0 or less switches the rule off.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from wagtail import hooks

HOOK = "register_retention_rules"


def delete_all(queryset: QuerySet) -> int:
    """The default way a rule erases: the rows go."""
    return queryset.delete()[0]


@dataclass(frozen=True)
class RetentionRule:
    name: str  # a short key, e.g. "enquiries", shown by the command and accepted by --only
    description: str  # what is deleted, for people (translated)
    setting: str  # the Django setting that holds the period in days, e.g. "RETENTION_ENQUIRY_DAYS"
    expired: Callable[..., QuerySet]  # expired(cutoff) -> what has been kept longer than the period
    erase: Callable[[QuerySet], int] = delete_all  # erase(queryset) -> how many were deleted or wiped
    default_days: int = 90  # when the setting is missing

    @property
    def days(self) -> int:
        return int(getattr(settings, self.setting, self.default_days))

    def cutoff(self, now=None):
        return (now or timezone.now()) - timedelta(days=self.days)


@dataclass(frozen=True)
class Outcome:
    rule: RetentionRule
    days: int
    count: int  # deleted or wiped; with dry_run, what would be


def retention_rules():
    """Every app's rules, in the order the apps registered them."""
    rules = []
    for hook in hooks.get_hooks(HOOK):
        rules.extend(hook())
    return rules


def purge(now=None, dry_run=False, only=()):
    """Apply every rule (or those named in ``only``); each in its own transaction, so one failing keeps the others."""
    now = now or timezone.now()
    outcomes = []
    for rule in retention_rules():
        if only and rule.name not in only:
            continue
        days = rule.days
        if days <= 0:
            outcomes.append(Outcome(rule, days, 0))
            continue
        expired = rule.expired(rule.cutoff(now))
        if dry_run:
            outcomes.append(Outcome(rule, days, expired.count()))
            continue
        with transaction.atomic():
            outcomes.append(Outcome(rule, days, rule.erase(expired)))
    return outcomes

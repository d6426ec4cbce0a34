"""Applications do not keep personal data longer than the privacy page says (manage.py purge_personal_data).

A rejected application goes 30 days after the decision; an approved one keeps what the
association is and who decided, but loses its contact person 90 days after the approval.
A new application waits for its decision and is never touched.
"""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from applications.factories import AssociationApplicationFactory
from applications.models import AssociationApplication
from core.retention import retention_rules
from directory.factories import AssociationPageFactory

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)


def purge():
    output = io.StringIO()
    call_command("purge_personal_data", stdout=output)
    return output.getvalue()


def decided(status, days_ago, **fields):
    return AssociationApplicationFactory(status=status, decided_at=timezone.now() - days_ago * DAY, **fields)


def test_both_rules_are_registered_with_their_settings():
    rules = {rule.name: rule for rule in retention_rules()}
    assert rules["rejected-applications"].setting == "RETENTION_REJECTED_APPLICATION_DAYS"
    assert rules["rejected-applications"].days == 30
    assert rules["approved-application-contacts"].setting == "RETENTION_APPROVED_APPLICATION_CONTACT_DAYS"
    assert rules["approved-application-contacts"].days == 90


def test_a_rejected_application_is_deleted_30_days_after_the_decision():
    application = decided(AssociationApplication.REJECTED, 0, rejection_reason="Ikke en forening.")
    with time_machine.travel(timezone.now() + 29 * DAY):
        purge()
        assert AssociationApplication.objects.filter(pk=application.pk).exists()
    with time_machine.travel(timezone.now() + 30 * DAY + timedelta(hours=1)):
        assert "rejected-applications: 1 deleted" in purge()
        assert not AssociationApplication.objects.filter(pk=application.pk).exists()


def test_an_approved_application_loses_its_contact_person_after_90_days_and_keeps_the_rest(directory):
    page = AssociationPageFactory(parent=directory, title="Fjordlund Seniordans", slug="seniordans")
    application = decided(
        AssociationApplication.APPROVED, 0, name="Fjordlund Seniordans", association=page, cvr="35123407"
    )
    with time_machine.travel(timezone.now() + 89 * DAY):
        purge()
        application.refresh_from_db()
        assert application.email
    with time_machine.travel(timezone.now() + 91 * DAY):
        assert "approved-application-contacts: 1 deleted" in purge()
        application.refresh_from_db()
        assert (application.contact_name, application.email, application.phone) == ("", "", "")
        assert application.contact_erased_at is not None
        # What the association is, and the decision, stay.
        assert (application.name, application.cvr, application.association) == (
            "Fjordlund Seniordans",
            "35123407",
            page,
        )
        assert application.status == AssociationApplication.APPROVED
        assert "approved-application-contacts: 0 deleted" in purge()  # erased once


def test_new_applications_wait_however_old_they_are():
    application = AssociationApplicationFactory()
    with time_machine.travel(timezone.now() + 400 * DAY):
        purge()
    application.refresh_from_db()
    assert application.email and application.status == AssociationApplication.NEW


def test_the_periods_follow_the_settings_and_zero_switches_a_rule_off(settings):
    settings.RETENTION_REJECTED_APPLICATION_DAYS = 7
    settings.RETENTION_APPROVED_APPLICATION_CONTACT_DAYS = 0
    rejected = decided(AssociationApplication.REJECTED, 8)
    approved = decided(AssociationApplication.APPROVED, 1000)
    purge()
    assert not AssociationApplication.objects.filter(pk=rejected.pk).exists()
    approved.refresh_from_db()
    assert approved.email

"""Consultation responders' addresses go once the consultation has closed (RETENTION_CONSULTATION_EMAIL_DAYS).

The published text stays, with the name of those who consented to publication; a responder who did
not consent keeps their words in the policy's record, anonymously."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from policy.factories import ConsultationPageFactory, ConsultationResponseFactory, PolicyPageFactory
from policy.models import ConsultationResponse
from tests.helpers import in_danish, logged_in, member_of, publish

pytestmark = pytest.mark.django_db

OPENS = datetime.datetime(2026, 3, 1, 8, 0, tzinfo=datetime.UTC)
CLOSES = datetime.datetime(2026, 4, 1, 10, 0, tzinfo=datetime.UTC)


def nightly_purge_on(moment, *args):
    output = io.StringIO()
    with time_machine.travel(moment, tick=False):
        call_command("purge_personal_data", "--only", "consultation-emails", *args, stdout=output)
    return output.getvalue()


@pytest.fixture
def consultation(home):
    policy = PolicyPageFactory(parent=home, title="Frivilligpolitik", slug="frivilligpolitik")
    page = ConsultationPageFactory(parent=policy, slug="hoering", opens_at=OPENS, closes_at=CLOSES)
    return publish(page)


@pytest.fixture
def responses(consultation):
    sent = OPENS + datetime.timedelta(days=3)
    consented = ConsultationResponseFactory(
        consultation=consultation,
        name="Egebjerg Boldklub",
        email="formand@egebjerg-boldklub.dk",
        consent_to_publish=True,
        status=ConsultationResponse.APPROVED,
        submitted_at=sent,
        receipt_sent_at=sent,
    )
    private = ConsultationResponseFactory(
        consultation=consultation,
        name="Jens Hansen",
        email="jens@privat.dk",
        text="Jeg savner noget om ældre frivillige.",
        consent_to_publish=False,
        submitted_at=sent,
        receipt_sent_at=sent,
    )
    return consented, private


def fresh(response):
    return ConsultationResponse.objects.get(pk=response.pk)


def test_addresses_are_kept_while_the_consultation_is_open(responses):
    nightly_purge_on(CLOSES - datetime.timedelta(hours=1))
    assert [fresh(r).email for r in responses] == ["formand@egebjerg-boldklub.dk", "jens@privat.dk"]


def test_addresses_are_kept_the_first_day_after_closing(responses):
    nightly_purge_on(CLOSES + datetime.timedelta(hours=23))
    assert fresh(responses[1]).email == "jens@privat.dk"


def test_after_closing_the_addresses_go_and_the_published_response_keeps_its_name_and_text(responses):
    consented, private = responses
    output = nightly_purge_on(CLOSES + datetime.timedelta(days=1, hours=1))
    assert "consultation-emails: 2 deleted (after 1 days)" in output
    consented, private = fresh(consented), fresh(private)
    assert (consented.name, consented.email) == ("Egebjerg Boldklub", "")
    assert consented.text == "Vi støtter udkastet, men savner mere om de unge."
    assert (private.name, private.email, private.display_name) == ("", "", "Anonymiseret")
    assert private.text == "Jeg savner noget om ældre frivillige."


def test_the_published_response_still_shows_on_the_closed_consultation(client, responses, consultation):
    nightly_purge_on(CLOSES + datetime.timedelta(days=2))
    with time_machine.travel(CLOSES + datetime.timedelta(days=2), tick=False):
        html = client.get(consultation.url).content.decode()
    assert "Egebjerg Boldklub" in html
    assert "Vi støtter udkastet" in html
    assert "Jens Hansen" not in html


def test_a_dry_run_wipes_nothing(responses):
    output = nightly_purge_on(CLOSES + datetime.timedelta(days=5), "--dry-run")
    assert "consultation-emails: 2 would go" in output
    assert fresh(responses[1]).email == "jens@privat.dk"


def test_a_second_night_finds_nothing_left_to_wipe(responses):
    nightly_purge_on(CLOSES + datetime.timedelta(days=2))
    assert "consultation-emails: 0 deleted" in nightly_purge_on(CLOSES + datetime.timedelta(days=3))


def test_policy_owners_see_the_response_as_anonymised(responses):
    nightly_purge_on(CLOSES + datetime.timedelta(days=2))
    owner = logged_in(member_of("Politikejere", "politikejer"))
    listing = owner.get(reverse("consultation_responses:index")).content.decode()
    assert "Anonymiseret" in listing and "Jens Hansen" not in listing
    html = owner.get(reverse("consultation_responses:inspect", args=[responses[1].pk])).content.decode()
    assert "Anonymiseret" in html
    assert "jens@privat.dk" not in html
    assert in_danish("Deleted after the consultation closed") in html

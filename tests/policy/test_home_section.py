"""A citizen sees on the front page that a consultation is open and can go straight to it."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from policy.factories import ConsultationPageFactory, PolicyPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_policy(home, portal_settings):
    return PolicyPageFactory(parent=home, title="Frivilligpolitik 2027 (udkast)", status="consultation")


def test_an_open_consultation_is_on_the_front_page_until_it_closes(client, draft_policy):
    now = timezone.now()
    ConsultationPageFactory(
        parent=draft_policy,
        title="Høring om frivilligpolitikken",
        slug="hoering",
        opens_at=now - datetime.timedelta(days=2),
        closes_at=now + datetime.timedelta(days=10),
    )
    ConsultationPageFactory(
        parent=draft_policy,
        title="Idéfasen",
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now - datetime.timedelta(days=30),
    )
    ConsultationPageFactory(
        parent=draft_policy,
        title="Næste runde",
        opens_at=now + datetime.timedelta(days=30),
        closes_at=now + datetime.timedelta(days=60),
    )
    html = client.get("/").content.decode()
    assert '<h2 id="home-section-consultations">Sig din mening</h2>' in html
    assert f'href="/{draft_policy.slug}/hoering/">Høring om frivilligpolitikken</a>' in html
    assert "Idéfasen" not in html and "Næste runde" not in html


def test_no_section_when_nothing_is_open(client, draft_policy):
    html = client.get("/").content.decode()
    assert "home-section-consultations" not in html


def test_the_section_costs_the_same_queries_however_many_consultations_exist(draft_policy):
    client = Client()
    client.get("/")

    with CaptureQueriesContext(connection) as empty:
        client.get("/")
    for n in range(5):
        ConsultationPageFactory(parent=draft_policy, title=f"Høring {n}")
    client.get("/")
    with CaptureQueriesContext(connection) as busy:
        assert client.get("/").status_code == 200
    assert len(busy) == len(empty)

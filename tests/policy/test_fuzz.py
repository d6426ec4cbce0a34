"""Whatever is sent as a consultation response, the answer is the page or the thanks, never 5xx."""

import datetime

import pytest
from django.utils import timezone
from hypothesis import given

from policy.factories import ConsultationPageFactory, PolicyPageFactory
from tests.hostile import FORM_FUZZ, FuzzClient, assert_answered, hostile_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]

VALID = {
    "name": "Egebjerg Idrætsforening",
    "email": "formand@egebjerg-if.dk",
    "text": "Vi savner mere om de unge.",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def consultation(home, portal_settings):
    policy = PolicyPageFactory(parent=home, slug="frivilligpolitik-udkast", in_consultation=True)
    return ConsultationPageFactory(
        parent=policy,
        slug="hoering",
        opens_at=timezone.now() - datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=14),
    )


@FORM_FUZZ
@given(data=hostile_form(VALID))
def test_the_consultation_form_answers_any_input_with_the_page_or_the_thanks(consultation, settings, data):
    settings.RATELIMIT_ENABLE = False
    assert_answered(FuzzClient().post("/frivilligpolitik-udkast/hoering/", data))

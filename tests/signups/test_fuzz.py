"""Whatever a stranger or a script sends to the sign-up form or the cancel link, the answer is a page, never 5xx."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.hostile import FORM_FUZZ, FuzzClient, assert_answered, field_values, hostile_form

from .conftest import signup_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]


@FORM_FUZZ
@given(data=hostile_form(signup_data()))
def test_the_sign_up_form_answers_any_input_with_the_form_or_the_receipt(event, settings, data):
    settings.RATELIMIT_ENABLE = False  # the limit would answer 429 to most examples: fuzz the form itself
    assert_answered(FuzzClient().post(f"/tilmelding/{event.pk}/", data))


@FORM_FUZZ
@given(token=st.one_of(field_values, st.text(max_size=200)))
def test_the_cancel_link_answers_any_token_with_a_clear_page(event, token):
    path = "/tilmelding/afmeld/" + "".join(c for c in token if c not in "?#\x00") + "/"
    for response in (FuzzClient().get(path), FuzzClient().post(path)):
        assert_answered(response, allowed=(200, 301, 302, 404, 410))

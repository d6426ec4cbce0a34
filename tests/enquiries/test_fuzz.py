"""Whatever a stranger or a script sends to "Jeg vil gerne hjælpe", the answer is the form or the receipt, never 5xx."""

import pytest
from hypothesis import given

from tests.enquiries.conftest import enquiry_data
from tests.hostile import FORM_FUZZ, FuzzClient, assert_answered, hostile_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue")]


@FORM_FUZZ
@given(data=hostile_form(enquiry_data()))
def test_the_enquiry_form_answers_any_input_with_the_form_or_the_receipt(task, settings, data):
    settings.RATELIMIT_ENABLE = False  # the limit would answer 429 to most examples: fuzz the form itself
    assert_answered(FuzzClient().post(f"/jeg-vil-hjaelpe/{task.pk}/", data))

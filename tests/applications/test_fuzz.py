"""Whatever is sent to "Tilmeld jeres forening", the answer is the form or the receipt, never 5xx."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.applications.conftest import application_data
from tests.hostile import FORM_FUZZ, FuzzClient, assert_answered, hostile_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mail_queue", "directory", "portal_settings")]


@FORM_FUZZ
# Deferred: the valid form names the vocabularies' ids, which exist only once the test's database does.
@given(data=st.deferred(lambda: hostile_form(application_data())))
def test_the_application_form_answers_any_input_with_the_form_or_the_receipt(towns, settings, data):
    settings.RATELIMIT_ENABLE = False
    assert_answered(FuzzClient().post("/tilmeld-forening/", data))

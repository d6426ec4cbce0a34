"""core.forms and core.text: what every public form does with what people type, and the query text."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django import forms
from django.core import signing
from django.http import QueryDict

from core.forms import (
    HONEYPOT_FIELD,
    STARTED_FIELD,
    TOO_FAST_MESSAGE,
    CleanCharField,
    CleanEmailField,
    HoneypotField,
    PublicForm,
)
from core.text import printable, strip_control_characters
from directory.forms import ContactForm
from policy.forms import ConsultationResponseForm
from tests.helpers import in_danish


class NoteForm(PublicForm):
    name = CleanCharField(max_length=20)
    email = CleanEmailField(required=False)
    note = CleanCharField(keep_newlines=True, required=False)
    agree = forms.BooleanField(required=False)


def test_control_characters_go_but_letters_emoji_and_rtl_text_stay():
    assert strip_control_characters("Sø\x00ren\x1b[31m") == "Søren[31m"
    assert strip_control_characters("👩\u200d👧 مرحبا\u200f") == "👩\u200d👧 مرحبا\u200f"
    assert strip_control_characters("a\r\nb\tc") == "abc"
    assert strip_control_characters("a\r\nb\rc\td\x07", keep_newlines=True) == "a\nb\nc\td"


def test_printable_puts_a_space_for_what_cannot_be_printed_and_keeps_single_spaces():
    assert printable("  spejder\x00 i\n\tEgebjerg  ") == "spejder i Egebjerg"
    assert printable(None) == ""
    assert printable(42) == "42"


def test_a_public_form_cleans_every_text_field_once_and_shows_what_it_validated():
    data = QueryDict(mutable=True)
    data.update({"name": "Ka\x00ren", "email": "karen@testrup.dk\x07", "note": "Hej\r\nmed\x1bdig", "agree": "on"})
    form = NoteForm(data)
    assert form.is_valid(), form.errors
    assert form.data["name"] == "Karen"  # what the page shows again is what was checked
    assert form.cleaned_data == {
        "name": "Karen",
        "email": "karen@testrup.dk",
        "note": "Hej\nmeddig",
        "agree": True,
        HONEYPOT_FIELD: "",
    }
    assert data["name"] == "Ka\x00ren"  # the request's own data is left alone


def test_the_honeypot_is_last_optional_and_catches_bots():
    assert isinstance(NoteForm.base_fields[HONEYPOT_FIELD], HoneypotField)
    assert list(NoteForm().fields) == ["name", "email", "note", "agree", HONEYPOT_FIELD]
    assert not NoteForm({"name": "Karen"}).is_spam
    assert not NoteForm({"name": "Karen", HONEYPOT_FIELD: " \x00 "}).is_spam
    assert NoteForm({HONEYPOT_FIELD: "http://spam.example"}).is_spam


def test_the_portals_public_forms_are_public_forms():
    assert issubclass(ContactForm, PublicForm)
    assert issubclass(ConsultationResponseForm, PublicForm)


# Minimum fill time ------------------------------------------------------------------------------------------------


class SlowForm(PublicForm):
    """A form that asks people to take at least 3 seconds, as the association application does."""

    min_fill_seconds = 3
    name = CleanCharField(max_length=20)


def shown_at(moment, form_class=SlowForm):
    """The hidden "shown at" of the form as the browser got it at that moment."""
    with time_machine.travel(moment, tick=False):
        return form_class().initial[STARTED_FIELD]


START = datetime(2026, 3, 2, 10, 0, 0, tzinfo=UTC)


def sent_at(moment, **data):
    with time_machine.travel(moment, tick=False):
        form = SlowForm(data)
        return form, form.is_valid()


def test_a_form_without_a_minimum_fill_time_has_no_timestamp():
    assert STARTED_FIELD not in NoteForm().fields
    assert STARTED_FIELD not in ContactForm().fields


def test_the_form_carries_a_signed_timestamp_of_when_it_was_shown_in_a_hidden_field():
    form = SlowForm()
    token = form.initial[STARTED_FIELD]
    assert token.startswith("SlowForm:")
    html = str(form[STARTED_FIELD])
    assert 'type="hidden"' in html and f'value="{token}"' in html
    assert list(form.fields) == ["name", STARTED_FIELD, HONEYPOT_FIELD]


def test_a_person_who_takes_their_time_gets_through():
    token = shown_at(START)
    form, valid = sent_at(START + timedelta(seconds=3.5), name="Karen", **{STARTED_FIELD: token})
    assert valid, form.errors
    # Hours later (the tab was left open over lunch) is just as fine.
    form, valid = sent_at(START + timedelta(hours=5), name="Karen", **{STARTED_FIELD: token})
    assert valid, form.errors


def test_a_form_sent_too_fast_comes_back_filled_in_with_a_message_and_a_fresh_timestamp():
    token = shown_at(START)
    form, valid = sent_at(START + timedelta(seconds=1), name="Karen", **{STARTED_FIELD: token})
    assert not valid
    assert form.non_field_errors() == [TOO_FAST_MESSAGE]
    assert form.errors.as_data()["__all__"][0].code == "too_fast"
    assert form["name"].value() == "Karen"  # nothing typed is lost
    fresh = form[STARTED_FIELD].value()
    assert fresh != token and fresh.startswith("SlowForm:")
    # Sent again a few seconds after it came back, it goes through.
    form, valid = sent_at(START + timedelta(seconds=5), name="Karen", **{STARTED_FIELD: fresh})
    assert valid, form.errors


def test_the_clock_restarts_with_the_fresh_timestamp():
    token = shown_at(START)
    form, _valid = sent_at(START + timedelta(seconds=1), name="Karen", **{STARTED_FIELD: token})
    fresh = form[STARTED_FIELD].value()
    _form, valid = sent_at(START + timedelta(seconds=2), name="Karen", **{STARTED_FIELD: fresh})
    assert not valid


@pytest.mark.parametrize(
    "token",
    [
        pytest.param(None, id="missing"),  # a bot that posts only the fields it sees
        pytest.param("", id="empty"),
        pytest.param("SlowForm:1tE3xk:forged-signature", id="forged"),
        pytest.param("not a token", id="nonsense"),
        pytest.param(signing.TimestampSigner(salt="another-salt").sign("SlowForm"), id="signed-for-something-else"),
    ],
)
def test_a_missing_or_forged_timestamp_counts_as_too_fast(token):
    data = {"name": "Karen"} if token is None else {"name": "Karen", STARTED_FIELD: token}
    form, valid = sent_at(START + timedelta(minutes=10), **data)
    assert not valid
    assert form.non_field_errors() == [TOO_FAST_MESSAGE]
    assert form["name"].value() == "Karen"


def test_another_forms_timestamp_does_not_count():
    class OtherForm(PublicForm):
        min_fill_seconds = 3

    token = shown_at(START, form_class=OtherForm)
    form, valid = sent_at(START + timedelta(minutes=10), name="Karen", **{STARTED_FIELD: token})
    assert not valid


def test_the_message_is_in_danish():
    assert in_danish(str(TOO_FAST_MESSAGE)).startswith("Det gik lidt hurtigt")

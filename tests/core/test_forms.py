"""core.forms and core.text: what every public form does with what people type, and the query text."""

from django import forms
from django.http import QueryDict

from core.forms import HONEYPOT_FIELD, CleanCharField, CleanEmailField, HoneypotField, PublicForm
from core.text import printable, strip_control_characters
from directory.forms import ContactForm
from policy.forms import ConsultationResponseForm


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

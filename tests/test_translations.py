"""Every interface string a citizen can meet is translated: to Danish, Ukrainian and Arabic (English is the source)."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation


@pytest.mark.parametrize("folder", ["locale", "locale_overrides"])
def test_every_interface_string_is_translated_to_danish(folder):
    po = polib.pofile(str(Path(settings.BASE_DIR) / folder / "da" / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in po if not entry.obsolete and not entry.translated()]
    assert missing == []
    assert po.fuzzy_entries() == []
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


PLURAL_FORMS = {
    "uk": ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    "ar": ("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"),
}


def _catalogue(language):
    return polib.pofile(str(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", ["uk", "ar"])
def test_every_interface_string_is_translated_to_ukrainian_and_arabic(language):
    """100 %: each string the Danish catalogue translates (the list of the interface's strings) is there,
    translated and not fuzzy, with the language's plural forms (Ukrainian 3, Arabic 6)."""
    danish = {(entry.msgctxt, entry.msgid) for entry in _catalogue("da") if not entry.obsolete}
    po = _catalogue(language)
    translated = {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete and entry.translated()}
    assert sorted(danish - translated, key=lambda key: key[1]) == []
    assert po.fuzzy_entries() == []
    assert po.metadata["Plural-Forms"] == PLURAL_FORMS[language]
    plural_entries = [entry for entry in po if entry.msgid_plural and not entry.obsolete]
    counts = int(PLURAL_FORMS[language].split(";")[0].split("=")[1])
    assert [entry.msgid for entry in plural_entries if len(entry.msgstr_plural) != counts] == []


@pytest.mark.parametrize(
    ("language", "translated"),
    [("uk", "Перейти до вмісту"), ("ar", "انتقل إلى المحتوى")],
)
def test_ukrainian_and_arabic_translations_are_compiled_for_the_running_site(language, translated):
    with translation.override(language):
        assert translation.gettext("Skip to content") == translated


def test_wagtails_moderation_emails_are_danish():

    with translation.override("da"):
        assert translation.gettext("Edit your notification preferences here:").startswith("Ret")


def test_danish_translations_are_compiled_for_the_running_site():

    with translation.override("da"):
        assert translation.gettext("Skip to content") == "Gå til sidens indhold"

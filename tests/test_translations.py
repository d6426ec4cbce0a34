"""Every interface string a Danish citizen can meet has a Danish translation."""

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


def test_wagtails_moderation_emails_are_danish():

    with translation.override("da"):
        assert translation.gettext("Edit your notification preferences here:").startswith("Ret")


def test_danish_translations_are_compiled_for_the_running_site():

    with translation.override("da"):
        assert translation.gettext("Skip to content") == "Gå til sidens indhold"

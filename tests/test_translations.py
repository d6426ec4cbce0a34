"""Every interface string a Danish citizen can meet has a Danish translation."""

from pathlib import Path

import polib
from django.conf import settings


def test_every_interface_string_is_translated_to_danish():
    po = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "da" / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in po if not entry.obsolete and not entry.translated()]
    assert missing == []
    assert po.fuzzy_entries() == []
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


def test_danish_translations_are_compiled_for_the_running_site():
    from django.utils import translation

    with translation.override("da"):
        assert translation.gettext("Skip to content") == "Gå til sidens indhold"

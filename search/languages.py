"""Which documents a search in a language looks in: the language's own, and Danish where nothing is translated.

A visitor searching in English finds the English pages and every Danish page that has no English
translation yet, through its Danish text ("Lysglimt sorggrupper"), marked as Danish in the results;
a Danish page that has its English translation is found only as the translation, never twice.
Danish, the content's own language, looks in Danish only.
"""

from django.conf import settings
from wagtail.models import Locale

from .models import SearchDocument


def is_default(locale):
    return locale.language_code == settings.LANGUAGE_CODE


def locale_ids(locale):
    """The locales a search in ``locale`` reads: [its own] in Danish, [its own, Danish's] in another language."""
    if is_default(locale):
        return [locale.pk]
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()
    return [locale.pk] if default is None else [locale.pk, default]


def translated_away(locale):
    """The Danish documents whose page has documents in ``locale`` too: the translation stands for them."""
    if is_default(locale):
        return SearchDocument.objects.none()
    translations = SearchDocument.objects.filter(locale_id=locale.pk).values("page__translation_key")
    return SearchDocument.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, page__translation_key__in=translations
    )


def without_translated(ids, locale):
    """``ids`` (in order) less the Danish documents ``locale`` has a translation of."""
    if is_default(locale) or not ids:
        return ids
    hidden = set(translated_away(locale).values_list("pk", flat=True))
    return [pk for pk in ids if pk not in hidden] if hidden else ids

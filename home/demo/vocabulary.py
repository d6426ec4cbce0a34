"""The demo's vocabularies in English, Ukrainian and Arabic, for the apps' ``portal_demo_translations`` hooks.

A term is translated as staff would with wagtail-localize's "Translate": a copy of the Danish term in
the other locale, with the same ``translation_key``, slug and order, and its own name. Its description
says it is a demo translation (``DEMO_NOTE``), where staff see it in the admin; the name stays clean,
as visitors read it in filters and on pages.
"""

from wagtail.models import Locale

from .content import DEMO_NOTE


def translate_terms(command, model, names):
    """Translate the Danish terms of ``model`` named by slug: ``{"spejder": {"en": "Scouting", "uk": …}}``.

    A term already translated into a language is left alone, so load_demo may run again."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    made = 0
    for term in model.objects.sources().filter(slug__in=names):
        for code, name in names[term.slug].items():
            locale = locales.get(code)
            if locale is None or term.has_translation(locale):
                continue
            translated = term.copy_for_translation(locale)
            translated.name = name
            translated.description = DEMO_NOTE[code]
            translated.save()
            made += 1
    if made:
        command.report(f"Translated {made} names of {model._meta.verbose_name_plural}")

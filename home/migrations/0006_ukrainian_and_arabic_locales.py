"""The content locales for Ukrainian and Arabic, beside Danish and English (0002).

Wagtail-localize translates a page only into a locale that exists; the languages are in
settings.WAGTAIL_CONTENT_LANGUAGES, and this makes their Locale rows on every installation.
Going back keeps the rows: a Ukrainian page may already use its locale.
"""

from django.db import migrations

LANGUAGES = ("uk", "ar")


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("home", "0005_standard_page_retention_table")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]

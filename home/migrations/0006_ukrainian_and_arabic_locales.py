"""The content locales for Ukrainian and Arabic beside Danish and English (0002), and who translates.

Wagtail-localize translates a page only into a locale that exists; the languages are in
settings.WAGTAIL_CONTENT_LANGUAGES, and this makes their Locale rows on every installation.
Going back keeps the rows: a Ukrainian page may already use its locale.

Kommunikation gets wagtail-localize's ``submit_translation`` ("Translate" in a page's menu): the
staff start translations and publish them. Representatives never get it, so an association's
page is translated by the kommune, never published in another language by its association.
"""

from django.db import migrations

LANGUAGES = ("uk", "ar")
COMMUNICATIONS = "Kommunikation"


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def translate_permission(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    # Where wagtail-localize's own migration 0006 hangs it.
    translation, _ = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    permission, _ = Permission.objects.get_or_create(
        content_type=translation, codename="submit_translation", defaults={"name": "Can submit translations"}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    communications, _ = Group.objects.get_or_create(name=COMMUNICATIONS)
    communications.permissions.add(translate_permission(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name=COMMUNICATIONS):
        group.permissions.remove(translate_permission(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_standard_page_retention_table"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [
        migrations.RunPython(create_locales, migrations.RunPython.noop),
        migrations.RunPython(grant, revoke),
    ]

"""Give Wagtail's default moderation workflow a Danish name.

Representatives meet the name on the "Submit to …" button and in their emails.
"""

from django.db import migrations

OLD, NEW = "Moderators approval", "Godkendelse af ændringer"


def rename(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=OLD).update(name=NEW)


def restore(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=NEW).update(name=OLD)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_editorial_groups")]

    operations = [migrations.RunPython(rename, restore)]

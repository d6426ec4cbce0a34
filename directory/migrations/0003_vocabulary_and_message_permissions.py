"""Let the communications staff maintain the vocabularies and read the contact messages.

Kommunikation gets add, change and delete on categories, target groups and
localities, and view and delete on contact messages (nobody adds or changes a
message: it is what a citizen wrote). No other group gets these rights; a
superuser can give them to another group in the admin.
"""

from django.db import migrations

COMMUNICATIONS = "Kommunikation"
GRANTS = {
    "category": ["add", "change", "delete"],
    "targetgroup": ["add", "change", "delete"],
    "locality": ["add", "change", "delete"],
    "contactmessage": ["view", "delete"],
}


def permissions(apps):
    """The permissions, created here if Django has not made them yet (it does so after migrating)."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    for model, actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="directory", model=model)
        verbose_name = apps.get_model("directory", model)._meta.verbose_name_raw
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {verbose_name}"},
            )
            yield permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    communications, _ = Group.objects.get_or_create(name=COMMUNICATIONS)
    communications.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name=COMMUNICATIONS):
        group.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_default_vocabularies"),
        ("home", "0003_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

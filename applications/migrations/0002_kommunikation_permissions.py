"""Let the communications staff (Kommunikation) read, decide on and delete association applications.

"change" is what approving and rejecting need; nobody adds or edits an application in the admin
(applications/admin/viewsets.py allows only view, change and delete). No other group gets these
rights, representatives of associations least of all; a superuser can give them to another group.
"""

from django.db import migrations

COMMUNICATIONS = "Kommunikation"
ACTIONS = ["view", "change", "delete"]


def permissions(apps):
    """The permissions, created here if Django has not made them yet (it does so after migrating)."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="applications", model="associationapplication")
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_associationapplication",
            defaults={"name": f"Can {action} application"},
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
        ("applications", "0001_association_application"),
        ("home", "0003_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Who may read and handle enquiries in the admin.

Kommunikation reads every enquiry, marks them answered or closed and deletes one (spam, a mistake).
Foreningsrepræsentanter get view and change too: the admin then narrows them to the enquiries of
their own associations (enquiries/admin.py), so the model permission only opens the door to their
own. Nobody gets "add": an enquiry is what a citizen sent.
"""

from django.db import migrations

GRANTS = {
    "Kommunikation": ["view", "change", "delete"],
    "Foreningsrepræsentanter": ["view", "change"],
}


def permissions(apps, actions):
    """The permissions, created here if Django has not made them yet (it does so after migrating)."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="enquiries", model="enquiry")
    for action in actions:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_enquiry", defaults={"name": f"Can {action} enquiry"}
        )
        yield permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for name, actions in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions(apps, actions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for name, actions in GRANTS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(*permissions(apps, actions))


class Migration(migrations.Migration):
    dependencies = [
        ("enquiries", "0001_enquiry"),
        ("home", "0003_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

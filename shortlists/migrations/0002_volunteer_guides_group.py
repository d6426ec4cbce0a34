"""The group Frivilligvejledere, and the shortlists for it and for Kommunikation.

Volunteer guides (frivilligvejledere) meet citizens and match them to local offers: they may use
the admin (their menu item "Forslag til borgere" is there) and keep shortlists, nothing else.
Kommunikation gets the shortlists too. Foreningsrepræsentanter and Politikejere get none of it.
"""

from django.db import migrations

GUIDES = "Frivilligvejledere"
COMMUNICATIONS = "Kommunikation"
MODELS = [("shortlist", "shortlist"), ("shortlistitem", "shortlist item")]
ACTIONS = ["add", "change", "delete", "view"]


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})[0]


def shortlist_permissions(apps):
    return [
        permission(apps, "shortlists", model, f"{action}_{model}", f"Can {action} {verbose_name}")
        for model, verbose_name in MODELS
        for action in ACTIONS
    ]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    guides, _ = Group.objects.get_or_create(name=GUIDES)
    guides.permissions.add(
        permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        *shortlist_permissions(apps),
    )
    communications, _ = Group.objects.get_or_create(name=COMMUNICATIONS)
    communications.permissions.add(*shortlist_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Group.objects.filter(name=GUIDES).delete()
    for group in Group.objects.filter(name=COMMUNICATIONS):
        group.permissions.remove(*shortlist_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("shortlists", "0001_shortlists"),
        ("home", "0003_editorial_groups"),
        ("wagtailadmin", "0006_formstate"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

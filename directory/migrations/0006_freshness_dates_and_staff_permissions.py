"""Start every association's freshness clock, and give Kommunikation the two new staff permissions.

- ``last_confirmed_at`` is set from ``last_published_at`` where it is empty: the last time a
  change to the page went live is the last time anyone is known to have looked at it. An
  association never published keeps no date (its clock starts when it is first published).
- Kommunikation gets ``directory.edit_technical_fields`` (the slug, SEO fields, "show in menus"
  and map position of directory pages, hidden from representatives) and
  ``directory.view_freshness_report`` (the admin report on freshness).
"""

from django.db import migrations

COMMUNICATIONS = "Kommunikation"
CODENAMES = {
    "edit_technical_fields": "Can edit the address (slug), SEO fields and map position of directory pages",
    "view_freshness_report": "Can see how recently the associations confirmed their pages",
}


def start_clocks(apps, schema_editor):
    AssociationPage = apps.get_model("directory", "AssociationPage")
    # The date lives on the page table, the clock on the association's: one update per date, not per row.
    waiting = AssociationPage.objects.filter(last_confirmed_at__isnull=True, last_published_at__isnull=False)
    for published in waiting.values_list("last_published_at", flat=True).distinct():
        waiting.filter(last_published_at=published).update(last_confirmed_at=published)


def permissions(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="directory", model="associationpage")
    for codename, name in CODENAMES.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
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
        ("directory", "0005_kommune_units_and_staff_only_fields"),
        ("home", "0003_editorial_groups"),
    ]

    operations = [
        migrations.RunPython(start_clocks, migrations.RunPython.noop),
        migrations.RunPython(grant, revoke),
    ]

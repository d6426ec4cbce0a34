"""Start every portal with the facilities premises usually have, and let Kommunikation keep the list.

Staff can rename, reorder or add to them in the admin ("Facilities"); editors pick from them on a
place's page, and the listing filters by them.
"""

from django.db import migrations

FACILITIES = [
    ("Køkken", "koekken"),
    ("Projektor/skærm", "projektor-skaerm"),
    ("Wifi", "wifi"),
    ("Handicaptoilet", "handicaptoilet"),
    ("Trinfri adgang", "trinfri-adgang"),
    ("Parkering", "parkering"),
    ("Udendørsareal", "udendoersareal"),
    ("Opbevaring", "opbevaring"),
    ("Lydanlæg", "lydanlaeg"),
    ("Teleslynge", "teleslynge"),
]
COMMUNICATIONS = "Kommunikation"


def permissions(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="premises", model="facility")
    for action in ("add", "change", "delete"):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_facility", defaults={"name": f"Can {action} facility"}
        )
        yield permission


def create(apps, schema_editor):
    Facility = apps.get_model("premises", "Facility")
    for order, (name, slug) in enumerate(FACILITIES):
        Facility.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order * 10})
    Group = apps.get_model("auth.Group")
    communications, _ = Group.objects.get_or_create(name=COMMUNICATIONS)
    communications.permissions.add(*permissions(apps))


def remove(apps, schema_editor):
    apps.get_model("premises", "Facility").objects.filter(slug__in=[slug for _, slug in FACILITIES]).delete()
    for group in apps.get_model("auth.Group").objects.filter(name=COMMUNICATIONS):
        group.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("premises", "0001_initial"), ("home", "0003_editorial_groups")]

    operations = [migrations.RunPython(create, remove)]

"""Start every portal with the categories and target groups most Danish kommuner use.

Staff can rename, reorder or add to them in the admin; localities belong to each
kommune and are not created here.
"""

from django.db import migrations

CATEGORIES = [
    ("Idræt og motion", "idraet-og-motion"),
    ("Kultur og musik", "kultur-og-musik"),
    ("Socialt arbejde", "socialt-arbejde"),
    ("Sundhed og handicap", "sundhed-og-handicap"),
    ("Børn og unge", "boern-og-unge"),
    ("Ældre", "aeldre"),
    ("Natur og miljø", "natur-og-miljoe"),
    ("Integration og sprog", "integration-og-sprog"),
    ("Spejder", "spejder"),
    ("Tro og livssyn", "tro-og-livssyn"),
    ("Lokalsamfund", "lokalsamfund"),
    ("Uddannelse og læring", "uddannelse-og-laering"),
]
TARGET_GROUPS = [
    ("Børn", "boern"),
    ("Unge", "unge"),
    ("Familier", "familier"),
    ("Voksne", "voksne"),
    ("Ældre", "aeldre"),
    ("Mennesker med handicap", "mennesker-med-handicap"),
    ("Psykisk sårbare", "psykisk-saarbare"),
    ("Flygtninge og indvandrere", "flygtninge-og-indvandrere"),
    ("Pårørende", "paaroerende"),
    ("Alle", "alle"),
]


def create(apps, schema_editor):
    for model_name, terms in [("Category", CATEGORIES), ("TargetGroup", TARGET_GROUPS)]:
        model = apps.get_model("directory", model_name)
        for order, (name, slug) in enumerate(terms):
            model.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order * 10})


def remove(apps, schema_editor):
    for model_name, terms in [("Category", CATEGORIES), ("TargetGroup", TARGET_GROUPS)]:
        apps.get_model("directory", model_name).objects.filter(slug__in=[slug for _, slug in terms]).delete()


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(create, remove)]

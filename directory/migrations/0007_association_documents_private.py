"""Associations given access before documents became private get the same view restriction as new ones.

directory/access.py's keep_documents_private does this for every association given access from now
on; this does it once for those already there, e.g. the collection "Fjordlund Roklub" of the group
"Forening: Fjordlund Roklub" then opens its documents only to that group and the staff.
"""

from django.db import migrations

ASSOCIATION_GROUP_PREFIX = "Forening: "  # directory.access.ASSOCIATION_GROUP_PREFIX, as it was when written


def restrict(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Group = apps.get_model("auth", "Group")
    root = Collection.objects.filter(depth=1).first()
    staff = list(Group.objects.filter(collection_permissions__collection=root).distinct()) if root else []
    permissions = GroupCollectionPermission.objects.filter(group__name__startswith=ASSOCIATION_GROUP_PREFIX)
    for permission in permissions.select_related("group", "collection"):
        restriction = CollectionViewRestriction.objects.filter(collection=permission.collection).first()
        if restriction is None:
            restriction = CollectionViewRestriction.objects.create(
                collection=permission.collection, restriction_type="groups"
            )
        restriction.groups.add(permission.group, *staff)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0006_freshness_dates_and_staff_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(restrict, migrations.RunPython.noop)]

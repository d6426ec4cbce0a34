"""Policy owners use the policy's own collection "Politik", no longer every collection.

Migration home 0003 let Politikejere add and choose images and documents in the root
collection, and so in every collection under it: they could upload into an
association's collection and choose among the associations' working files. Now they
add, change, delete and choose media in "Politik" only (made here when missing; the
demo puts its policy documents there), which Kommunikation reaches from the root.
"""

from django.db import migrations

POLICY_OWNERS = "Politikejere"
COLLECTION = "Politik"
MEDIA = {
    ("wagtailimages", "image"): ["add_image", "change_image", "delete_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "delete_document", "choose_document"],
}


def permissions(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    for (app_label, model), codenames in MEDIA.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()},
            )
            yield permission


def policy_collection(apps):
    """The collection "Politik" under the root, added as the last child the way treebeard's add_child does."""
    Collection = apps.get_model("wagtailcore.Collection")
    root = Collection.objects.get(depth=1)
    found = Collection.objects.filter(depth=2, name=COLLECTION).first()
    if found is not None:
        return found
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    steplen = 4
    number = int(last.path[-steplen:], 36) + 1 if last else 1
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    step = ""
    while number:
        number, digit = divmod(number, 36)
        step = alphabet[digit] + step
    collection = Collection.objects.create(name=COLLECTION, depth=2, path=root.path + step.rjust(steplen, "0"))
    root.numchild = Collection.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    return collection


def forwards(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    owners = Group.objects.filter(name=POLICY_OWNERS).first()
    if owners is None:
        return
    GroupCollectionPermission.objects.filter(group=owners).delete()
    collection = policy_collection(apps)
    for permission in permissions(apps):
        GroupCollectionPermission.objects.get_or_create(group=owners, collection=collection, permission=permission)


def backwards(apps, schema_editor):
    """Back to home 0003's rights: add and choose in the root collection (the collection itself stays)."""
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    owners = Group.objects.filter(name=POLICY_OWNERS).first()
    if owners is None:
        return
    GroupCollectionPermission.objects.filter(group=owners).delete()
    root = Collection.objects.get(depth=1)
    for permission in permissions(apps):
        if permission.codename.startswith(("add_", "choose_")):
            GroupCollectionPermission.objects.get_or_create(group=owners, collection=root, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("policy", "0003_responder_details_can_be_erased"),
        ("home", "0003_editorial_groups"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]

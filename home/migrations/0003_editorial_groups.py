"""Create the editorial groups and route moderation to the communications staff.

- Kommunikation: edits, publishes and moderates every page, manages media and
  the portal settings; every approval task goes to this group.
- Politikejere (policy owners): may use the admin and media; page rights on the
  policy pages are granted where those pages are made.
- Foreningsrepræsentanter (association representatives): no rights of their
  own; each association's group grants rights on that association's pages.

Wagtail's stock "Editors" and "Moderators" groups are removed so that staff
meet only groups that mean something in a kommune.
"""

from django.db import migrations

COMMUNICATIONS = "Kommunikation"
POLICY_OWNERS = "Politikejere"
REPRESENTATIVES = "Foreningsrepræsentanter"

PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]
MEDIA_CODENAMES = {
    ("wagtailimages", "image"): ["add_image", "change_image", "delete_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "delete_document", "choose_document"],
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return perm


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Task = apps.get_model("wagtailcore.Task")

    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    communications, _ = Group.objects.get_or_create(name=COMMUNICATIONS)
    communications.permissions.add(access_admin, permission(apps, "home", "portalsettings", "change_portalsettings"))
    for codename in PAGE_CODENAMES:
        GroupPagePermission.objects.get_or_create(
            group=communications, page=root_page, permission=permission(apps, "wagtailcore", "page", codename)
        )

    policy_owners, _ = Group.objects.get_or_create(name=POLICY_OWNERS)
    policy_owners.permissions.add(access_admin)

    for (app_label, model), codenames in MEDIA_CODENAMES.items():
        for codename in codenames:
            perm = permission(apps, app_label, model, codename)
            GroupCollectionPermission.objects.get_or_create(
                group=communications, collection=root_collection, permission=perm
            )
            if codename.startswith(("add_", "choose_")):
                GroupCollectionPermission.objects.get_or_create(
                    group=policy_owners, collection=root_collection, permission=perm
                )

    Group.objects.get_or_create(name=REPRESENTATIVES)

    # Every approval task that went to Wagtail's stock moderators now goes to Kommunikation.
    for task in GroupApprovalTask.objects.filter(groups__name="Moderators").distinct():
        task.groups.set([communications])
        Task.objects.filter(pk=task.pk).update(name="Godkendelse ved Kommunikation")
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()


def remove_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=[COMMUNICATIONS, POLICY_OWNERS, REPRESENTATIVES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial_homepage_and_locales"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]

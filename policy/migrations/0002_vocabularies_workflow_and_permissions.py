"""Start every install with the guides' vocabularies, the policy workflow and the rights to use them.

- Guide topics and audiences with the names a Danish kommune uses.
- The workflow "Politikgodkendelse": professional review by Politikejere, then
  approval by Kommunikation (the task migration home 0003 set up). New policy
  pages are assigned to it when they are created (policy/signals.py).
- Politikejere read and moderate consultation responses; Kommunikation maintains
  the guide vocabularies. Nobody adds a response in the admin: it is what a
  citizen sent.
"""

from django.db import migrations

TOPICS = [
    ("Rekruttering og fastholdelse af frivillige", "rekruttering"),
    ("Forsikring", "forsikring"),
    ("Børneattest", "boerneattest"),
    ("Tavshedspligt", "tavshedspligt"),
    ("GDPR og persondata", "gdpr"),
    ("Økonomi og fonde", "oekonomi"),
    ("Samarbejde med kommunen", "samarbejde"),
    ("Vedtægter", "vedtaegter"),
]
AUDIENCES = [
    ("Foreninger", "foreninger"),
    ("Frivillige", "frivillige"),
    ("Kommunens medarbejdere", "medarbejdere"),
]
COMMUNICATIONS, POLICY_OWNERS = "Kommunikation", "Politikejere"
WORKFLOW = "Politikgodkendelse"
REVIEW_TASK = "Faglig gennemgang ved Politikejere"
COMMUNICATIONS_TASK = "Godkendelse ved Kommunikation"
GRANTS = {
    COMMUNICATIONS: {"guidetopic": ["add", "change", "delete"], "guideaudience": ["add", "change", "delete"]},
    POLICY_OWNERS: {"consultationresponse": ["view", "change"]},
}


def permissions(apps, grants):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    for model, actions in grants.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="policy", model=model)
        verbose_name = apps.get_model("policy", model)._meta.verbose_name_raw
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {verbose_name}"}
            )
            yield permission


def forwards(apps, schema_editor):
    for model, terms in (("GuideTopic", TOPICS), ("GuideAudience", AUDIENCES)):
        Model = apps.get_model("policy", model)
        for order, (name, slug) in enumerate(terms):
            Model.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order * 10})

    Group = apps.get_model("auth.Group")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in (COMMUNICATIONS, POLICY_OWNERS)}
    for name, grants in GRANTS.items():
        groups[name].permissions.add(*permissions(apps, grants))

    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")

    def task(name, group):
        found = GroupApprovalTask.objects.filter(name=name).first()
        if found is None:
            found = GroupApprovalTask.objects.create(name=name, content_type=task_type, active=True)
        found.groups.add(group)
        return found

    review = task(REVIEW_TASK, groups[POLICY_OWNERS])
    approval = task(COMMUNICATIONS_TASK, groups[COMMUNICATIONS])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=1)


def backwards(apps, schema_editor):
    apps.get_model("wagtailcore.Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore.Task").objects.filter(name=REVIEW_TASK).delete()
    Group = apps.get_model("auth.Group")
    for name, grants in GRANTS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(*permissions(apps, grants))


class Migration(migrations.Migration):
    dependencies = [
        ("policy", "0001_initial"),
        ("home", "0004_name_the_moderation_workflow"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]

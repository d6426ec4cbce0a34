"""What happens around a policy page: versions on adoption, workflow and owners' rights on creation."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage
from wagtail.signals import page_published

from .models import PolicyPage
from .versions import record_adopted_version

POLICY_OWNERS = "Politikejere"
POLICY_WORKFLOW = "Politikgodkendelse"  # Made by migration 0002: professional review, then Kommunikation.


@receiver(page_published, sender=PolicyPage)
def keep_adopted_version(sender, instance, revision=None, **kwargs):
    """Freeze the text as a version the first time it is published as adopted on a new date."""
    record_adopted_version(instance, revision=revision)


@receiver(post_save, sender=PolicyPage)
def set_up_new_policy(sender, instance, created, raw=False, **kwargs):
    """A new policy goes through the two-step workflow, and the policy owners may edit it.

    Both are ordinary Wagtail settings staff can see and change afterwards: the
    workflow is assigned to the page (Settings → Workflows), and the rights are the
    group's page permissions (Settings → Groups). Policy owners may add and change
    pages under the policy, never publish: publishing is the workflow's last step."""
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=POLICY_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance.page_ptr, defaults={"workflow": workflow})
    owners = Group.objects.filter(name=POLICY_OWNERS).first()
    if owners is not None:
        for codename in ("add_page", "change_page"):
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=owners, page=instance.page_ptr, permission=permission)

"""What a policy owner (group Politikejere) may reach in the admin: the policy subtree, its media, the responses.

Policy owners review policy pages and moderate consultation responses. Their rights
are Wagtail's own: add and change on each policy page (policy/signals.py), the
"Politik" collection for the policy's images and documents (migration 0004), and the
Django permissions on consultation responses (migration 0002). The policy app declares
them a confined role to core (core/confinement.py), so that the admin shows them none
of the rest of the site: no other page's draft title in the explorer or in a bulk
action's confirmation, no associations' working files through the admin API, none of
Wagtail's site-wide reports. Their page chooser still offers live pages elsewhere: a
policy links to associations and guides.
"""

from wagtail import hooks
from wagtail.models import Page

from core.confinement import Confinement

from .signals import POLICY_OWNERS

POLICY_COLLECTION = "Politik"  # made by migration 0004; the demo's documents go there too


def policy_pages():
    """The pages the policy owners' group has rights on: each policy with everything under it."""
    return list(Page.objects.filter(group_permissions__group__name=POLICY_OWNERS).distinct().order_by("path"))


@hooks.register("register_admin_confinement")
def confine_policy_owners(user):
    if not user.groups.filter(name=POLICY_OWNERS).exists():
        return None
    return Confinement(pages=policy_pages(), links_anywhere=True)

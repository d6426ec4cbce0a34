"""The short volunteering policy of the demo's second kommune, Nabo Kommune (``manage.py load_demo --site``)."""

import datetime

from django.utils import timezone

from ..models import PolicyPage

POLICY = {
    "title": "Frivilligpolitik for Nabo Kommune",
    "slug": "frivilligpolitik",
    "intro": "Nabo Kommune vil gøre det let at være frivillig og at starte et nyt fællesskab.",
    "vision": "<p>Alle i Nabo Kommune skal kunne finde et fællesskab, hvor de kan gøre en forskel.</p>",
    "adopted_by": "Kommunalbestyrelsen",
}


def load_second_site(command, site, home):
    """Nabo Kommune's adopted policy under its home page, where missing."""
    if PolicyPage.objects.child_of(home).exists():
        return
    adopted = timezone.localdate() - datetime.timedelta(days=200)
    policy = PolicyPage(
        **POLICY,
        status=PolicyPage.ADOPTED,
        adopted_on=adopted,
        next_evaluation_on=adopted + datetime.timedelta(days=4 * 365),
        show_in_menus=True,
        live=False,
    )
    home.add_child(instance=policy)
    policy.save_revision().publish()
    command.report(f"Nabo Kommune: created {policy.title!r}")

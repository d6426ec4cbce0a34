"""Several kommuner on one installation: adding a further kommune's site, and its own staff group.

``add_site`` makes what the admin cannot (the page tree allows one home page under the root, so
nobody adds one by mistake): the kommune's home page beside the first one's, its Site (hostname),
its settings (name, contact point) and its group. ``manage.py add_site`` runs it.

The installation's first kommune keeps the groups the migrations made (Kommunikation edits every
page from the tree's root). A further kommune's site gets "Kommunikation – <its name>": the same
admin, media and vocabulary rights as Kommunikation, but page rights only on its own home page and
what lies below, so Nabo Kommune's communications staff cannot edit Fjordlund's pages.
Representatives already get rights only on their own association (directory/access.py).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Locale, Page, Site

from .models import HomePage, PortalSettings

COMMUNICATIONS = "Kommunikation"  # the group home/migrations/0003_editorial_groups.py made
PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]


def site_name(site):
    return site.site_name or site.hostname


def communications_group_name(site):
    """ "Kommunikation" for the default site, "Kommunikation – Nabo Kommune" for another."""
    if site is None or site.is_default_site:
        return COMMUNICATIONS
    return f"{COMMUNICATIONS} – {site_name(site)}"[:150]


@transaction.atomic
def create_site_groups(site):
    """The further site's communications group, with page rights on its tree only; returns the group.

    Its model and collection rights are copied from Kommunikation (the portal settings, the vocabularies,
    the media). Run again after the site's home page changes: the page rights follow it."""
    group, _created = Group.objects.get_or_create(name=communications_group_name(site))
    if site.is_default_site:
        return group
    template = Group.objects.filter(name=COMMUNICATIONS).first()
    if template is not None:
        group.permissions.add(*template.permissions.all())
        for grant in GroupCollectionPermission.objects.filter(group=template):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection_id=grant.collection_id, permission_id=grant.permission_id
            )
    GroupPagePermission.objects.filter(group=group).exclude(page_id=site.root_page_id).delete()
    for codename in PAGE_CODENAMES:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page_id=site.root_page_id,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    return group


@transaction.atomic
def add_site(hostname, name, slug, kommune_name, *, port=80, contact_email=""):
    """A further kommune's site: its home page under the root (``slug``), its Site answering ``hostname``,
    its settings and its communications group. Returns the Site.

    ``add_site("nabo.localhost", "Frivillig i Nabo", "nabo", "Nabo Kommune")`` serves
    http://nabo.localhost/ from the page /nabo/. Its directory, policy and other pages are added in
    the admin under the new home page, as on the first site."""
    root = Page.get_first_root_node()
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first() or Locale.get_default()
    with translation.override(settings.LANGUAGE_CODE):
        home = HomePage(
            title=gettext("Front page"),
            slug=slug,
            locale=locale,
            hero_heading=gettext("Find your volunteering community"),
            hero_intro=gettext("Associations, volunteer tasks and the kommune's volunteering policy in %(kommune)s.")
            % {"kommune": kommune_name},
        )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.create(hostname=hostname, port=port, site_name=name, root_page=home, is_default_site=False)
    portal = PortalSettings.for_site(site)
    portal.kommune_name = kommune_name
    portal.portal_name = name
    portal.contact_email = contact_email
    portal.save()
    create_site_groups(site)
    return site

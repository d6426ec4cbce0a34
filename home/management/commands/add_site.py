"""Add a further kommune to the installation: ``manage.py add_site nabo.example.dk nabo "Nabo Kommune"``.

Makes its home page, its Site (the hostname it answers to), its settings and the group
"Kommunikation – <name>" (home/sites.py). See "Several kommuner on one installation" in the README."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page, Site

from home.sites import add_site


class Command(BaseCommand):
    help = "Add a further kommune's site: its home page, hostname, settings and communications group."

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="The hostname the site answers to, e.g. frivillig.nabo.dk.")
        parser.add_argument("slug", help="The home page's slug in the page tree, e.g. nabo.")
        parser.add_argument("kommune", help='The name of the kommune, e.g. "Nabo Kommune".')
        parser.add_argument("--name", default="", help='The name of the portal (default: "Frivillig i <kommune>").')
        parser.add_argument("--port", type=int, default=80, help="The port it answers on (default 80).")
        parser.add_argument("--contact-email", default="", help="The kommune's volunteering contact address.")

    def handle(self, *args, hostname, slug, kommune, name, port, contact_email, **options):
        if Site.objects.filter(hostname=hostname, port=port).exists():
            raise CommandError(f"A site already answers to {hostname}:{port}.")
        if Page.get_first_root_node().get_children().filter(slug=slug).exists():
            raise CommandError(f"A page under the root already has the slug {slug!r}.")
        name = name or f"Frivillig i {kommune.removesuffix(' Kommune')}"
        site = add_site(hostname, name, slug, kommune, port=port, contact_email=contact_email)
        self.stdout.write(f"{site.site_name}: {site.root_url}/ (Kommunikation – {site.site_name} edits its pages)")

"""Load demo content for the fictional Fjordlund Kommune.

Developers, testers and kommuner trying the portal need a site that looks like
the real thing: pages with substance, pictures, a logo, an English version and
users to log in with. The texts live in home/demo/content.py and the pictures
are drawn by home/demo/artwork.py, so this file only puts them in place. Other
apps add theirs through the ``portal_demo_content`` hook (see load_app_content):
the directory adds its associations, volunteer tasks and representatives. When
everything is in place, the ``portal_demo_loaded`` hook tells them so (see loaded).

The command only creates what is missing, so running it twice changes nothing
and it never overwrites what an editor has changed. The browser tests load the
demo before every test, so it should stay fast: search and reference indexes
are updated once at the end (see indexes_updated_once).
"""

import io
import logging
import os
import re
from collections import defaultdict
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import translation
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.fields import StreamField
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.demo import artwork, content
from home.models import ContactPoint, HomePage, PortalSettings, StandardPage
from home.sites import add_site, create_site_groups

DEMO_DIR = Path(content.__file__).resolve().parent

# Users to log in with. Add a dict here to get another user, printed with the rest.
DEMO_USERS = [
    {
        "username": "admin",
        "first_name": "Anne",
        "last_name": "Winther",
        "email": "admin@fjordlund.dk",
        "role": "Administrator (superuser)",
        "password_env": "DEMO_ADMIN_PASSWORD",
        "default_password": "fjordlund-admin",
        "superuser": True,
        "groups": [],
    },
    {
        "username": "redaktoer",
        "first_name": "Sofie",
        "last_name": "Dahl",
        "email": "redaktoer@fjordlund.dk",
        "role": "Communications editor (group Kommunikation)",
        "password_env": "DEMO_EDITOR_PASSWORD",
        "default_password": "fjordlund-redaktoer",
        "superuser": False,
        "groups": ["Kommunikation"],
    },
]


# With --site: a second small kommune on the same installation, served at http://nabo.localhost:<port>/
# (browsers send *.localhost to 127.0.0.1; Wagtail tells the sites apart by the Host header).
SECOND_SITE = {
    "hostname": "nabo.localhost",
    "slug": "nabo",
    "name": "Frivillig i Nabo",
    "kommune": "Nabo Kommune",
    "contact_email": "frivillig@nabo.example.dk",
}
SECOND_SITE_USER = {
    "username": "nabo-redaktoer",
    "first_name": "Jonas",
    "last_name": "Holm",
    "email": "redaktoer@nabo.example.dk",
    "role": "Communications editor of Nabo Kommune only",
    "password_env": "DEMO_EDITOR_PASSWORD",
    "default_password": "nabo-redaktoer",
    "superuser": False,
    "groups": [],  # its site's group, given by load_second_site
}


class Command(BaseCommand):
    help = "Load demo pages, images, settings and users for the fictional Fjordlund Kommune."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even where DEMO_CONTENT_ALLOWED (default: DEBUG) is off.",
        )
        parser.add_argument(
            "--site",
            action="store_true",
            help="Also load a second small kommune (Nabo Kommune) as a site of its own at nabo.localhost.",
        )

    def handle(self, *args, force=False, site=False, verbosity=1, **options):
        # Demo users with known passwords must never reach production by mistake.
        if not (getattr(settings, "DEMO_CONTENT_ALLOWED", settings.DEBUG) or force):
            raise CommandError(
                "Demo content is not allowed here: it creates users with known passwords. "
                "Set DEMO_CONTENT_ALLOWED = True in the settings (it defaults to DEBUG), or use --force."
            )
        self.verbosity = verbosity
        self.changed = False
        # Wagtail logs every page saved and task run; below verbosity 2 that drowns our summary.
        previous_disable = logging.root.manager.disable
        if verbosity < 2:
            logging.disable(logging.INFO)
        try:
            with transaction.atomic(), indexes_updated_once():
                images = self.load_images()
                home = self.home_page()
                pages, new_pages = self.load_pages(home)
                extra_users = self.load_app_content(home, pages, images)
                self.fill_pages(new_pages, pages, images)
                self.fill_home(home, pages, images)
                self.fill_settings(home, images["logo"], pages)
                self.translate(home, pages, images)
                if site:
                    extra_users.append(self.load_second_site())
                logins = self.load_users(extra_users)
            if self.changed:
                self.loaded()
        finally:
            logging.disable(previous_disable)
        if not self.changed:
            self.say("Demo content is already loaded; nothing changed.")
        self.print_logins(logins, second_site=site)

    def loaded(self):
        """Tell other apps the demo content is in place, through the ``portal_demo_loaded`` hook.

        A hook is ``fn(command)``; it runs once, after every page and user is saved, and only when
        this run changed something: the search, for one, counts the words of everything published."""
        for demo_loaded in hooks.get_hooks("portal_demo_loaded"):
            demo_loaded(self)

    def say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

    def report(self, message):
        self.changed = True
        self.say(message)

    # Images

    def load_images(self):
        """The illustrations and the logo by key, drawing those not in the image library yet."""
        collection = Collection.get_first_root_node()
        created = []
        images = {
            spec["key"]: self.image(
                collection, spec, f"demo-{spec['key']}.jpg", partial(artwork.render, spec["scene"]), created
            )
            for spec in content.IMAGES
        }
        logo_file = DEMO_DIR / content.LOGO["file"]
        images["logo"] = self.image(collection, content.LOGO, "demo-fjordlund-logo.svg", logo_file.read_bytes, created)
        if created:
            self.report(f"Created {len(created)} images: {', '.join(created)}")
        return images

    def image(self, collection, spec, filename, make_bytes, created):
        """The image titled spec["title"]; make_bytes() is only called when it has to be created."""
        image = Image.objects.filter(collection=collection, title=spec["title"]).first()
        if image is None:
            image = Image(
                title=spec["title"],
                description=spec["description"],
                collection=collection,
                file=ImageFile(io.BytesIO(make_bytes()), name=filename),
            )
            # Size and hash now, or Wagtail saves the image again on its first use.
            image._set_image_file_metadata()
            image.save()
            created.append(spec["title"])
        return image

    # Pages

    def home_page(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = site and site.root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError("The default site's root page is not a HomePage; run the migrations first.")
        # Links in emails (page.full_url) use the site's address: make it the demo's own, the address
        # it is served on (BASE_URL, which `make run PORT=8100` sets to http://127.0.0.1:8100). It
        # follows BASE_URL on every run, so a demo first served on :8000 and then on :8100 does not
        # keep mailing links to :8000.
        base = urlsplit(settings.BASE_URL)
        port = base.port or (443 if base.scheme == "https" else 80)
        if base.hostname and (site.hostname, site.port) != (base.hostname, port):
            site.hostname, site.port = base.hostname, port
            site.save(update_fields=["hostname", "port"])
            self.report(f"Set the site's address to {base.hostname}:{port}")
        return home

    def load_pages(self, home):
        """All Danish plain pages by key, and the new ones with their specs (still without a body)."""
        pages, new = {}, []
        self.add_pages(home, content.PAGES, pages, new)
        return pages, new

    def fill_pages(self, new, pages, images):
        """Give new plain pages their body once every app has made its pages, so links to them resolve."""
        for _stale, spec in new:
            page = pages[spec["key"]]  # Read again after the hooks, which may have moved pages.
            page.body = self.stream(spec["body"], images, pages)
            page.save_revision().publish()
        if new:
            self.report(f"Created {len(new)} pages: {', '.join(page.title for page, _spec in new)}")

    def add_pages(self, parent, specs, pages, new):
        for spec in specs:
            page = Page.objects.child_of(parent).filter(slug=spec["slug"]).first()
            if page is None:
                page = StandardPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    intro=spec["intro"],
                    search_description=spec["search_description"],
                    show_in_menus=spec["in_menu"],
                    live=False,
                )
                parent.add_child(instance=page)
                new.append((page, spec))
            pages[spec["key"]] = page.specific
            self.add_pages(page, spec.get("children", []), pages, new)

    def load_app_content(self, home, pages, images):
        """Let other apps add their demo content and users through the ``portal_demo_content`` hook.

        A hook is ``fn(command, home=..., pages=..., images=...)`` and returns a list of user
        specs (like DEMO_USERS) or None. It runs once the plain pages exist, so its pages can
        link to them (``command.stream`` resolves content.py's blocks), but before their bodies
        are written and the home page is filled, so those can link to its pages: a hook adds the
        pages it makes to ``pages`` under its own keys (the directory adds "foreninger" and
        "bliv-frivillig", the policy app "frivilligpolitik", "guides" and one key per guide).
        """
        extra_users = []
        for load_app_demo in hooks.get_hooks("portal_demo_content"):
            extra_users.extend(load_app_demo(self, home=home, pages=pages, images=images) or [])
        # A hook may move pages to give its own a place in the menu. Read the pages again, so
        # nothing below works with paths that are only stale copies of the database's.
        fresh = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages.values()]).specific()}
        pages.update({key: fresh[page.pk] for key, page in pages.items()})
        return extra_users

    def fill_home(self, home, pages, images):
        """Fill in the home page that migration 0002 left bare, unless someone has worked on it since."""
        if home.hero_image_id or home.revisions.exists():
            return
        spec = content.HOME
        home.title = home.draft_title = spec["title"]
        home.hero_image = images[spec["hero_image"]]
        self.fill_home_fields(home, spec, pages, images)
        home.save_revision().publish()
        self.report("Filled in the home page")

    def fill_home_fields(self, home, spec, pages, images):
        for field in ("hero_heading", "hero_intro", "search_heading", "search_description"):
            setattr(home, field, spec[field])
        home.entry_points = [
            (
                "entry_point",
                {
                    "title": entry["title"],
                    "text": entry["text"],
                    "icon": entry["icon"],
                    "link": {"text": entry["title"], "page": pages[entry["page"]], "url": ""},
                },
            )
            for entry in spec["entry_points"]
        ]
        home.body = self.stream(spec["body"], images, pages)

    def translate(self, home, pages, images):
        """Translations of the home page and the pages every visitor may need, written for the demo.

        English for the plain pages here (content.TRANSLATIONS), Ukrainian and Arabic for the home page
        (content.MORE_TRANSLATIONS); other apps add theirs through the ``portal_demo_translations`` hook:
        ``fn(command, pages=...)`` returns ``[(danish page, {"en": {field: value}, "uk": …}), …]``, parents
        before their children. Every translation says it is one for the demo (``DEMO_NOTE``), so staff
        know a translator never read it."""
        sources = {"home": home, **pages}
        languages = {"en": dict(content.TRANSLATIONS)}
        for code, specs in content.MORE_TRANSLATIONS.items():
            languages.setdefault(code, {}).update(specs)
        for app_translations in hooks.get_hooks("portal_demo_translations"):
            for page, by_language in app_translations(self, pages=pages) or []:
                key = f"page-{page.pk}"
                sources[key] = page
                for code, spec in by_language.items():
                    languages.setdefault(code, {})[key] = spec
        for code, specs in languages.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is not None:
                self.translate_into(locale, specs, sources, images)
        self.translate_contact_point(home)

    def translate_contact_point(self, home):
        """The contact point's name and opening hours in English, Ukrainian and Arabic, as "Translate" in the
        admin would make them; the opening hours, shown in every page's footer, end with the demo note."""
        point = PortalSettings.for_site(home.get_site()).contact_point
        if point is None:
            return
        made = []
        for locale in Locale.objects.exclude(pk=point.locale_id).filter(language_code__in=content.CONTACT_POINT):
            if point.has_translation(locale):
                continue
            texts = content.CONTACT_POINT[locale.language_code]
            translated = point.copy_for_translation(locale)
            translated.name = texts["name"]
            translated.opening_hours = f"{texts['opening_hours']}\n({content.DEMO_NOTE[locale.language_code]})"
            translated.save()
            made.append(locale.language_code)
        if made:
            self.report(f"Translated the contact point: {', '.join(sorted(made))}")

    def translate_into(self, locale, specs, sources, images):
        # Copy every missing page first (the home page first, as the others go under it),
        # so that links can point to the translated page wherever there is one.
        new = {}
        for key in specs:
            if not sources[key].get_translation_or_none(locale):
                new[key] = sources[key].copy_for_translation(locale, copy_parents=True)
        if not new:
            return
        # Fetch the copies again: copying a child updates its parent's tree fields only in the
        # database, and publishing a stale home page would leave it without children.
        new = {key: Page.objects.get(pk=page.pk).specific for key, page in new.items()}
        targets = {key: page.get_translation_or_none(locale) or page for key, page in sources.items()}
        targets.update(new)
        note = content.DEMO_NOTE[locale.language_code]
        for key, page in new.items():
            spec = content.TRANSLATIONS[key] if locale.language_code == "en" and key in content.TRANSLATIONS else None
            spec = spec or specs[key]
            page.title = page.draft_title = spec["title"]
            if key == "home":
                self.fill_home_fields(page, spec, targets, images)
            else:
                # Rename the copy quietly: it was never live, so its Danish slug needs no redirect.
                page.slug = spec["slug"]
                page.set_url_path(page.get_parent())
                Page.objects.filter(pk=page.pk).update(slug=page.slug, url_path=page.url_path)
                for name, value in spec.items():
                    if name in ("title", "slug"):
                        continue
                    if isinstance(page._meta.get_field(name), StreamField):
                        value = self.stream(value, images, targets)
                    setattr(page, name, value)
            for name in ("hero_intro", "intro", "summary"):  # The first text a reader sees says it.
                if hasattr(page, name) and isinstance(getattr(page, name), str):
                    setattr(page, name, f"{getattr(page, name)} ({note})".strip())
                    break
            page.save_revision(clean=False).publish()
        with translation.override("en"):  # "Created Ukrainian pages: …", as the rest of the report is in English.
            language = locale.get_display_name()
        self.report(f"Created {language} pages: {', '.join(page.title for page in new.values())}")

    def stream(self, blocks, images, pages):
        """Turn content.py's blocks into StreamField data, with real images and pages."""
        data = []
        for name, value in blocks:
            if name == "paragraph":
                value = self.rich_text(value, pages)
            elif name == "info_box":
                value = {**value, "text": self.rich_text(value["text"], pages)}
            elif name == "image":
                image = images[value["image"]]
                alt_text = value["alt"] or image.description
                value = {
                    "image": {"image": image, "decorative": False, "alt_text": alt_text},
                    "caption": value["caption"],
                }
            elif name == "call_to_action":
                link = value["link"]
                page = pages[link["page"]] if link["page"] else None
                value = {**value, "link": {"text": link["text"], "page": page, "url": link["url"]}}
            data.append((name, value))
        return data

    def rich_text(self, html, pages):
        return re.sub(rf'id="{content.LINK_TOKEN}([\w-]+)"', lambda match: f'id="{pages[match[1]].pk}"', html)

    # Settings

    def fill_settings(self, home, logo, pages):
        """Fill in the portal settings, leaving alone every field someone has already set."""
        portal = PortalSettings.for_site(home.get_site())
        values = {
            **content.SETTINGS,
            "logo": logo,
            "privacy_page": pages[content.PRIVACY_PAGE],
            "accessibility_page": pages[content.ACCESSIBILITY_PAGE],
        }
        if portal.contact_point_id is None:
            values["contact_point"] = ContactPoint.objects.create(**content.CONTACT_POINT["da"])
        changed = []
        for name, value in values.items():
            field = PortalSettings._meta.get_field(name)
            if field.is_relation:
                untouched = getattr(portal, field.attname) is None
            else:
                current = getattr(portal, name)
                untouched = current in ("", None) or current == field.get_default()
            if untouched:
                setattr(portal, name, value)
                changed.append(name)
        if changed:
            portal.save()
            self.report("Filled in the portal settings")

    # A second kommune (--site)

    def load_second_site(self):
        """Nabo Kommune as a site of its own: home page, settings, group, then what the apps add through the
        ``portal_demo_site`` hook (``fn(command, site=..., home=...)``: the directory, the policy).
        Returns the spec of its editor, who may edit Nabo's pages and not Fjordlund's."""
        spec = SECOND_SITE
        port = urlsplit(settings.BASE_URL).port or 80
        site = Site.objects.filter(hostname=spec["hostname"]).first()
        if site is None:
            site = add_site(
                spec["hostname"],
                spec["name"],
                spec["slug"],
                spec["kommune"],
                port=port,
                contact_email=spec["contact_email"],
            )
            self.report(f"Created the site of {spec['kommune']} at {site.root_url}/")
        home = site.root_page.specific
        for load_site_demo in hooks.get_hooks("portal_demo_site"):
            load_site_demo(self, site=site, home=home)
        group = create_site_groups(site)
        return {**SECOND_SITE_USER, "setup": lambda user: user.groups.add(group)}

    # Users

    def load_users(self, extra_users=()):
        """Create the demo users that are missing; return what to print about every one.

        A spec may carry a ``setup(user)`` callable, run once when the user is created
        (e.g. to give an association's representative access to its pages)."""
        User = get_user_model()
        logins, created = [], []
        for spec in [*DEMO_USERS, *extra_users]:
            password = os.environ.get(spec["password_env"]) or spec["default_password"]
            user = User.objects.filter(username=spec["username"]).first()
            if user is None:
                user = self.create_user(User, spec, password)
                created.append(spec["username"])
            elif not check_password(password, user.password):
                password = "(not set by load_demo)"
            logins.append({"username": spec["username"], "password": password, "role": spec["role"]})
        if created:
            self.report(f"Created users: {', '.join(created)}")
        return logins

    def create_user(self, User, spec, password):
        groups = []
        for name in spec["groups"]:
            group = Group.objects.filter(name=name).first()
            if group is None:
                raise CommandError(f"The group {name!r} is missing; run the migrations first.")
            groups.append(group)
        make = User.objects.create_superuser if spec["superuser"] else User.objects.create_user
        user = make(
            username=spec["username"],
            email=spec["email"],
            password=password,
            first_name=spec["first_name"],
            last_name=spec["last_name"],
        )
        user.groups.set(groups)
        if spec.get("setup"):
            spec["setup"](user)
        return user

    def print_logins(self, logins, second_site=False):
        site_url = settings.BASE_URL.rstrip("/") + "/"
        port = urlsplit(settings.BASE_URL).port
        nabo_url = f"http://{SECOND_SITE['hostname']}{f':{port}' if port else ''}/"
        width = max((len(login["username"]) for login in logins), default=8) + 2
        pw_width = max((len(login["password"]) for login in logins), default=8) + 2
        lines = [
            "",
            "=" * 72,
            "Frivillig i Fjordlund – demo",
            f"  Site:  {site_url}",
            f"  Admin: {site_url}admin/",
            *([f"  {SECOND_SITE['kommune']}: {nabo_url}"] if second_site else []),
            "",
            f"  {'Username':<{width}}{'Password':<{pw_width}}Role",
            *(f"  {login['username']:<{width}}{login['password']:<{pw_width}}{login['role']}" for login in logins),
            "=" * 72,
        ]
        self.say("\n".join(lines))


@contextmanager
def indexes_updated_once():
    """Update the search and reference indexes at the end, once for each object saved inside.

    Wagtail updates both on every save, and adding, publishing and translating a page
    saves it, its revision and each of its activities or contacts several times: left
    alone, that is most of the demo's load time. The objects are indexed as Wagtail's
    own signal handlers would: a page as its specific type, a child of a cluster (an
    association's activity) through its parent. Signals are switched off for the whole
    process meanwhile, which is fine for a management command and for the tests, which
    load the demo before their server gets requests.
    """
    saved = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        if raw:
            return
        for field in instance._meta.get_fields():
            if isinstance(field, ParentalKey):
                instance_model, pk = field.related_model, getattr(instance, field.attname)
                break
        else:
            instance_model, pk = type(instance), instance.pk
        if issubclass(instance_model, Page):
            saved[Page].add(pk)
        elif ReferenceIndex.is_indexed(instance_model) or index.class_is_indexed(instance_model):
            saved[instance_model].add(pk)

    paused = [model for model in index.get_indexed_models() if post_save.disconnect(post_save_signal_handler, model)]
    post_save.connect(remember, weak=False, dispatch_uid="load_demo_indexes_updated_once")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="load_demo_indexes_updated_once")
        for model in paused:
            post_save.connect(post_save_signal_handler, model)

    by_model = defaultdict(list)
    for page in Page.objects.filter(pk__in=saved.pop(Page, ())).specific():
        by_model[type(page)].append(page)
    for model, pks in saved.items():
        by_model[model].extend(model._default_manager.filter(pk__in=pks))
    for model, objects in by_model.items():
        if ReferenceIndex.is_indexed(model):
            for instance in objects:
                ReferenceIndex.create_or_update_for_object(instance)
        if index.class_is_indexed(model):
            indexed = model.get_indexed_objects().filter(pk__in=[instance.pk for instance in objects])
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, list(indexed))

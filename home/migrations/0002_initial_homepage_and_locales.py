"""Replace Wagtail's welcome page with our HomePage and create the content locales."""

import uuid

from django.conf import settings
from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    danish = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    if HomePage.objects.exists():
        return
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2, slug="home").delete()
    root = Page.objects.get(depth=1)
    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    # The welcome page's path may have been taken; find the next free one.
    used = set(Page.objects.filter(depth=2).values_list("path", flat=True))
    number = 1
    while f"{root.path}{number:04d}" in used:
        number += 1
    home = HomePage.objects.create(
        title="Forside",
        draft_title="Forside",
        slug="home",
        content_type=home_type,
        path=f"{root.path}{number:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=danish,
        translation_key=uuid.uuid4(),
        live=True,
        hero_heading="Frivilligportal",
        entry_points="[]",
        body="[]",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="")


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(depth=2, slug="home").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]

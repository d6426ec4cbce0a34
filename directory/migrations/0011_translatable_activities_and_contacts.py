"""An association's activities and contacts become translatable (their texts; the facts stay in sync).

Each existing row takes its page's locale. A translated page's rows were copied from the Danish page's,
so they take the translation keys of the Danish rows in the same order (the first activity of the English
"Fjordlund Roklub" is the translation of the first Danish one): wagtail-localize then updates them in place
rather than replacing them on the next synchronisation. Rows that do not line up get keys of their own.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from wagtail.coreutils import get_supported_content_language_variant

CHILDREN = ("Activity", "AssociationContact")


def keys_and_locales(apps, schema_editor):
    AssociationPage = apps.get_model("directory", "AssociationPage")
    Locale = apps.get_model("wagtailcore", "Locale")
    danish = Locale.objects.filter(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)).first()
    pages = {page.pk: page for page in AssociationPage.objects.only("pk", "translation_key", "locale_id")}
    for name in CHILDREN:
        Child = apps.get_model("directory", name)
        by_page = {}
        for child in Child.objects.order_by("association_id", "sort_order", "pk"):
            by_page.setdefault(child.association_id, []).append(child)
        # The Danish page of each translation key, whose rows' keys the translations take.
        sources = {
            page.translation_key: page.pk
            for page in pages.values()
            if danish is not None and page.locale_id == danish.pk
        }
        for page_id, children in by_page.items():
            for child in children:
                child.locale_id = pages[page_id].locale_id
                child.translation_key = uuid.uuid4()
        for page_id, children in by_page.items():
            source_id = sources.get(pages[page_id].translation_key)
            if source_id is None or source_id == page_id:
                continue
            source_children = by_page.get(source_id, [])
            if len(source_children) == len(children):
                for child, source_child in zip(children, source_children, strict=True):
                    child.translation_key = source_child.translation_key
        for children in by_page.values():
            for child in children:
                child.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0010_translatable_vocabularies"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *(
            operation
            for model_name in ("activity", "associationcontact")
            for operation in (
                migrations.AddField(
                    model_name=model_name,
                    name="locale",
                    field=models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AddField(
                    model_name=model_name, name="translation_key", field=models.UUIDField(editable=False, null=True)
                ),
            )
        ),
        migrations.RunPython(keys_and_locales, migrations.RunPython.noop),
        *(
            operation
            for model_name in ("activity", "associationcontact")
            for operation in (
                migrations.AlterField(
                    model_name=model_name,
                    name="locale",
                    field=models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AlterField(
                    model_name=model_name,
                    name="translation_key",
                    field=models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                migrations.AlterUniqueTogether(name=model_name, unique_together={("translation_key", "locale")}),
            )
        ),
    ]

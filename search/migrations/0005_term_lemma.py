from django.db import migrations, models

from search.danish import normalise
from search.lexicon import lemma


def fill_lemmas(apps, schema_editor):
    """The words already counted get their lemma now, not only at the next ``update_index``."""
    Term = apps.get_model("search", "Term")
    terms = list(Term.objects.only("id", "word"))
    for term in terms:
        term.lemma = lemma(normalise(term.word))[:100]
    Term.objects.bulk_update(terms, ["lemma"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_searchdocument_site"),
    ]

    operations = [
        migrations.AddField(
            model_name="term",
            name="lemma",
            field=models.CharField(blank=True, max_length=100, verbose_name="lemma"),
        ),
        migrations.RunPython(fill_lemmas, migrations.RunPython.noop),
    ]

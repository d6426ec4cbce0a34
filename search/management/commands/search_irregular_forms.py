"""``search_irregular_forms``: write the table of Danish irregular forms the query side reads (search/lexicon.py).

simplemma's Danish lexicon has ~790,000 forms with their lemmas; loading it costs a process ~100 MB, too much
for every web process. Most of it a rule reaches anyway (Snowball's stems, hunspell-da's suffixes): this keeps
the few thousand forms a rule misses ("bøger": "bog", "gæs": "gås"). Run it again after upgrading simplemma.
"""

from django.core.management.base import BaseCommand

from search import danish, lexicon


class Command(BaseCommand):
    help = "Write search/fixtures/irregular_forms_da.tsv from simplemma's Danish lexicon."

    def handle(self, *args, **options):
        dictionary = lexicon.hunspell()  # Where it is installed, only the forms it agrees are irregular.
        pairs = lexicon.irregular_pairs(lexicon.simplemma_pairs(), danish.stem, dictionary)
        lines = [f"{form}\t{lemma}" for form, lemma in sorted(pairs.items())]
        lexicon.IRREGULAR_FORMS.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.stdout.write(f"{len(lines)} irregular forms written to {lexicon.IRREGULAR_FORMS}")

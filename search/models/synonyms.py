"""Synonyms staff maintain: words that citizens and associations use for the same thing.

"ældre" and "seniorer", "besøgsven" and "besøgstjeneste": a citizen should not
have to guess the association's word. The database backend expands queries with
them; Elasticsearch applies them at index time (search/backends.py).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..danish import normalise


def split_terms(text):
    """Terms from a comma- or line-separated list, normalised, in order, without repeats."""
    seen = []
    for raw in (text or "").replace("\n", ",").split(","):
        term = " ".join(normalise(raw).split())
        if term and term not in seen:
            seen.append(term)
    return seen


class SynonymGroupManager(models.Manager):
    def get_by_natural_key(self, terms):
        # The oldest group with these words: staff may have saved the same list twice by hand.
        return self.filter(terms=terms).order_by("pk")[:1].get()


class SynonymGroup(index.Indexed, models.Model):
    terms = models.TextField(
        _("words"),
        help_text=_("Two or more words that mean the same here, separated by commas, e.g. 'ældre, seniorer'."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True, help_text=_("Why these belong together."))
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    # A group is known by its words, so ``manage.py loaddata starter_synonyms`` a second time (or after
    # ``load_demo``, which writes the same lists) finds "ældre, seniorer, pensionister" and keeps one
    # group rather than adding a copy; a group staff have since edited is a different group.
    objects = SynonymGroupManager()

    panels = [FieldPanel("terms"), FieldPanel("note")]
    search_fields = [index.SearchField("terms"), index.AutocompleteField("terms")]

    class Meta:
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")
        ordering = ["terms"]

    def __str__(self):
        return ", ".join(self.term_list)

    def natural_key(self):
        return (self.terms,)

    @property
    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        terms = split_terms(self.terms)
        if len(terms) < 2:
            raise ValidationError({"terms": _("Give at least two words, separated by commas.")})
        too_long = [term for term in terms if len(term) > 60]
        if too_long:
            raise ValidationError({"terms": _("A word can be at most 60 characters: %(word)s") % {"word": too_long[0]}})
        self.terms = ", ".join(terms)

"""The base of the fixed vocabularies staff maintain in the admin and editors pick from.

Free tags would splinter ("Idræt", "idræt og motion", "Sport"), and the filters citizens
use depend on one shared list. The directory (categories, target groups, localities) and
the guides (topics, audiences) each make their lists from ``VocabularyTerm``.

The terms are translatable the wagtail-localize way: the Danish term is the source, staff
translate it in the admin ("Translate" on the snippet), and the English "Sport" is a second row
with the same ``translation_key`` in the English locale. Pages, facets and filter addresses only
ever point at the Danish term (editors choose from the Danish list: ``source_terms``); what a
visitor reads is ``term.localized.name``, the name in their language or the Danish one.
"""

from asgiref.local import Local
from django.conf import settings
from django.core.signals import request_started
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import cachegen

# What a listing loads of a term to show and filter by it, ``translation_key`` included so that
# ``term.localized`` finds the translation without loading the rest of the term (one query per term).
TERM_FIELDS = ("id", "name", "slug", "sort_order", "translation_key")


def source_language():
    """The language of the source terms and pages: the default locale's ("da")."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def visitor_language():
    """The content language the visitor reads ("en" under /en/), or the source language when none fits."""
    language = get_language()
    try:
        return get_supported_content_language_variant(language) if language else source_language()
    except LookupError:
        return source_language()


def source_terms():
    """Only the Danish terms: the ``limit_choices_to`` of every field that points at a vocabulary.

    A page in any language points at the Danish "Idræt og motion", never at its English row, so a
    filter ``?kategori=idraet-og-motion`` finds the same pages whatever the visitor's language.
    """
    return models.Q(locale__language_code=source_language())


class SourceQuerySet(models.QuerySet):
    """The rows of a translatable model (vocabulary terms, the contact point) with their Danish sources at hand."""

    def sources(self):
        """The Danish rows: the terms pages point at and filters use, the contact point the settings choose."""
        return self.filter(source_terms())


# The translations of each vocabulary in each language, read once per request
# ({(model label, language): {translation_key: term}}) from the cache under the pages generation (no query: saving
# a term, a snippet, bumps it) or with one query. Cleared when a request starts and when a term changes, so a term
# translated a moment ago shows at once.
_translations = Local()


def forget_translations(**kwargs):
    _translations.tables = {}


def translations_of(model, language):
    """The terms of ``model`` in ``language`` by translation key: from the cache, else one query per request."""
    tables = getattr(_translations, "tables", None)
    if tables is None:
        tables = _translations.tables = {}
    key = (model._meta.label, language)
    if key not in tables:

        def read():
            return {
                term.translation_key: term for term in model._default_manager.filter(locale__language_code=language)
            }

        tables[key] = cachegen.cached(f"translations:{model._meta.label}:{language}", read)
    return tables[key]


class VocabularyTerm(TranslatableMixin, index.Indexed, models.Model):
    # Unique within a language (see Meta): the English "Sport" may be spelt like another language's term.
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        blank=True,
        help_text=_("Used in filter addresses. Filled in from the name if left empty."),
    )
    description = models.CharField(_("description"), max_length=250, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    objects = SourceQuerySet.as_manager()

    # The name and description are translated; the slug (the filter address) and the order stay the Danish term's.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="%(app_label)s_%(class)s_unique_name"),
            models.UniqueConstraint(fields=["slug", "locale"], name="%(app_label)s_%(class)s_unique_slug"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))[:80]
        super().save(*args, **kwargs)

    @property
    def localized(self):
        """The term in the visitor's language, or this (Danish) term when it is not translated.

        Unlike Wagtail's ``localized`` (two queries a term) every translation of the vocabulary in
        the language is read once per request: an English directory listing with 12 associations of
        three categories each costs one query for all their English names. A Danish visitor costs none.
        """
        language = visitor_language()
        if language == source_language():
            return self
        return translations_of(type(self), language).get(self.translation_key, self)


def _forget_changed_term(sender, **kwargs):
    if issubclass(sender, VocabularyTerm):
        forget_translations()


request_started.connect(forget_translations, dispatch_uid="core.vocabulary.request_started")
post_save.connect(_forget_changed_term, dispatch_uid="core.vocabulary.post_save")
post_delete.connect(_forget_changed_term, dispatch_uid="core.vocabulary.post_delete")


class CacheGeneration(models.Model):
    """How many times a kind of cached content has changed (core/cachegen.py), where every process sees it.

    With Redis the number lives there; the process-local cache (no REDIS_URL) cannot tell one gunicorn worker that
    another published a page, so then this row is the number every worker reads."""

    shown_on_pages = False  # the generations themselves (core/cachegen.py)

    name = models.CharField(max_length=40, primary_key=True)
    value = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.name}: {self.value}"

"""The base of the fixed vocabularies staff maintain in the admin and editors pick from.

Free tags would splinter ("Idræt", "idræt og motion", "Sport"), and the filters citizens
use depend on one shared list. The directory (categories, target groups, localities) and
the guides (topics, audiences) each make their lists from ``VocabularyTerm``.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class VocabularyTerm(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Used in filter addresses. Filled in from the name if left empty."),
    )
    description = models.CharField(_("description"), max_length=250, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))[:80]
        super().save(*args, **kwargs)


class CacheGeneration(models.Model):
    """How many times a kind of cached content has changed (core/cachegen.py), where every process sees it.

    With Redis the number lives there; the process-local cache (no REDIS_URL) cannot tell one gunicorn worker that
    another published a page, so then this row is the number every worker reads."""

    name = models.CharField(max_length=40, primary_key=True)
    value = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.name}: {self.value}"

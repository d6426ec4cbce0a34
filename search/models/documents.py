"""One search document per searchable thing, and the vocabulary of words they contain.

Pages differ (an association has categories and a town, a task inherits them from
its association, an activity lives inside an association page), but a citizen
searches them all at once and filters them by the same facets. Each live, public
thing is therefore flattened into a ``SearchDocument``: one model, one index
definition for every backend, facet values as plain columns. Each page type says
what its documents hold (search/pages.py); search/documents.py builds them when
pages are published and drops them when pages go away.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin


class SearchDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class SearchDocument(index.Indexed, models.Model):
    ASSOCIATION, ACTIVITY, TASK, GUIDE, POLICY, PAGE = "association", "activity", "task", "guide", "policy", "page"
    # Kinds of the feature apps of issue 13, one line each (they merge as a union).
    FUNDING = "funding"  # a funding pool (funding app), open or closed
    FUNDING_ROUND = "funding_round"  # one of its application rounds while it is open (leaves after the deadline)
    PREMISES = "premises"  # premises the kommune lends (premises app)
    EVENT = "event"
    STORY = "story"
    KIND_CHOICES = [
        (ASSOCIATION, _("Association")),
        (ACTIVITY, _("Activity")),
        (TASK, _("Volunteer task")),
        (GUIDE, _("Guide")),
        (POLICY, _("Policy")),
        (FUNDING, _("Funding pool")),
        (FUNDING_ROUND, _("Open for applications now")),
        (PREMISES, _("Premises")),
        (EVENT, _("Event")),
        (STORY, _("Story")),
        (PAGE, _("Page")),
    ]
    # Read by ``kind_label``: Django's ``get_kind_display`` makes every lazy label hashable, a gettext each, on every
    # call (12 a result; a fifth of a search suggestion's time for its eight).
    KIND_LABELS = dict(KIND_CHOICES)

    key = models.CharField(_("key"), max_length=80, unique=True, help_text=_("'page:12' or 'activity:34'."))
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", verbose_name=_("locale"), on_delete=models.CASCADE)
    # The site whose tree the page is in: each kommune's search finds only its own (search/documents.py sets it).
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("site"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("type"), max_length=20, choices=KIND_CHOICES, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    keywords = models.TextField(
        _("keywords"), blank=True, help_text=_("Association, categories, target groups and town, as words.")
    )
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("address"), max_length=500)
    association_name = models.CharField(_("association"), max_length=255, blank=True)
    locality = models.ForeignKey(
        "directory.Locality", verbose_name=_("locality"), null=True, blank=True, on_delete=models.SET_NULL
    )
    categories = models.ManyToManyField("directory.Category", verbose_name=_("categories"), blank=True)
    target_groups = models.ManyToManyField("directory.TargetGroup", verbose_name=_("target groups"), blank=True)
    is_free = models.BooleanField(_("free"), default=False)
    no_danish_needed = models.BooleanField(_("no Danish needed"), default=False)
    accessible_venue = models.BooleanField(_("accessible venue"), default=False)
    open_until = models.DateField(
        _("open until"), null=True, blank=True, help_text=_("A task's deadline or end: it leaves the search after.")
    )
    updated_at = models.DateTimeField(_("last published"), null=True, blank=True)

    objects = SearchDocumentQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=4),
        index.SearchField("keywords", boost=2),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("site"),
        index.FilterField("kind"),
        index.FilterField("locality"),
        index.FilterField("is_free"),
        index.FilterField("no_danish_needed"),
        index.FilterField("accessible_venue"),
        index.FilterField("open_until"),
        index.FilterField("updated_at"),
    ]

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [
            models.Index(fields=["locale", "kind"]),
            # With the id: the search's match (search/backends/database.py) checks that each matching entry of
            # the full-text index is one of this site's and language's documents from this index alone,
            # rather than reading the whole table (5,000 associations: 7 ms a search instead of 15).
            models.Index(fields=["site", "locale", "id"], name="search_doc_site_locale_id"),
        ]

    def __str__(self):
        return f"{self.kind_label}: {self.title}"

    @property
    def kind_label(self):
        """The kind's name in the active language ("Frivilligopgave" for a task)."""
        return self.KIND_LABELS.get(self.kind, self.kind)


class Term(models.Model):
    """A word that occurs in the search documents, with its stem, its lemma and how many documents use it.

    The query side looks words up here to correct one-letter typos, to find
    compounds ("sorg" in "sorggruppe") and inflections, on every backend alike."""

    # Not the page cache's business row by row: update_index replaces all ~4,500 words of the demo (40,000 at
    # 5,000 associations), and a generation bump for each took 30 of its 52 seconds. The vocabulary's
    # ``changed()`` bumps it once, when the words are all in (search/vocabulary.py).
    shown_on_pages = False

    word = models.CharField(_("word"), max_length=100, unique=True)
    stem = models.CharField(_("stem"), max_length=100, db_index=True)
    # The lexicon's dictionary form (search/lexicon.py): "børn" is stored with "barn", read when the vocabulary loads.
    lemma = models.CharField(_("lemma"), max_length=100, blank=True)
    documents = models.PositiveIntegerField(_("documents"), default=1)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.word

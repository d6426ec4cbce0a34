"""What citizens searched for and found nothing: the staff's list of gaps to fill.

Wagtail's own ``Query``/``QueryDailyHits`` (wagtail.contrib.search_promotions)
count every query for the "most frequent searches" report; this model counts
only the searches that found nothing, one row per query and day.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ZeroResultQuery(models.Model):
    shown_on_pages = False  # a counter for the staff's reports (core/cachegen.py)
    query_string = models.CharField(_("query"), max_length=255)
    date = models.DateField(_("date"), db_index=True)
    hits = models.PositiveIntegerField(_("times"), default=0)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        ordering = ["-date", "query_string"]
        constraints = [models.UniqueConstraint(fields=["query_string", "date"], name="search_zero_result_per_day")]
        # Who may read what citizens search for (the two reports in the admin's "Search" menu).
        permissions = [("view_search_reports", "Can view the search reports")]

    def __str__(self):
        return f"{self.query_string} ({self.date}: {self.hits})"

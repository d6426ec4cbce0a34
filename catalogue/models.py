"""A printed catalogue: one PDF of a site's directory with one choice of filters, and how far its making has come.

A row is both the cache entry and the job: ``key`` says which site, filters, language and content
it shows (catalogue/contents.py), so the same choice on unchanged content finds the PDF already made;
a publish changes the content's version and so the key. Small catalogues are made in the request
(their row is made ``done`` at once); larger ones wait as ``pending`` for ``manage.py build_catalogues``,
which counts ``done`` of ``total`` associations as it goes, for the progress page.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


def catalogue_path(instance, filename):
    """Where the PDF is stored in the default storage, e.g. ``catalogue/2/5f0c….pdf`` (site 2)."""
    return f"catalogue/{instance.site_id}/{instance.key}.pdf"


class CatalogueQuerySet(models.QuerySet):
    def made(self):
        """The catalogues that are finished (ready or failed): the ones a change of content makes out of date."""
        return self.filter(status__in=[Catalogue.DONE, Catalogue.FAILED])

    def delete_with_files(self):
        """Delete the catalogues and their PDFs in the storage; how many."""
        count = 0
        for catalogue in self:
            if catalogue.file:
                catalogue.file.delete(save=False)
            catalogue.delete()
            count += 1
        return count


class Catalogue(models.Model):
    shown_on_pages = False  # a generated PDF's record (core/cachegen.py)
    PENDING, RUNNING, DONE, FAILED = "pending", "running", "done", "failed"
    STATUSES = [(PENDING, _("Waiting")), (RUNNING, _("Being made")), (DONE, _("Ready")), (FAILED, _("Failed"))]

    # The progress page's address holds this, not the row's number, so addresses cannot be counted through.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    key = models.CharField(max_length=64, unique=True)
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    directory = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    # The filters in their normal form, as in the address: "kategori=spejder&sted=egebjerg&gratis=ja".
    filters = models.CharField(max_length=2000, blank=True)
    version = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to=catalogue_path, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("catalogue")
        verbose_name_plural = _("catalogues")
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.site_id}?{self.filters} ({self.status})"

    @property
    def is_ready(self):
        return self.status == self.DONE and bool(self.file)

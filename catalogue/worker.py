"""The catalogue worker's round: make every waiting catalogue, oldest first (``manage.py build_catalogues``)."""

import datetime
import logging

from django.conf import settings
from django.utils import timezone, translation

from directory.models import DirectoryIndexPage

from . import rendering
from .contents import Selection, filter_request
from .models import Catalogue

logger = logging.getLogger(__name__)


def requeue_stale():
    """A catalogue "being made" for longer than CATALOGUE_STALE_MINUTES lost its worker (a restart): wait again."""
    since = timezone.now() - datetime.timedelta(minutes=settings.CATALOGUE_STALE_MINUTES)
    return Catalogue.objects.filter(status=Catalogue.RUNNING, started_at__lt=since).update(status=Catalogue.PENDING)


def build_waiting():
    """Make the waiting catalogues one at a time; how many were made."""
    requeue_stale()
    made = 0
    while True:
        catalogue = Catalogue.objects.filter(status=Catalogue.PENDING).order_by("created_at", "pk").first()
        if catalogue is None:
            return made
        if not rendering.claim(catalogue):
            continue  # another worker took it
        directory = DirectoryIndexPage.objects.live().filter(pk=catalogue.directory_id).first()
        if directory is None or not rendering.available():
            reason = rendering.UNAVAILABLE_REASON or "the directory page is gone"
            logger.error("The catalogue %s cannot be made: %s", catalogue.pk, reason)
            Catalogue.objects.filter(pk=catalogue.pk).update(status=Catalogue.FAILED, finished_at=timezone.now())
            continue
        with translation.override(catalogue.language):
            selection = Selection.of(
                filter_request(catalogue.filters, catalogue.site), catalogue.site, directory, catalogue.language
            )
            rendering.build(catalogue, selection)
        made += 1

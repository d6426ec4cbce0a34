"""The catalogue's public addresses: ``/katalog/?<the listing's filters>`` and its progress page.

``/katalog/`` answers with the PDF when it is made already (the same filters on unchanged content)
or is small enough to make now (CATALOGUE_RENDER_IN_REQUEST_MAX associations at most); else it
leaves a job for ``manage.py build_catalogues`` and sends the visitor to ``/katalog/<token>/``,
which refreshes itself (meta refresh: the CSP allows no inline script) and shows "x of y
associations" until the PDF is ready. A site without a directory gives 404; a server without
WeasyPrint's libraries a 503 that says so. Unknown filter values are ignored, as the listing does.
"""

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from core.ratelimit import RATE_LIMITED_STATUS, over_limit

from . import rendering
from .contents import Selection, directory_of, kommune_name, site_of
from .models import Catalogue

FILENAME = "foreningskatalog.pdf"
UNAVAILABLE_MESSAGE = _(
    "The catalogue cannot be made as a PDF on this server just now. The list of associations is on the "
    "directory's page, where it can be printed from the browser."
)
BUSY_MESSAGE = _("Many catalogues have been asked for from your address. Please try again in a while.")


def _message(request, directory, message, status):
    context = {"page": directory, "message": message}
    return TemplateResponse(request, "catalogue/unavailable.html", context, status=status)


def _pdf(catalogue):
    return FileResponse(catalogue.file.open("rb"), content_type="application/pdf", filename=FILENAME)


@require_safe
def download(request):
    site = site_of(request)
    language = get_language()
    directory = directory_of(site, language) if site else None
    if directory is None:
        raise Http404
    selection = Selection.of(request, site, directory, language)
    version = selection.version(kommune_name(site))
    key = selection.key(version)
    catalogue = Catalogue.objects.filter(key=key).first()
    if catalogue is not None and catalogue.is_ready:
        if catalogue.file.storage.exists(catalogue.file.name):
            return _pdf(catalogue)
        # The file went missing from the storage (a restore without the uploads): make it again.
        Catalogue.objects.filter(pk=catalogue.pk).update(status=Catalogue.PENDING, file="")
        catalogue.status = Catalogue.PENDING
    if not rendering.available():
        return _message(request, directory, UNAVAILABLE_MESSAGE, 503)
    small = selection.count <= settings.CATALOGUE_RENDER_IN_REQUEST_MAX
    waiting = catalogue is not None and catalogue.status in (Catalogue.PENDING, Catalogue.RUNNING)
    # Making one costs the server a second or more (a large one a worker's while), so a client asking
    # for many filter combinations waits; following a catalogue already being made does not count.
    if (small or not waiting) and over_limit(
        request, "catalogue", rate=settings.RATELIMIT_CATALOGUE_PER_IP, method="GET"
    ):
        return _message(request, directory, BUSY_MESSAGE, RATE_LIMITED_STATUS)
    if catalogue is None:
        catalogue, _created = Catalogue.objects.get_or_create(
            key=key,
            defaults={
                "site": site,
                "directory": directory,
                "language": language,
                "filters": selection.filters,
                "version": version,
                "total": selection.count,
            },
        )
    if small:
        if rendering.claim(catalogue):  # else another request or the worker is making it: show the progress
            catalogue = rendering.build(catalogue, selection)
            if catalogue.is_ready:
                return _pdf(catalogue)
            return _message(request, directory, UNAVAILABLE_MESSAGE, 503)
    elif catalogue.status == Catalogue.FAILED:  # a large one failed in the worker: the worker tries again
        Catalogue.objects.filter(pk=catalogue.pk, status=Catalogue.FAILED).update(status=Catalogue.PENDING, done=0)
    return redirect("catalogue:progress", token=catalogue.token)


@require_safe
def progress(request, token):
    catalogue = get_object_or_404(Catalogue.objects.select_related("directory"), token=token)
    context = {
        "page": catalogue.directory,
        "catalogue": catalogue,
        "download_url": f"{catalogue_url()}?{catalogue.filters}" if catalogue.filters else catalogue_url(),
        "refresh_seconds": settings.CATALOGUE_PROGRESS_REFRESH_SECONDS,
        "working": catalogue.status in (Catalogue.PENDING, Catalogue.RUNNING),
        "layout": catalogue.status == Catalogue.RUNNING and catalogue.total and catalogue.done >= catalogue.total,
    }
    return TemplateResponse(request, "catalogue/progress.html", context)


def catalogue_url():
    return reverse("catalogue:download")

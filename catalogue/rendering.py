"""Making the PDF: the catalogue's HTML (templates/catalogue/catalogue.html) laid out by WeasyPrint.

WeasyPrint draws text with the system's pango and its fonts (fontconfig): the PDF uses the fonts
installed on the server (DejaVu Sans or Liberation Sans on Debian) and fetches nothing, so no
address of a reader or of the server goes to a font service; images are not fetched either
(``no_fetching``). Without pango WeasyPrint cannot be imported; the portal then says so on the
catalogue's address (503) instead of failing, and scripts/ensure-weasyprint.sh installs it.
"""

import logging

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .contents import kommune_name
from .models import Catalogue

logger = logging.getLogger(__name__)

try:
    import weasyprint
except OSError as error:  # pango or its friends missing: the library loads them when imported
    weasyprint = None
    UNAVAILABLE_REASON = str(error)
else:
    UNAVAILABLE_REASON = ""

# How often (in associations) the progress a worker has made is written to the database.
PROGRESS_EVERY = 10


def available():
    return weasyprint is not None


def no_fetching(url, *args, **kwargs):
    """WeasyPrint's URL fetcher: nothing is fetched, neither from the network nor from the disk."""
    raise ValueError(f"The catalogue fetches nothing ({url})")


def render_pdf(selection, catalogue, progress=None):
    """The PDF's bytes. ``progress(done, total)`` is told as the associations' blocks are written.

    The blocks are written one by one (that is the part that grows with the directory); WeasyPrint
    then lays out the pages in one go, which the progress page shows as the last step."""
    associations = selection.associations()
    total = len(associations)
    chapters = selection.sections(associations)
    written = 0
    with translation.override(selection.language):
        for chapter in chapters:
            chapter.blocks = []
            for association in chapter.associations:
                context = {"association": association, "url": association.get_full_url()}
                chapter.blocks.append(render_to_string("catalogue/_association.html", context))
                written += 1
                if progress and (written % PROGRESS_EVERY == 0 or written == total):
                    progress(written, total)
        context = {
            "kommune_name": kommune_name(selection.site),
            "chapters": chapters,
            "count": total,
            "description": selection.description,
            "today": timezone.localdate(),
            "directory_url": selection.directory.get_full_url(),
            "catalogue": catalogue,
        }
        html = render_to_string("catalogue/catalogue.html", context)
        css = weasyprint.CSS(string=render_to_string("catalogue/catalogue.css", context), url_fetcher=no_fetching)
        document = weasyprint.HTML(string=html, url_fetcher=no_fetching, base_url="/")
        # Tagged (headings, lists, reading order) and in the page's language, for screen readers.
        return document.write_pdf(stylesheets=[css], pdf_tags=True)


def claim(catalogue):
    """Mark a waiting (or failed) catalogue as being made; False when someone else got to it first.

    One UPDATE with the status in its WHERE clause, so of two workers (or a worker and a request)
    only one makes it, on SQLite as on PostgreSQL."""
    waiting = Catalogue.objects.filter(pk=catalogue.pk, status__in=[Catalogue.PENDING, Catalogue.FAILED])
    return bool(waiting.update(status=Catalogue.RUNNING, started_at=timezone.now(), done=0))


def build(catalogue, selection):
    """Make a claimed catalogue's PDF and store it; it ends ``done`` (or ``failed``, and the error is logged)."""
    Catalogue.objects.filter(pk=catalogue.pk).update(total=selection.count)

    def progress(done, total):
        Catalogue.objects.filter(pk=catalogue.pk).update(done=done, total=total)

    try:
        pdf = render_pdf(selection, catalogue, progress)
    except Exception:
        logger.exception("The catalogue %s could not be made", catalogue.pk)
        Catalogue.objects.filter(pk=catalogue.pk).update(status=Catalogue.FAILED, finished_at=timezone.now())
        catalogue.refresh_from_db()
        return catalogue
    catalogue.file.save(f"{catalogue.key}.pdf", ContentFile(pdf), save=False)
    Catalogue.objects.filter(pk=catalogue.pk).update(
        file=catalogue.file.name, status=Catalogue.DONE, finished_at=timezone.now()
    )
    forget_older(catalogue)
    catalogue.refresh_from_db()
    return catalogue


def forget_older(catalogue):
    """Delete the site's catalogues of older content, files and all: they may print contacts since removed."""
    Catalogue.objects.made().filter(site_id=catalogue.site_id).exclude(version=catalogue.version).delete_with_files()

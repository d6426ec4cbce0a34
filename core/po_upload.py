""" "Upload PO file" on a translation (wagtail-localize) answers every file with a message, never a 500.

wagtail-localize reads the file's header ``X-WagtailLocalize-TranslationID`` as ``po.metadata[…]``: a PO
editor that drops headers it does not know (some do), or an agency that starts from a fresh template,
sends a file without it, and the upload failed with a KeyError (a server error, the agency's work lost
from view). This view, at the same address before Wagtail's admin URLs (portal/urls.py), refuses such a
file, or a form without a file, with a message on the translation's screen; anything else goes on to
wagtail-localize's own view, which checks the header's value and imports the strings.
"""

import contextlib
import os
import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

TRANSLATION_HEADER = "X-WagtailLocalize-TranslationID"


def po_header(upload):
    """The file's translation header, "" when it has none, or None when it is no PO file polib can read.

    polib takes a file name or the file's text, and reads a text that happens to be a path as that file;
    so the upload is parsed from a file of its own, as wagtail-localize does."""
    with tempfile.NamedTemporaryFile(delete=False, suffix=".po") as file:
        for chunk in upload.chunks():
            file.write(chunk)
    try:
        return polib.pofile(file.name).metadata.get(TRANSLATION_HEADER, "")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(file.name)


@require_admin_access
@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not edit_translation.user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    upload = request.FILES.get("file")
    if upload is not None and po_header(upload) == "":
        messages.error(
            request,
            _(
                "This PO file does not say which translation it belongs to (its header "
                "X-WagtailLocalize-TranslationID is missing). Download the PO file again and keep its header."
            ),
        )
    elif upload is None:
        messages.error(request, _("Choose a PO file to upload."))
    else:
        upload.seek(0)
        return edit_translation.upload_pofile(request, translation_id)
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))

"""Security headers the settings alone cannot give: the admin's own CSP, and safe uploads.

django-csp sends CONTENT_SECURITY_POLICY on every response; Wagtail's admin needs inline
script and style, so /admin/ gets CONTENT_SECURITY_POLICY_ADMIN instead (see the settings
for why). Uploads under MEDIA_URL get UPLOAD_SECURITY_HEADERS, as nginx adds them in
production (README, "Uploads"), so development and the tests behave like production.
"""

import mimetypes

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.deprecation import MiddlewareMixin


def admin_prefix():
    return reverse("wagtailadmin_home")


class PortalCSPMiddleware(CSPMiddleware):
    """The public policy everywhere, the admin's looser one under /admin/ (e.g. /admin/pages/3/edit/)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(admin_prefix()):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


def is_shown_inline(path):
    """A raster picture is shown in the browser; anything else (e.g. a .svg, .html or .pdf) is downloaded."""
    content_type, _encoding = mimetypes.guess_type(path)
    return bool(content_type) and content_type.startswith("image/") and content_type != "image/svg+xml"


class UploadHeadersMiddleware(MiddlewareMixin):
    """Headers on everything served from MEDIA_URL, e.g. /media/original_images/logo.png.

    Documents are never served from /media/documents/: they go through Wagtail's serve view
    (/documents/<id>/<name>), which checks the collection's privacy; the direct address answers
    404 here as it does behind nginx."""

    def process_request(self, request):
        if request.path_info.startswith(settings.MEDIA_URL + "documents/"):
            raise Http404("Documents are served from /documents/.")

    def process_response(self, request, response):
        if not request.path_info.startswith(settings.MEDIA_URL) or settings.MEDIA_URL == "/":
            return response
        for header, value in settings.UPLOAD_SECURITY_HEADERS.items():
            response[header] = value
        if not is_shown_inline(request.path_info):
            response["Content-Disposition"] = "attachment"
        return response

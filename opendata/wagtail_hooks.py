"""The export in the admin: Reports → "Export the associations", for staff with EXPORT_PERMISSION.

A page lists the sites with a CSV and a JSON download for each (opendata/export.py): the file
import_associations reads, so the register can move to another installation. Representatives never
see it, whatever groups they are in (their rights are page rights on their own association).
"""

from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from directory.access import representative_scope

from .export import EXPORT_PERMISSION, FORMATS, export, filename

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


def may_export(user):
    return user.has_perm(EXPORT_PERMISSION) and representative_scope(user) is None


class ExportView(WagtailAdminTemplateMixin, TemplateView):
    """GET: the sites with their download links; GET with ?site=<id>&format=csv|json: the file."""

    template_name = "opendata/admin/export.html"
    page_title = gettext_lazy("Export the associations")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not may_export(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if "format" not in request.GET and "site" not in request.GET:
            return super().get(request, *args, **kwargs)
        file_format = request.GET.get("format", "")
        site_id = request.GET.get("site", "")
        site = Site.objects.select_related("root_page").filter(pk=site_id).first() if site_id.isdigit() else None
        if file_format not in FORMATS or site is None:
            return HttpResponseBadRequest(_("Choose a site and a format (CSV or JSON) from the list."))
        response = HttpResponse(export(site, file_format), content_type=CONTENT_TYPES[file_format])
        response["Content-Disposition"] = f'attachment; filename="{filename(site, file_format)}"'
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        url = reverse("opendata_export")
        context["sites"] = [
            {"site": site, "downloads": [(name.upper(), f"{url}?site={site.pk}&format={name}") for name in FORMATS]}
            for site in Site.objects.order_by("-is_default_site", "site_name", "hostname")
        ]
        return context


class ExportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_export(request.user)


@hooks.register("register_reports_menu_item")
def export_menu_item():
    return ExportMenuItem(
        gettext_lazy("Export the associations"),
        reverse("opendata_export"),
        name="opendata-export",
        icon_name="download",
        order=710,
    )


@hooks.register("register_admin_urls")
def export_urls():
    return [path("opendata/export/", ExportView.as_view(), name="opendata_export")]

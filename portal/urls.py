import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern as wagtail_serve_pattern

from content_api.router import api_router
from core import po_upload, staff_login
from home import views as home_views
from home.sitemap import PortalSitemap
from search import views as search_views
from search.api import api as search_api

from .views import healthz, media

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Wagtail's login and password reset with limits per address and the same work for unknown emails
    # (core/staff_login.py), before Wagtail's own views at the same addresses; then two-factor setup.
    path("admin/login/", staff_login.LoginView.as_view(), name="wagtailadmin_login"),
    path("admin/password_reset/", staff_login.PasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/two-factor/", include("core.two_factor_urls")),
    # "Upload PO file" refuses a file without its translation header with a message (core/po_upload.py).
    path("admin/localize/translate/<int:translation_id>/pofile/upload/", po_upload.upload_pofile),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Wagtail's view gives the sitemap the request, so each kommune's site lists its own pages only; every
    # language's pages, with hreflang alternates (home/sitemap.py).
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    # JSON APIs, without a language prefix: the content API (Wagtail's API v2), HSDS open data (/api/hsds/), and the
    # search (/api/search, /api/docs).
    path("api/v2/", api_router.urls),
    # The directory as open data in HSDS 3.0 (opendata/views.py), before the search API's /api/.
    path("api/hsds/", include("opendata.urls")),
    path("api/", search_api.urls),
]

# Uploads: Django serves them in development and the tests (with the headers of
# core.headers.UploadHeadersMiddleware); in production nginx does, with the same headers.
if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    urlpatterns += [re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", media)]

# Danish pages live at the root, other languages under their code (/en/…).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # "Jeg vil gerne hjælpe" on tasks and associations: before Wagtail's catch-all, which would answer 404.
    path("", include("enquiries.urls")),
    # Sign-up for events and the cancel link in its emails, likewise before the catch-all.
    path("", include("signups.urls")),
    path("tilmeld-forening/", include("applications.urls")),
    # The directory as a printable PDF (/katalog/?kategori=…), before the catch-all like the others.
    path("", include("catalogue.urls")),
    # Staff's shortlists for citizens ("Forslag til dig"), likewise before the catch-all.
    path("vejledning/forslag/", include("shortlists.urls")),
    # Wagtail's page view with the Danish fallback (home/views.py): /uk/foreninger/<slug>/ of an association
    # not yet translated shows the Danish page with a notice, not a 404. Same pattern and name as Wagtail's.
    re_path(wagtail_serve_pattern, home_views.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

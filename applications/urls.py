"""/tilmeld-forening/ (Danish, at the root) and /en/tilmeld-forening/, included in portal/urls.py's i18n_patterns."""

from django.urls import path

from . import views

app_name = "applications"

urlpatterns = [
    path("", views.apply, name="apply"),
    path("tak/", views.receipt, name="receipt"),
]

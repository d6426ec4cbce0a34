"""/admin/two-factor/setup/ and /admin/two-factor/verify/ (core/two_factor.py), included in portal/urls.py."""

from django.urls import path

from . import two_factor

app_name = "two_factor"

urlpatterns = [
    path("setup/", two_factor.setup, name="setup"),
    path("verify/", two_factor.verify, name="verify"),
]

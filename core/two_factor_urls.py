"""/admin/two-factor/setup/, verify/ and reset/<user id>/ (core/two_factor.py), included in portal/urls.py."""

from django.urls import path

from . import two_factor

app_name = "two_factor"

urlpatterns = [
    path("setup/", two_factor.setup, name="setup"),
    path("verify/", two_factor.verify, name="verify"),
    path("reset/<int:user_id>/", two_factor.reset, name="reset"),
]

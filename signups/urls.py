"""The public addresses: /tilmelding/<event id>/, its receipt and the cancel link (/en/tilmelding/… in English)."""

from django.urls import path

from . import views

app_name = "signups"

urlpatterns = [
    path("tilmelding/afmeld/<path:token>/", views.cancel_signup, name="cancel"),
    path("tilmelding/<int:page_id>/", views.signup_form, name="form"),
    path("tilmelding/<int:page_id>/tak/", views.receipt, name="receipt"),
]

"""The public addresses: /jeg-vil-hjaelpe/<page id>/ and its receipt (/en/jeg-vil-hjaelpe/… in English)."""

from django.urls import path

from . import views

app_name = "enquiries"

urlpatterns = [
    path("jeg-vil-hjaelpe/<int:page_id>/", views.enquiry_form, name="form"),
    path("jeg-vil-hjaelpe/<int:page_id>/tak/", views.receipt, name="receipt"),
]

"""The catalogue's addresses (Danish words; /en/katalog/ in English): the PDF and its progress page."""

from django.urls import path

from . import views

app_name = "catalogue"

urlpatterns = [
    path("katalog/", views.download, name="download"),
    path("katalog/<uuid:token>/", views.progress, name="progress"),
]

"""/api/hsds/: the HSDS 3.0 read API (opendata/views.py). Addresses as the HSDS API reference names them, with or
without a trailing slash."""

from django.urls import re_path

from . import views

app_name = "hsds"

ID = r"(?P<id>[^/]+)"

urlpatterns = [
    re_path(r"^$", views.root, name="root"),
    re_path(r"^organizations/?$", views.organizations, name="organizations"),
    re_path(rf"^organizations/{ID}/?$", views.organization, name="organization"),
    re_path(r"^services/?$", views.services, name="services"),
    re_path(rf"^services/{ID}/?$", views.service, name="service"),
    re_path(r"^service_at_locations/?$", views.service_at_locations, name="service_at_locations"),
    re_path(rf"^service_at_locations/{ID}/?$", views.service_at_location, name="service_at_location"),
    re_path(r"^locations/?$", views.locations, name="locations"),
    re_path(rf"^locations/{ID}/?$", views.location, name="location"),
    re_path(r"^taxonomies/?$", views.taxonomy_list, name="taxonomies"),
    re_path(rf"^taxonomies/{ID}/?$", views.taxonomy, name="taxonomy"),
    re_path(r"^taxonomy_terms/?$", views.taxonomy_terms, name="taxonomy_terms"),
    re_path(rf"^taxonomy_terms/{ID}/?$", views.taxonomy_term, name="taxonomy_term"),
]

"""The staff's addresses under /vejledning/forslag/ (Danish words, like every address of the portal)."""

from django.urls import path

from . import views

app_name = "shortlists"

urlpatterns = [
    path("", views.index, name="index"),
    path("ny/", views.create, name="create"),
    path("tilfoej/", views.add, name="add"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/aktuel/", views.make_current, name="make_current"),
    path("<int:pk>/slet/", views.delete, name="delete"),
    path("<int:pk>/udskriv/", views.print_view, name="print"),
    path("<int:pk>/send/", views.send, name="send"),
    path("<int:pk>/punkt/<int:item_pk>/note/", views.note, name="note"),
    path("<int:pk>/punkt/<int:item_pk>/op/", views.move, {"direction": "op"}, name="up"),
    path("<int:pk>/punkt/<int:item_pk>/ned/", views.move, {"direction": "ned"}, name="down"),
    path("<int:pk>/punkt/<int:item_pk>/fjern/", views.remove, name="remove"),
]

from django.urls import path

from accord.api.opendata import import_views, views

app_name = "opendata"
urlpatterns = [
    path("", views.index, name="index"),
    path(
        "organisations/import/",
        import_views.organisations_import_page,
        name="organisations_import",
    ),
    path("popolo.json", views.popolo, name="popolo"),
    path("<slug:slug>.csv", views.dataset_csv, name="csv"),
    path("<slug:slug>.xlsx", views.dataset_xlsx, name="xlsx"),
]

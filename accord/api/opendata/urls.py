from django.urls import path

from accord.api.opendata import views

app_name = "opendata"
urlpatterns = [
    path("", views.index, name="index"),
    path("popolo.json", views.popolo, name="popolo"),
    path("<slug:slug>.csv", views.dataset_csv, name="csv"),
    path("<slug:slug>.xlsx", views.dataset_xlsx, name="xlsx"),
]

from django.urls import path

from accord.imports import views

app_name = "imports"

urlpatterns = [
    path("", views.upload, name="upload"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/status", views.status, name="status"),
    path("<int:pk>/file", views.original, name="original"),
    path("<int:pk>/reject/", views.reject, name="reject"),
]

from django.urls import path

from accord.audit import views

app_name = "audit"
urlpatterns = [
    path("head.json", views.latest_head, name="latest"),
    path("heads/", views.head_list, name="heads"),
    path("heads/<int:pk>.json", views.head_detail, name="head"),
    path("seal-certificate.pem", views.certificate, name="certificate"),
]

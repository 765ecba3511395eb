from django.urls import path

from accord.approvals import views

app_name = "approvals"
urlpatterns = [
    path("", views.meeting_list, name="meetings"),
    path("<int:pk>/", views.meeting_detail, name="meeting"),
]

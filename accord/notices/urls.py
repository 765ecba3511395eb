from django.urls import path

from accord.notices import views

app_name = "notices"
urlpatterns = [
    path("accessibility/", views.accessibility, name="accessibility"),
    path("accessibility/change/", views.edit_accessibility, name="accessibility_edit"),
    path("privacy/", views.privacy, name="privacy"),
    path("privacy/change/", views.edit_privacy, name="privacy_edit"),
]

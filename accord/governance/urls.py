from django.urls import path

from accord.governance import views

app_name = "governance"
urlpatterns = [
    path("bodies/", views.body_list, name="bodies"),
    path("bodies/<slug:slug>/", views.body_detail, name="body"),
    path("areas/", views.area_list, name="areas"),
    path("areas/<slug:slug>/", views.area_detail, name="area"),
    path("map/", views.governance_map, name="map"),
    path("areas/<slug:slug>/map/", views.area_map, name="area_map"),
]

from django.urls import path

from accord.approvals import views
from accord.approvals.views import reviews

app_name = "approvals"
urlpatterns = [
    path("", views.meeting_list, name="meetings"),
    path("calendar.ics", views.calendar, name="calendar"),
    path("body/<slug:slug>/calendar.ics", views.body_calendar, name="body_calendar"),
    path("body/<slug:slug>/add/", views.meeting_add, name="meeting_add"),
    path("<int:pk>/", views.meeting_detail, name="meeting"),
    path("<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path("<int:pk>/items/add/", views.item_add, name="item_add"),
    path("<int:pk>/items/<int:item_pk>/move/", views.item_move, name="item_move"),
    path("<int:pk>/items/<int:item_pk>/remove/", views.item_remove, name="item_remove"),
    path("<int:pk>/items/<int:item_pk>/decision/", views.decision, name="decision"),
    path("agreements/<slug:slug>/review/", reviews.review, name="review"),
]

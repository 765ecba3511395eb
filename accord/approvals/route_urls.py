"""Addresses of the approval route's pages, under the agreement they belong to."""

from django.urls import path

from accord.approvals.views.route import route_edit, step_action

app_name = "route"
urlpatterns = [
    path("<slug:slug>/route/", route_edit, name="edit"),
    path("<slug:slug>/route/<int:pk>/<str:action>/", step_action, name="step_action"),
]

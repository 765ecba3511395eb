from django.urls import path

from accord.consultations import link_views, views

app_name = "consultations"
urlpatterns = [
    path("new/<slug:slug>/", views.consultation_open, name="open"),
    path("<int:pk>/", views.consultation_detail, name="detail"),
    path("<int:pk>/summary/", views.consultation_summary, name="summary"),
    path("<int:pk>/close/", views.consultation_close, name="close"),
    path("<int:pk>/comments/<int:comment_pk>/respond/", views.comment_respond, name="respond"),
    path(
        "<int:pk>/invitations/<int:invitation_pk>/resend/",
        views.invitation_resend,
        name="resend",
    ),
    path(
        "<int:pk>/invitations/<int:invitation_pk>/withdraw/",
        views.invitation_revoke,
        name="revoke",
    ),
    path("respond/<str:token>/", link_views.respond_link, name="respond_link"),
]

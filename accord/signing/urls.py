from django.urls import path

from accord.signing import views, views_changes, views_consents

app_name = "signing"
urlpatterns = [
    path("sign/<str:token>/", views.sign, name="sign"),
    path("agreements/<slug:slug>/", views.progress, name="progress"),
    path("agreements/<slug:slug>/sign-up.csv", views.progress_csv, name="progress_csv"),
    path("agreements/<slug:slug>/open/", views.open_signup, name="open"),
    path("agreements/<slug:slug>/hand-over/", views.hand_over, name="hand_over"),
    path("agreements/<slug:slug>/close/", views.close_signup, name="close"),
    path(
        "agreements/<slug:slug>/invitations/<int:pk>/<str:action>/",
        views.invitation_action,
        name="invitation",
    ),
    path(
        "agreements/<slug:slug>/parties/<int:pk>/successor/",
        views_changes.successor,
        name="successor",
    ),
    path("agreements/<slug:slug>/join/", views_changes.join, name="join"),
    path(
        "agreements/<slug:slug>/admissions/<int:pk>/<str:action>/",
        views_changes.admission_action,
        name="admission",
    ),
    path(
        "agreements/<slug:slug>/consents/<int:pk>/withdraw/",
        views_consents.consent_withdraw,
        name="consent_withdraw",
    ),
    path("notices/<int:pk>/", views_changes.notice, name="notice"),
    path("organisations/<slug:slug>/", views.signatories, name="signatories"),
    path(
        "organisations/<slug:slug>/<int:pk>/change/",
        views_changes.signatory_change,
        name="signatory_change",
    ),
    path(
        "organisations/<slug:slug>/<int:pk>/withdraw/",
        views.signatory_withdraw,
        name="signatory_withdraw",
    ),
]

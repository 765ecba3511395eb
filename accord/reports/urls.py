from django.urls import path

from accord.reports import planning_views, views

app_name = "reports"

urlpatterns = [
    path("step/<int:step_pk>/", views.report_page, name="report"),
    path("step/<int:step_pk>/edit/", views.report_edit, name="edit"),
    path("step/<int:step_pk>/versions/<int:number>/", views.report_version, name="version"),
    path("step/<int:step_pk>/implications/", views.implication_request_page, name="request"),
    path("step/<int:step_pk>/report.docx", views.report_docx, name="docx"),
    path("step/<int:step_pk>/report.pdf", views.report_pdf, name="pdf"),
    path("implications/<int:pk>/", views.implication_verify, name="verify"),
    path("implications/link/<str:token>/", views.implication_link, name="link"),
    path("bodies/<slug:slug>/forward-plan/", planning_views.forward_plan_page, name="forward_plan"),
    path(
        "bodies/<slug:slug>/annual-report/", planning_views.annual_report_page, name="annual_report"
    ),
    path("meetings/<int:pk>/agenda-pack.pdf", planning_views.agenda_pack, name="agenda_pack"),
    path(
        "meetings/<int:pk>/agenda-pack/", planning_views.agenda_pack_page, name="agenda_pack_page"
    ),
    path(
        "meetings/<int:pk>/agenda-pack/status",
        planning_views.agenda_pack_status,
        name="agenda_pack_status",
    ),
]

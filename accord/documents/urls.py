from django.urls import path

from accord.documents import views

app_name = "documents"
urlpatterns = [
    path("check/", views.check, name="check"),
    path("<slug:slug>/v<int:number>.pdf", views.version_pdf, name="pdf"),
    path("<slug:slug>/v<int:number>.docx", views.version_docx, name="docx"),
    path(
        "<slug:slug>/v<int:number>-certificate.pdf",
        views.version_certificate,
        name="certificate",
    ),
    path("<slug:slug>/v<int:number>-evidence/", views.version_evidence, name="evidence"),
]

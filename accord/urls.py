from django.contrib import admin
from django.urls import include, path

from accord.accounts.sign_in import admin_sign_in
from accord.core import metrics
from accord.core import views as core_views
from accord.home import views as home_views
from accord.queue import views as queue_views

urlpatterns = [
    path("", home_views.home, name="home"),
    path("attention/", home_views.attention, name="attention"),
    path("healthz", core_views.healthz, name="healthz"),
    path("metrics", metrics.metrics, name="metrics"),
    path("readyz", queue_views.readyz, name="readyz"),
    path("agreements/", include("accord.agreements.urls")),
    path("agreements/", include("accord.approvals.route_urls")),
    path("organisations/", include("accord.organisations.urls")),
    path("", include("accord.governance.urls")),
    path("meetings/", include("accord.approvals.urls")),
    path("consultations/", include("accord.consultations.urls")),
    path("sign-up/", include("accord.signing.urls")),
    path("documents/", include("accord.documents.urls")),
    path("reports/", include("accord.reports.urls")),
    path("imports/", include("accord.imports.urls")),
    path("api/", include("accord.api.urls")),
    path("open-data/", include("accord.api.opendata.urls")),
    path("audit/", include("accord.audit.urls")),
    path("accounts/", include("accord.accounts.urls")),
    path("", include("accord.notices.urls")),
    # The admin's own sign-in page would skip the lock-out and the second factor.
    path("admin/login/", admin_sign_in),
    path("admin/", admin.site.urls),
]

handler403 = "accord.core.views.forbidden"
handler404 = "accord.core.views.not_found"
handler500 = "accord.core.views.server_error"

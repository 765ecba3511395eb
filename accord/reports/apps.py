from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "accord.reports"
    label = "reports"
    verbose_name = "Committee cover reports"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The report permissions are declared once, beside the others.
        from accord.permissions import reports  # noqa: F401

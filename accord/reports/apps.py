from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "accord.reports"
    label = "reports"
    verbose_name = "Committee cover reports"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accord.approvals.services.agenda import agenda_condition
        from accord.reports.services import implications_must_be_verified

        agenda_condition(implications_must_be_verified)

        from accord.reports import tasks

        tasks.register()  # deleting superseded agenda packs after their grace period

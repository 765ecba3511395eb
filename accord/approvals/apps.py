from django.apps import AppConfig


class ApprovalsConfig(AppConfig):
    name = "accord.approvals"
    label = "approvals"

    def ready(self) -> None:
        from accord.approvals import lifecycle

        lifecycle.register()

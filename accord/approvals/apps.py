from django.apps import AppConfig


class ApprovalsConfig(AppConfig):
    name = "accord.approvals"
    label = "approvals"

    def ready(self) -> None:
        from accord.agreements.visibility import add_membership
        from accord.approvals import lifecycle, sections
        from accord.approvals.visibility import on_the_route

        lifecycle.register()
        sections.register()
        add_membership(on_the_route)

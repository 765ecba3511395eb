from django.apps import AppConfig


class PermissionsConfig(AppConfig):
    name = "accord.permissions"
    label = "permissions"
    verbose_name = "Permissions"

    def ready(self) -> None:
        # Load every rule at start-up, so has_perm answers the same wherever it is first
        # asked.
        from accord.permissions import (  # noqa: F401
            changes,
            consultations,
            core,
            health,
            imports,
            meetings,
            notices,
            operations,
            reports,
            signing,
        )

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "accord.core"
    label = "core"
    verbose_name = "Accord core"

    def ready(self):
        # Every permission rule is declared in accord.permissions; load them all at start-up
        # so has_perm answers the same wherever it is first asked.
        import accord.permissions  # noqa: F401

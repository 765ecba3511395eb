from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "accord.agreements"
    label = "agreements"

    def ready(self) -> None:
        # The agreement's own lifecycle effects (a variation supersedes what it varies)
        # register on import; a succession in the register flags the agreements it affects.
        from accord.agreements import sections, successions
        from accord.agreements.services import terms  # noqa: F401

        sections.register()
        successions.register()

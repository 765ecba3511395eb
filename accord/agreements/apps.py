from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "accord.agreements"
    label = "agreements"

    def ready(self) -> None:
        from accord.agreements import sections

        sections.register()

from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "accord.consultations"
    label = "consultations"

    def ready(self) -> None:
        from accord.consultations import lifecycle

        lifecycle.register()

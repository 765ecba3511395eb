from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "accord.consultations"
    label = "consultations"

    def ready(self) -> None:
        from accord.agreements import hooks
        from accord.consultations import lifecycle, selectors

        lifecycle.register()
        hooks.consultations_of_agreement.provide(selectors.consultations_of_agreement)

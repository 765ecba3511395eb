from django.apps import AppConfig


class SigningConfig(AppConfig):
    name = "accord.signing"
    label = "signing"

    def ready(self) -> None:
        from accord.signing import lifecycle

        lifecycle.register()

from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "accord.documents"
    label = "documents"
    verbose_name = "Agreement documents and seals"

    def ready(self) -> None:
        from accord.documents import tasks

        tasks.register()

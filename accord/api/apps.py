from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "accord.api"
    label = "api"
    verbose_name = "API and open data"

    def ready(self) -> None:
        from accord.api import tasks
        from accord.api.webhooks import subscribers, subscribers_changes

        tasks.register()
        subscribers.register()
        subscribers_changes.register()

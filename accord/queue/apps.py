from django.apps import AppConfig


class QueueConfig(AppConfig):
    name = "accord.queue"
    label = "queue"
    verbose_name = "Task queue"
